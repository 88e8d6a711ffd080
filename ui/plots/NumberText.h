// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#pragma once
// Numbers as a plot writes them: a fixed count of significant digits after the leading one,
// never "1e+03"; the integer part in full up to 10⁶, beyond (and below 10⁻⁴) as "1.2 × 10⁶";
// a true minus sign.

#include <QString>

namespace lev::ui {

class NumberText
{
public:
    /// value with `significant` significant digits (at least its integer part); finite values.
    static QString of(double value, int significant = 2);
};

} // namespace lev::ui
