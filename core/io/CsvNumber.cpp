// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#include "io/CsvNumber.h"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <cmath>
#include <string>
#include <system_error>

namespace lev::core {

bool CsvNumber::isUnderflow(std::string_view s)
{
    std::size_t i = 0;
    if (i < s.size() && (s[i] == '+' || s[i] == '-'))
        ++i;
    long long integerDigits = 0;
    long long leadingFractionZeros = 0;
    bool afterPoint = false;
    bool significant = false;
    for (; i < s.size() && s[i] != 'e' && s[i] != 'E'; ++i) {
        if (s[i] == '.') {
            afterPoint = true;
            continue;
        }
        if (!significant && s[i] == '0') {
            leadingFractionZeros += afterPoint ? 1 : 0;
            continue;
        }
        significant = true;
        integerDigits += afterPoint ? 0 : 1;
    }
    long long exponent = 0;
    bool negativeExponent = false;
    if (i < s.size()) {
        ++i;
        if (i < s.size() && (s[i] == '+' || s[i] == '-'))
            negativeExponent = s[i++] == '-';
        for (; i < s.size() && exponent < 1'000'000'000; ++i)
            exponent = exponent * 10 + (s[i] - '0');
    }
    const long long leadingDigit =
        integerDigits > 0 ? integerDigits - 1 : -(leadingFractionZeros + 1);
    return leadingDigit + (negativeExponent ? -exponent : exponent) < 0;
}

bool CsvNumber::isMissing(std::string_view s)
{
    const auto is = [s](std::string_view marker) {
        return s.size() == marker.size() &&
               std::equal(s.begin(), s.end(), marker.begin(), [](char a, char b) {
                   return std::tolower(static_cast<unsigned char>(a)) == b;
               });
    };
    return s.empty() || s == "." || is("na") || is("nan");
}

bool CsvNumber::parse(std::string_view s, double& value, bool decimalComma)
{
    if (decimalComma) {
        const std::size_t comma = s.find(',');
        if (comma != std::string_view::npos) {
            // One decimal comma and no point: the same digits with a point parse exactly alike.
            if (s.find(',', comma + 1) != std::string_view::npos ||
                s.find('.') != std::string_view::npos)
                return false;
            std::string pointed(s);
            pointed[comma] = '.';
            return parse(pointed, value, false);
        }
    }
    const char* first = s.data();
    const char* last = first + s.size();
    if (first != last && *first == '+') {
        ++first;
        if (first == last || *first == '-' || *first == '+')
            return false;
    }
    const auto [end, ec] = std::from_chars(first, last, value, std::chars_format::general);
    if (end != last || ec == std::errc::invalid_argument)
        return false;
    if (ec == std::errc::result_out_of_range) {
        if (!isUnderflow(s))
            return false;
        value = s.front() == '-' ? -0.0 : 0.0;
    }
    return std::isfinite(value);
}

} // namespace lev::core
