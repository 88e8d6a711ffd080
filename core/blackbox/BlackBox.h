// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#pragma once
// The black box (docs/math.md §9): R refits of gradient-boosted trees on fresh samples of a
// generator, scored on and off the data surface, read through permutation importance, SHAP and
// partial dependence, with the exact causal truth beside every number.

#include "blackbox/BlackBoxResult.h"
#include "blackbox/BlackBoxSettings.h"

#include <atomic>
#include <functional>

namespace lev::core {

class BlackBox
{
public:
    /// Called after each finished replication (the first fit first) and sweep point with the
    /// result so far, summarised over what is done; on the calling thread of run().
    using Progress = std::function<void(const BlackBoxResult& partial)>;

    /// Runs the replications in order, then the sweep. Invalid settings give status
    /// InvalidSettings and a message; `cancel` (checked between fits) gives Cancelled with the
    /// replications done so far. Never throws.
    static BlackBoxResult run(const BlackBoxSettings& settings,
                              const std::atomic<bool>* cancel = nullptr,
                              const Progress& progress = {});
    /// One point of the collinearity sweep, read from a run at that collinearity.
    static BlackBoxSweepPoint sweepPointOf(double collinearity, const BlackBoxResult& at);
};

} // namespace lev::core
