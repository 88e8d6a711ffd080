// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#pragma once
// What a linear fit with an intercept needs from n rows of (X, y): the means and the centered
// scatter matrices. For Gaussian rows the scatter is Wishart(Sigma, n - 1), which lets a
// Monte-Carlo replication be drawn without drawing its n rows.

#include <Eigen/Dense>

namespace lev::core {

struct SufficientStatistics
{
    int n = 0;
    Eigen::VectorXd featureMean;    ///< x-bar, p
    double targetMean = 0.0;        ///< y-bar
    Eigen::MatrixXd featureScatter; ///< sum (x - x-bar)(x - x-bar)^T, p x p
    Eigen::VectorXd crossScatter;   ///< sum (x - x-bar)(y - y-bar), p
    double targetScatter = 0.0;     ///< sum (y - y-bar)^2

    int featureCount() const { return static_cast<int>(featureMean.size()); }
    /// Sample covariance of the features (divisor n - 1).
    Eigen::MatrixXd featureCovariance() const;

    static SufficientStatistics fromData(const Eigen::MatrixXd& features,
                                         const Eigen::VectorXd& target);
    /// From the joint mean and centered scatter of (X, y), y last.
    static SufficientStatistics fromJoint(int n, const Eigen::VectorXd& mean,
                                          const Eigen::MatrixXd& scatter);
};

} // namespace lev::core
