// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#pragma once
// Who gets the credit (docs/math.md §9): each tool's per-feature numbers as percentages of the
// sum of their magnitudes, share_j = 100 |v_j| / Σ_k |v_k| (signed v_j for permutation
// importance, which can be negative), so that tools in different units sit on one axis.

#include <Eigen/Dense>

namespace lev::core {

struct CreditShares
{
    Eigen::VectorXd permutation; ///< of the permutation importance, signed
    Eigen::VectorXd shap;        ///< of mean |SHAP|
    Eigen::VectorXd linear;      ///< of the linear estimator's |weights|
    Eigen::VectorXd causal;      ///< of the true |average causal effect|

    /// The shares of `values` in percent; empty when `values` is empty or not all finite, all
    /// zero when every value is zero.
    static Eigen::VectorXd of(const Eigen::VectorXd& values, bool keepSign = false);
    static CreditShares from(const Eigen::VectorXd& permutation, const Eigen::VectorXd& shap,
                             const Eigen::VectorXd& linear, const Eigen::VectorXd& causal);
};

} // namespace lev::core
