// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#include "environments/EnvironmentsSettings.h"

#include <cmath>

namespace lev::core {

ShiftedSettings EnvironmentsSettings::defaultModel()
{
    ShiftedSettings model;
    model.shift = 1.5;
    model.confounding = 0.8;
    model.environments = 3;
    return model;
}

std::string EnvironmentsSettings::validate() const
{
    if (std::string problem = model.validate(); !problem.empty())
        return problem;
    if (n < kMinRows || n > kMaxRows)
        return "n must be from " + std::to_string(kMinRows) + " to " + std::to_string(kMaxRows);
    if (model.environments > n / 3)
        return "each environment needs at least 3 rows: n must be at least 3 times the number of "
               "environments";
    if (!(gamma >= 0.0)) // also rejects NaN; +infinity is the IV limit
        return "gamma must be a number >= 0 (or infinity)";
    if (!(alpha > 0.0 && alpha < 1.0))
        return "alpha must be a number in (0, 1)";
    if (!(riskStrength >= 0.0 && riskStrength <= kMaxStrength))
        return "the risk's shift strength must be a number from 0 to 10";
    return {};
}

bool operator==(const EnvironmentsSettings& a, const EnvironmentsSettings& b)
{
    return a.model == b.model && a.n == b.n && a.gamma == b.gamma && a.alpha == b.alpha &&
           a.riskStrength == b.riskStrength && a.seed == b.seed;
}

} // namespace lev::core
