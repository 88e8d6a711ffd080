// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#pragma once
// Computes the environments mode's result in two steps: compute() the truth, the sample and the
// anchor-regression fits (fast), then addIcp() invariant causal prediction on that sample over
// its groups (2^p subsets, with progress and cancellation).

#include "environments/EnvironmentsResult.h"

#include <atomic>

namespace lev::core {

class EnvironmentsStudy
{
public:
    /// Everything but ICP (icpState Pending, or Impossible with a reason). Invalid settings
    /// give a result with only `message`. `cancel` stops it between the sample's anchor fits:
    /// the result is then incomplete and must not be shown. Never throws but std::bad_alloc.
    static EnvironmentsResult compute(const EnvironmentsSettings& settings,
                                      const std::atomic<bool>* cancel = nullptr);
    /// Runs ICP at settings.alpha on the result's sample and groups; `cancel` stops it between
    /// subsets (icpState Cancelled).
    static void addIcp(EnvironmentsResult& result, const std::atomic<bool>* cancel = nullptr,
                       const InvariantCausalPrediction::Progress& progress = {});
    /// Display text of a gamma: "0", "5", "∞".
    static std::string gammaText(double gamma);
};

} // namespace lev::core
