// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#pragma once
// Where pooled OLS over both regimes converges (docs/math.md §8.2): with S(pi) = (1 - pi) S_obs
// + pi S_exp the mixture covariance of (X, Y), beta(pi) = M^{-1} m, M = S(pi)_XX, m = S(pi)_XY;
// its residual variance is S(pi)_YY - m^T beta(pi).

#include <Eigen/Core>
#include <optional>

namespace lev::core {

class PooledLimit
{
public:
    /// (1 - pi) S_obs + pi S_exp, both (p+1) x (p+1) covariances of (X, Y).
    static Eigen::MatrixXd mixture(const Eigen::MatrixXd& observational,
                                   const Eigen::MatrixXd& experimental, double fraction);
    /// The regression weights S_XX^{-1} S_XY of a joint covariance; none when S_XX is singular.
    static std::optional<Eigen::VectorXd> weights(const Eigen::MatrixXd& joint);
    /// beta(pi); none when M is singular.
    static std::optional<Eigen::VectorXd> of(const Eigen::MatrixXd& observational,
                                             const Eigen::MatrixXd& experimental, double fraction);
};

} // namespace lev::core
