// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#pragma once
// Heteroskedasticity-robust (HC3) standard errors of OLS, as statsmodels' cov_type="HC3":
// Cov = (X^T X)^{-1} X^T diag(e_i^2 / (1 - h_ii)^2) X (X^T X)^{-1}, computed through X = QR as
// R^{-1} (Q^T diag(w) Q) R^{-T}, with h_ii = |Q_i|^2 the leverages.

#include <Eigen/Dense>
#include <optional>
#include <string>

namespace lev::core {

struct RobustStandardErrorsReport
{
    bool ok = false;
    std::string message; ///< why there are none (ok false)
    std::optional<double> intercept;
    Eigen::VectorXd coefficients; ///< the features' HC3 standard errors
    double largestLeverage = 0.0;
};

class RobustStandardErrors
{
public:
    /// HC3 standard errors of the OLS fit of y on the n x p `features` (with an intercept if
    /// asked). A rank-deficient design, n <= p or a row with leverage 1 (HC3 divides by 1 - h)
    /// gives ok false and a one-line message.
    static RobustStandardErrorsReport hc3(const Eigen::MatrixXd& features, const Eigen::VectorXd& y,
                                          bool intercept);
};

} // namespace lev::core
