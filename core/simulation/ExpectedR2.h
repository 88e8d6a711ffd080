// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#pragma once
// Exact R^2 of a fitted model (w0, w) on an infinite test set from a regime with zero means and
// covariance S of (X, Y):  R^2 = 1 - (S_YY - 2 w^T S_XY + w^T S_XX w + w0^2) / S_YY.
// Undefined (none) when Var(Y) = 0.

#include <Eigen/Dense>
#include <optional>

namespace lev::core {

std::optional<double> expectedR2(const Eigen::MatrixXd& jointCovariance, double intercept,
                                 const Eigen::VectorXd& weights);

} // namespace lev::core
