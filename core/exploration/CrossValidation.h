// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#pragma once
// K-fold cross-validation of linear estimators from fold moments: each fold's mean and centered
// scatter of (x, y) are computed once, and a training set's are merged from the other folds'
// (Chan et al.: n = n_a + n_b, d = m_b - m_a, m = m_a + d n_b / n,
// S = S_a + S_b + d d^T n_a n_b / n), so the cost is about one pass over the data plus K p x p
// fits per estimator and one pass per estimator for the held-out residuals.

#include "exploration/CrossValidationScore.h"

#include <Eigen/Dense>
#include <atomic>
#include <cstdint>
#include <vector>

namespace lev::core {

class CrossValidation
{
public:
    /// K-fold CV: rows are shuffled by `seed` (RandomStream) and cut into K near-equal blocks
    /// (foldOf). Every estimator in `estimators` is scored on the same folds; one score each, in
    /// that order. Folds must be 2..n, else every score has status InvalidSettings and a one-line
    /// message. Returns an empty vector when `cancel` is set (checked between folds).
    static std::vector<CrossValidationScore> run(const Eigen::MatrixXd& x, const Eigen::VectorXd& y,
                                                 const std::vector<EstimatorSettings>& estimators,
                                                 bool intercept, int folds, std::uint64_t seed,
                                                 const std::atomic<bool>* cancel = nullptr);

    /// The fold (0..folds-1) of each of n rows: a Fisher-Yates shuffle of 0..n-1 by
    /// RandomStream(seed, a stream of its own), positions [k n / K, (k + 1) n / K) in fold k.
    /// Empty unless 2 <= folds <= n.
    static std::vector<int> foldOf(int n, int folds, std::uint64_t seed);
};

} // namespace lev::core
