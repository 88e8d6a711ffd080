// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#pragma once
// Least squares on a user's data with the accuracy of a reference solver: the centered,
// column-scaled design is factored by Householder QR with column pivoting in extended precision
// (long double), which gives NIST Longley to 12+ digits. Large designs (n p^2 > 2e8, e.g.
// 100 000 x 200, or n (p + 1) > 1e7) are first reduced to their R factor by a blocked
// double-precision Householder QR, in place, and the pivoted QR runs on R: seconds instead of
// minutes. Standard errors from s^2 (X_c^T X_c)^{-1} = s^2 D^{-1} R^{-1} R^{-T} D^{-1}, s^2 = RSS /
// (n - p - 1).

#include <Eigen/Dense>
#include <optional>
#include <string>

namespace lev::core {

struct LeastSquaresReport
{
    bool identifiable = false; ///< false: rank-deficient or n <= p; no coefficients
    int effectiveRank = 0;     ///< numerical rank of the scaled design (tolerance max(n,p) eps)
    std::optional<double> intercept;
    std::optional<double> interceptStandardError;
    Eigen::VectorXd coefficients;   ///< empty unless identifiable
    Eigen::VectorXd standardErrors; ///< empty unless identifiable and n > p + 1 (+1 with intercept)
    std::optional<double> residualSumOfSquares;
    std::optional<double> r2;
};

/// How PreciseLeastSquares factors the design.
enum class LeastSquaresPath
{
    Automatic, ///< Extended up to n p^2 = 2e8 and n (p + 1) = 1e7, Reduced above
    Extended,  ///< pivoted QR of the design in long double
    Reduced    ///< blocked QR to R in double, then pivoted QR of R
};

class PreciseLeastSquares
{
public:
    /// Fits y = w0 + X w (or y = X w without intercept).
    static LeastSquaresReport fit(const Eigen::MatrixXd& features, const Eigen::VectorXd& target,
                                  bool intercept,
                                  LeastSquaresPath path = LeastSquaresPath::Automatic);
};

} // namespace lev::core
