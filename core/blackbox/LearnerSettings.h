// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#pragma once
// The gradient-boosted trees' parameters (docs/math.md §9): XGBoost with tree_method = hist,
// n_estimators, max_depth and eta as given, every other parameter at XGBoost's default.

#include <cstdint>
#include <string>

namespace lev::core {

struct LearnerSettings
{
    int trees = 200;           ///< n_estimators: boosting rounds
    int depth = 4;             ///< max_depth
    double learningRate = 0.1; ///< eta
    std::uint64_t seed = 1;    ///< XGBoost's seed (no parameter at its default samples)
    /// XGBoost's nthread (0: all cores); results do not depend on it. 1 by default: on a
    /// busy 2-core machine XGBoost's spinning OpenMP threads slow a small fit many times over.
    int threads = 1;
    /// Threads of TreeSHAP (pred_contribs, one row per task): its values do not depend on it
    /// (tested bit for bit); 2 by default, the one step that gains from a second core.
    int shapThreads = 2;

    /// Empty when valid, else one line naming the first bad field.
    std::string validate() const;
};

bool operator==(const LearnerSettings& a, const LearnerSettings& b);
inline bool operator!=(const LearnerSettings& a, const LearnerSettings& b)
{
    return !(a == b);
}

} // namespace lev::core
