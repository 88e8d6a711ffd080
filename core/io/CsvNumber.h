// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#pragma once
// Reads one CSV cell as a finite double with std::from_chars (locale-independent): the whole
// field must be the number, one leading '+' is allowed, and a value too small for a double
// (below about 4.9e-324) becomes a signed zero while one too large is an error. With
// `decimalComma` (files separated by ';'), one ',' stands for the decimal point: "0,8258".

#include <string_view>

namespace lev::core {

class CsvNumber
{
public:
    /// True and `value` set when the already trimmed `s` is a finite number.
    static bool parse(std::string_view s, double& value, bool decimalComma = false);
    /// Whether `s` is a missing-value marker: empty, "NA", "NaN" or "." (letters in any case).
    static bool isMissing(std::string_view s);

private:
    /// For text std::from_chars found out of range: true if the value is too small, not too large.
    static bool isUnderflow(std::string_view s);
};

} // namespace lev::core
