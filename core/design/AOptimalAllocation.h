// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#pragma once
// Where to spend a randomization budget (docs/math.md §8.7): with every feature randomized
// independently, N(0, v_j), sum_j v_j = B, minimize tr M(v)^{-1}, M = (1 - pi) S_obs,XX +
// pi diag(v) (A-optimal; convex in v) by projected Newton steps on the simplex; with
// correlated perturbations, water-filling along the eigenvectors of S_obs,XX.

#include "design/DesignResult.h"

#include <Eigen/Core>
#include <optional>

namespace lev::core {

class AOptimalAllocation
{
public:
    /// tr((1 - pi) S + pi diag(v))^{-1}; none when singular.
    static std::optional<double> traceInverse(const Eigen::MatrixXd& featureCovariance,
                                              double fraction, const Eigen::VectorXd& variances);
    /// The A-optimal variances for budget B (featureCovariance positive definite unless pi = 1).
    static Eigen::VectorXd optimalVariances(const Eigen::MatrixXd& featureCovariance,
                                            double fraction, double budget);
    /// Everything plot (6) shows: A-optimal, uniform, single-feature, and water-filling.
    static Allocation compute(const Eigen::MatrixXd& featureCovariance, double fraction,
                              double budget);
};

} // namespace lev::core
