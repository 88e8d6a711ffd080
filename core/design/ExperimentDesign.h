// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#pragma once
// The experiment designer (docs/math.md §8): a pure function of its settings, deterministic for
// a seed, cancellable through an atomic flag; numerical trouble is a status with a message,
// never NaN. Two stages: the exact parts (a few ms), then the Monte-Carlo refinement.

#include "design/DesignResult.h"

#include <atomic>
#include <string>
#include <vector>

namespace lev::core {

class ExperimentDesign
{
public:
    /// Both stages: computeExact, then refine.
    static DesignResult compute(const DesignSettings& settings,
                                const std::atomic<bool>* cancel = nullptr);
    /// Everything without simulation, and the displayed study (replication 0): `refined` is
    /// false. `previous`, when given, is an earlier result: what does not depend on pi is
    /// taken from it when only pi or the Monte-Carlo design changed. exactCurves, then
    /// addExactPower.
    static DesignResult computeExact(const DesignSettings& settings,
                                     const std::atomic<bool>* cancel = nullptr,
                                     const DesignResult* previous = nullptr);
    /// The exact stage but the power curves (`powerComputed` false): limits, sampling
    /// covariances, the curves against pi and n, the allocation, the displayed study.
    static DesignResult exactCurves(const DesignSettings& settings,
                                    const std::atomic<bool>* cancel = nullptr,
                                    const DesignResult* previous = nullptr);
    /// Adds the power curves' exact probabilities (lattice integration, docs/math.md §8.5).
    static DesignResult addExactPower(DesignResult result,
                                      const std::atomic<bool>* cancel = nullptr,
                                      const DesignResult* previous = nullptr);
    /// Adds the Monte-Carlo parts to an exact result (and its power curves if not yet in): R
    /// replications of the study and the curves' Monte-Carlo points; reuses a refined `previous`
    /// result's points that do not depend on pi. Cancelled: status Cancelled.
    static DesignResult refine(DesignResult exact, const std::atomic<bool>* cancel = nullptr,
                               const DesignResult* previous = nullptr);
    /// The feature names (X1, ..., or C for the collider) of valid model settings.
    static std::vector<std::string> featureNames(const ModelSettings& model);
};

} // namespace lev::core
