// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#pragma once
// The conditioning of a covariance matrix Sigma: its eigenvalues (descending), 1/lambda, the
// condition number lambda_max / lambda_min, the precision Theta = Sigma^{-1} = sum v v^T / lambda,
// and the variance inflation factors (the diagonal of the inverse correlation matrix).

#include <Eigen/Dense>
#include <optional>

namespace lev::core {

struct Spectrum
{
    Eigen::VectorXd eigenvalues;        ///< descending; tiny negatives from rounding clipped to 0
    Eigen::VectorXd inverseEigenvalues; ///< 1/lambda; empty when singular
    std::optional<double> conditionNumber; ///< none when singular
    Eigen::MatrixXd precision;             ///< Theta; empty when singular
    Eigen::VectorXd vif;                   ///< empty when singular
    int effectiveRank = 0;                 ///< eigenvalues above p * eps * lambda_max

    bool singular() const { return !conditionNumber.has_value(); }

    static Spectrum of(const Eigen::MatrixXd& covariance);
    /// Eigenvalues only (descending, clipped at 0): what a replication needs.
    static Eigen::VectorXd eigenvaluesOf(const Eigen::MatrixXd& covariance);
};

} // namespace lev::core
