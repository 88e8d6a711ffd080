// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#pragma once
// Plain sentences for data mode: what can be concluded from a user's own data (how well the
// features predict, how well conditioned they are, how much the weights move under resampling)
// and what cannot (whether any weight is a lever: that needs an experiment or a causal model
// brought from outside the data).

#include "exploration/DataExploration.h"

#include <string>
#include <vector>

namespace lev::core {

class DataNarrative
{
public:
    static std::vector<std::string> describe(const DataExploration& exploration);
};

} // namespace lev::core
