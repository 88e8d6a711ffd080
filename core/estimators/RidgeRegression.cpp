// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#include "estimators/RidgeRegression.h"

#include "estimators/OrdinaryLeastSquares.h"

#include <Eigen/Cholesky>

namespace lev::core {

LinearFit RidgeRegression::fit(const SufficientStatistics& stats, double lambda)
{
    if (lambda == 0.0)
        return OrdinaryLeastSquares::fit(stats);
    Eigen::MatrixXd regularized = stats.featureScatter;
    regularized.diagonal().array() += lambda;
    const Eigen::LLT<Eigen::MatrixXd> llt(regularized);
    if (llt.info() != Eigen::Success)
        return LinearFit::failed(FitStatus::NotIdentifiable,
                                 "the ridge system is not positive definite");
    LinearFit fit;
    fit.status = FitStatus::Ok;
    fit.weights = llt.solve(stats.crossScatter);
    fit.intercept = stats.targetMean - stats.featureMean.dot(fit.weights);
    return fit;
}

} // namespace lev::core
