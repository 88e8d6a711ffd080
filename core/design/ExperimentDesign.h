// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#pragma once
// The experiment designer (docs/math.md §8): a pure function of its settings, deterministic for
// a seed, cancellable between replications through an atomic flag; numerical trouble is a
// status with a message, never NaN.

#include "design/DesignResult.h"

#include <atomic>

namespace lev::core {

class ExperimentDesign
{
public:
    static DesignResult compute(const DesignSettings& settings,
                                const std::atomic<bool>* cancel = nullptr);
};

} // namespace lev::core
