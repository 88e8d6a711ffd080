// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#pragma once
// The experiment designer (docs/math.md §8): a pure function of its settings, deterministic for
// a seed, cancellable between replications through an atomic flag; numerical trouble is a
// status with a message, never NaN.

#include "design/DesignResult.h"

#include <atomic>
#include <string>
#include <vector>

namespace lev::core {

class ExperimentDesign
{
public:
    static DesignResult compute(const DesignSettings& settings,
                                const std::atomic<bool>* cancel = nullptr);
    /// The feature names (X1, ..., or C for the collider) of valid model settings.
    static std::vector<std::string> featureNames(const ModelSettings& model);
};

} // namespace lev::core
