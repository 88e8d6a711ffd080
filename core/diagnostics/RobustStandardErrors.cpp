// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#include "diagnostics/RobustStandardErrors.h"

#include <Eigen/QR>
#include <cmath>
#include <string>

namespace lev::core {

namespace {

/// A leverage this close to 1 makes 1 / (1 - h)^2 meaningless in double precision.
constexpr double kLeverageMargin = 1e-10;

} // namespace

RobustStandardErrorsReport RobustStandardErrors::hc3(const Eigen::MatrixXd& features,
                                                     const Eigen::VectorXd& y, bool intercept)
{
    RobustStandardErrorsReport report;
    const Eigen::Index n = features.rows();
    const Eigen::Index p = features.cols() + (intercept ? 1 : 0);
    if (n <= p) {
        report.message = "HC3 standard errors need more rows than parameters";
        return report;
    }
    Eigen::MatrixXd x(n, p);
    if (intercept)
        x.col(0).setOnes();
    x.rightCols(features.cols()) = features;
    // Unit-length columns: the scale cancels in the standard errors but not in the rounding.
    const Eigen::VectorXd scale = x.colwise().norm().transpose();
    if ((scale.array() == 0.0).any()) {
        report.message = "HC3 standard errors need a design of full rank (a column is all zero)";
        return report;
    }
    x = x * scale.cwiseInverse().asDiagonal();

    const Eigen::ColPivHouseholderQR<Eigen::MatrixXd> qr(x);
    if (qr.rank() < p) {
        report.message = "HC3 standard errors need a design of full rank";
        return report;
    }
    const Eigen::MatrixXd q = qr.householderQ() * Eigen::MatrixXd::Identity(n, p);
    const Eigen::VectorXd residuals = y - x * qr.solve(y);
    const Eigen::VectorXd leverage = q.rowwise().squaredNorm();
    report.largestLeverage = leverage.maxCoeff();
    for (Eigen::Index i = 0; i < n; ++i)
        if (leverage(i) > 1.0 - kLeverageMargin) {
            report.message = "HC3 standard errors are undefined: row " + std::to_string(i + 1) +
                             " has leverage 1 (it alone determines a weight)";
            return report;
        }
    const Eigen::ArrayXd weights = residuals.array().square() / (1.0 - leverage.array()).square();
    const Eigen::MatrixXd meat = q.transpose() * (weights.matrix().asDiagonal() * q);
    // (X^T X)^{-1} X^T = P R^{-1} Q^T: the covariance is P R^{-1} meat R^{-T} P^T.
    const auto r = qr.matrixR().topLeftCorner(p, p).triangularView<Eigen::Upper>();
    const Eigen::MatrixXd rInverse = r.solve(Eigen::MatrixXd::Identity(p, p));
    const Eigen::MatrixXd permuted = rInverse * meat * rInverse.transpose();
    const Eigen::MatrixXd covariance =
        qr.colsPermutation() * permuted * qr.colsPermutation().transpose();
    const Eigen::VectorXd se = covariance.diagonal().cwiseSqrt().cwiseQuotient(scale);
    if (intercept) {
        report.intercept = se(0);
        report.coefficients = se.tail(features.cols());
    } else {
        report.coefficients = se;
    }
    report.ok = true;
    return report;
}

} // namespace lev::core
