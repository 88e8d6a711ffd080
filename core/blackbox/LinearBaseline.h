// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#pragma once
// The project's linear estimator beside the learner (docs/math.md §9): fitted to the learner's
// training rows, scored on the same held-out and interventional rows; its partial dependence is
// the line w0 + w_j x + Σ_{k≠j} w_k x̄_k (x̄ over the held-out rows, as the learner's probes).

#include "estimators/EstimatorSettings.h"

#include <Eigen/Dense>
#include <string>

namespace lev::core {

class LinearBaseline
{
public:
    /// The rows one replication drew: training, held-out and interventional.
    struct Rows
    {
        const Eigen::MatrixXd& xTrain;
        const Eigen::VectorXd& yTrain;
        const Eigen::MatrixXd& xTest;
        const Eigen::VectorXd& yTest;
        const Eigen::MatrixXd& xDo;
        const Eigen::VectorXd& yDo;
    };

    /// Fits `settings` to the training rows; false with `message` when the estimator gives no
    /// weights (n <= p, exactly collinear columns, invalid tuning).
    bool fit(const EstimatorSettings& settings, const Rows& rows);

    /// Partial dependence of the fitted line for `feature` on `grid`.
    Eigen::VectorXd partialDependence(int feature, const Eigen::VectorXd& grid) const;

    /// R^2 = 1 - Σ(ŷ - y)² / Σ(y - ȳ)² on the rows given (0 when y is constant): the score of
    /// the learner and of the line alike.
    static double r2Of(const Eigen::VectorXd& prediction, const Eigen::VectorXd& y);

    double intercept = 0.0;
    Eigen::VectorXd weights;
    double r2Observational = 0.0;
    double r2Interventional = 0.0;
    std::string message;

private:
    Eigen::VectorXd m_testMean;
};

} // namespace lev::core
