// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#pragma once
// The black box's JSON documents (docs/math.md §6, §9): `simulate --learner xgboost` and
// `fit --learner xgboost`, keys in a fixed order, every non-finite number written as null.

#include "blackbox/BlackBoxResult.h"
#include "blackbox/BlackBoxSettings.h"
#include "blackbox/LearnerDataFit.h"

#include <string>
#include <vector>

namespace lev::core {

class BlackBoxJson
{
public:
    /// The one line every document carries: what the interpretation tools describe.
    static const char* caveat();

    static std::string simulation(const BlackBoxSettings& settings, const BlackBoxResult& result);

    struct DataFitContext
    {
        std::string target;
        std::vector<std::string> features;
        LearnerSettings learner;
        long long rowsUsed = 0;
        long long rowsDropped = 0;
        bool dropMissing = false;
        std::uint64_t seed = 1;
    };
    static std::string dataFit(const DataFitContext& context, const LearnerDataFitReport& report);
};

} // namespace lev::core
