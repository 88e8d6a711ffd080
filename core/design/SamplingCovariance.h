// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#pragma once
// The finite-n sampling covariance of OLS (with intercept) on n_o Gaussian rows of S_obs and n_e
// of S_exp (docs/math.md §8.3): Cov = M^{-1} Omega M^{-1} / (n - p - 2) with, per regime r,
// e = Y - X^T beta(pi), c_r = E_r[X e], s_r^2 = E_r[e^2] and
// Omega = sum_r (n_r / n) (S_r,XX s_r^2 + c_r c_r^T); exact when one regime has every row.

#include <Eigen/Core>
#include <optional>

namespace lev::core {

class SamplingCovariance
{
public:
    /// None when n_o + n_e < p + 3 or M is singular.
    static std::optional<Eigen::MatrixXd> pooledOls(const Eigen::MatrixXd& observational,
                                                    const Eigen::MatrixXd& experimental,
                                                    int observationalRows, int randomizedRows);
    /// The residual variance s^2 = S_YY - 2 beta^T S_XY + beta^T S_XX beta of weights `beta`
    /// under the joint covariance `joint`.
    static double residualVariance(const Eigen::MatrixXd& joint, const Eigen::VectorXd& beta);
};

} // namespace lev::core
