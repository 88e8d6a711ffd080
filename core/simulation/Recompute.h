// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#pragma once
// A recompute is a pure function of its settings: deterministic for a seed (replication r draws
// from RandomStream(seed, r) whatever thread runs it), cancellable between replications from
// another thread through an atomic flag, and numerical trouble is a status, never NaN.

#include "simulation/RecomputeResult.h"

#include <atomic>
#include <functional>

namespace lev::core {

class Recompute
{
public:
    /// Called after each sweep point with (points done, points in all); may run on any thread.
    using SweepProgress = std::function<void(int done, int total)>;

    static RecomputeResult run(const RecomputeSettings& settings,
                               const std::atomic<bool>* cancel = nullptr,
                               const SweepProgress& progress = {});

    /// The Monte-Carlo replications alone (no displayed draw, no sweep).
    static MonteCarloSummary monteCarlo(const RecomputeSettings& settings,
                                        const PopulationTruth& truth,
                                        const std::atomic<bool>* cancel = nullptr);

    /// One point of the sweep: the same settings at another collinearity.
    static std::optional<SweepPoint> sweepPoint(const RecomputeSettings& settings,
                                                double collinearity,
                                                const std::atomic<bool>* cancel = nullptr);
};

} // namespace lev::core
