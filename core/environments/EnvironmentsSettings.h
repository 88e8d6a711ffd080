// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#pragma once
// The environments mode's settings (docs/math.md §10): the shifted generator, one sample of n
// rows, the anchor-regression knob gamma (0 partials A out, 1 is OLS, infinity is IV), ICP's
// level alpha and the shift strength at which the risks are compared.

#include "model/ShiftedGenerator.h"

#include <cstdint>
#include <string>

namespace lev::core {

struct EnvironmentsSettings
{
    ShiftedSettings model = defaultModel();
    int n = 1000;
    double gamma = 5.0; ///< >= 0, or +infinity
    double alpha = 0.05;
    double riskStrength = 3.0; ///< the shift strength whose risks the narrative compares
    std::uint64_t seed = 1;

    static constexpr int kMinRows = 30;
    static constexpr int kMaxRows = 100000;
    static constexpr double kMaxStrength = 10.0;

    /// Three environments shifting the lever, a moderate hidden confounder, X2 a child of Y.
    static ShiftedSettings defaultModel();
    /// Empty when valid, else one line naming the first bad field.
    std::string validate() const;
};

bool operator==(const EnvironmentsSettings& a, const EnvironmentsSettings& b);
inline bool operator!=(const EnvironmentsSettings& a, const EnvironmentsSettings& b)
{
    return !(a == b);
}

} // namespace lev::core
