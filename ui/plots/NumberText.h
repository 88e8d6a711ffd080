// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#pragma once
// Numbers as the plots and the prose write them: a fixed count of significant digits, never
// "1e+03"; from 10⁶ up and below 10⁻³ as "1.2 × 10⁶"; a true minus sign; C locale.

#include <QString>

namespace lev::ui {

class NumberText
{
public:
    enum class Rounding
    {
        KeepWholePart, ///< 4284.3 with 2 digits: "4284" (a plot's value label)
        AllDigits      ///< 4284.3 with 3 digits: "4280" (prose)
    };

    /// value with `significant` significant digits; finite values.
    static QString of(double value, int significant = 2,
                      Rounding rounding = Rounding::KeepWholePart);
};

} // namespace lev::ui
