// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#include "blackbox/LinearBaseline.h"

#include "estimators/Estimator.h"
#include "estimators/SufficientStatistics.h"

namespace lev::core {

double LinearBaseline::r2Of(const Eigen::VectorXd& prediction, const Eigen::VectorXd& y)
{
    const double total = (y.array() - y.mean()).square().sum();
    return total > 0.0 ? 1.0 - (prediction - y).squaredNorm() / total : 0.0;
}

bool LinearBaseline::fit(const EstimatorSettings& settings, const Rows& rows)
{
    const LinearFit fitted =
        Estimator::fit(settings, SufficientStatistics::fromData(rows.xTrain, rows.yTrain));
    if (!fitted.ok() || !fitted.weights.array().isFinite().all()) {
        weights.resize(0);
        message = fitted.message.empty() ? fitStatusName(fitted.status) : fitted.message;
        return false;
    }
    intercept = fitted.intercept;
    weights = fitted.weights;
    message.clear();
    const auto predict = [&](const Eigen::MatrixXd& x) -> Eigen::VectorXd {
        return (x * weights).array() + intercept;
    };
    r2Observational = r2Of(predict(rows.xTest), rows.yTest);
    r2Interventional = r2Of(predict(rows.xDo), rows.yDo);
    m_testMean = rows.xTest.colwise().mean().transpose();
    return true;
}

Eigen::VectorXd LinearBaseline::partialDependence(int feature, const Eigen::VectorXd& grid) const
{
    const double rest =
        intercept + weights.dot(m_testMean) - weights(feature) * m_testMean(feature);
    return (weights(feature) * grid).array() + rest;
}

} // namespace lev::core
