// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#include "estimators/Estimator.h"

#include "estimators/LassoRegression.h"
#include "estimators/OrdinaryLeastSquares.h"
#include "estimators/PrincipalComponentRegression.h"
#include "estimators/RidgeRegression.h"

namespace lev::core {

namespace {

LinearFit fitUnscaled(const EstimatorSettings& settings, const SufficientStatistics& stats)
{
    switch (settings.kind) {
    case EstimatorKind::Ols:
        return OrdinaryLeastSquares::fit(stats);
    case EstimatorKind::Ridge:
        return RidgeRegression::fit(stats, settings.lambda);
    case EstimatorKind::Lasso:
        return LassoRegression::fit(stats, settings.lambda, settings.maxIterations,
                                    settings.tolerance);
    case EstimatorKind::Pcr:
        return PrincipalComponentRegression::fit(stats, settings.components);
    }
    return LinearFit::failed(FitStatus::InvalidSettings, "unknown estimator");
}

} // namespace

LinearFit Estimator::fit(const EstimatorSettings& settings, const SufficientStatistics& stats)
{
    if (!settings.standardize)
        return fitUnscaled(settings, stats);
    // Unit population SD (divisor n), as scikit-learn's StandardScaler.
    const Eigen::VectorXd sd = (stats.featureScatter.diagonal() / stats.n).cwiseSqrt();
    if ((sd.array() <= 0.0).any())
        return LinearFit::failed(FitStatus::NotIdentifiable,
                                 "a feature is constant: it cannot be standardized");
    const Eigen::VectorXd inverse = sd.cwiseInverse();
    SufficientStatistics scaled = stats;
    scaled.featureMean = stats.featureMean.cwiseProduct(inverse);
    scaled.featureScatter = inverse.asDiagonal() * stats.featureScatter * inverse.asDiagonal();
    scaled.crossScatter = stats.crossScatter.cwiseProduct(inverse);
    LinearFit fit = fitUnscaled(settings, scaled);
    if (fit.ok()) {
        fit.weights = fit.weights.cwiseProduct(inverse);
        fit.intercept = stats.targetMean - stats.featureMean.dot(fit.weights);
    }
    return fit;
}

} // namespace lev::core
