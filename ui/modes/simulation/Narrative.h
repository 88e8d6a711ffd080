// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#pragma once
// Plain sentences that say, for the current state, what a student should notice: the forward
// problem (held-out R^2) against the inverse one (the weights' spread and bias), where the
// spread comes from (the smallest eigenvalue), and the generator's own lesson.

#include "simulation/RecomputeResult.h"

#include <string>
#include <vector>

namespace lev::core {

class Narrative
{
public:
    /// `sweep` may be partial; its point of lowest collinearity serves as the baseline.
    static std::vector<std::string> describe(const RecomputeResult& result,
                                             const std::vector<SweepPoint>& sweep);
    /// A number for prose: 2 decimals, or 3 significant digits when large or small.
    static std::string number(double value);
};

} // namespace lev::core
