// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#pragma once
// What the data mode explores in a user's table: which columns, how the features are scaled, the
// estimator whose weights are shown, and how much resampling (bootstrap, cross-validation).

#include "estimators/EstimatorSettings.h"

#include <cstdint>
#include <vector>

namespace lev::core {

struct DataExplorationSettings
{
    int target = -1;           ///< column index in the CsvTable
    std::vector<int> features; ///< column indices
    /// z-score the features first: weights are then per SD of each feature (population SD,
    /// divisor n; without an intercept the features are only divided by it, not centered).
    bool standardize = false;
    bool intercept = true;
    EstimatorSettings estimator;     ///< the estimator whose weights are shown
    int bootstrapReplications = 200; ///< 0: no bootstrap; at most Bootstrap::kMaxReplications
    int folds = 5;                   ///< 0: no cross-validation
    std::uint64_t seed = 1;
    int threads = 0; ///< bootstrap workers; 0: all cores
};

} // namespace lev::core
