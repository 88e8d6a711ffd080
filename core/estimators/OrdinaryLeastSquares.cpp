// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#include "estimators/OrdinaryLeastSquares.h"

#include <Eigen/Cholesky>

namespace lev::core {

namespace {
// Reciprocal condition number of the correlation Gram below which columns count as collinear.
constexpr double kSingularRcond = 1e-13;
} // namespace

LinearFit OrdinaryLeastSquares::fit(const SufficientStatistics& stats)
{
    const int p = stats.featureCount();
    if (stats.n <= p)
        return LinearFit::failed(FitStatus::NotIdentifiable,
                                 "n \u2264 p: weights not identifiable");
    const Eigen::VectorXd scale = stats.featureScatter.diagonal().cwiseSqrt();
    if ((scale.array() <= 0.0).any())
        return LinearFit::failed(FitStatus::NotIdentifiable,
                                 "a feature is constant: weights not identifiable");
    const Eigen::VectorXd inverseScale = scale.cwiseInverse();
    const Eigen::MatrixXd correlation =
        inverseScale.asDiagonal() * stats.featureScatter * inverseScale.asDiagonal();
    const Eigen::LLT<Eigen::MatrixXd> llt(correlation);
    if (llt.info() != Eigen::Success || !(llt.rcond() > kSingularRcond))
        return LinearFit::failed(FitStatus::NotIdentifiable,
                                 "exactly collinear features: weights not identifiable");
    LinearFit fit;
    fit.status = FitStatus::Ok;
    fit.weights =
        inverseScale.asDiagonal() * llt.solve(inverseScale.asDiagonal() * stats.crossScatter);
    fit.intercept = stats.targetMean - stats.featureMean.dot(fit.weights);
    return fit;
}

} // namespace lev::core
