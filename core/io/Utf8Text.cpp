// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#include "io/Utf8Text.h"

namespace lev::core {

namespace {

void appendHexEscape(std::string& out, unsigned char c)
{
    static constexpr char kHex[] = "0123456789abcdef";
    out += "\\x";
    out += kHex[c >> 4];
    out += kHex[c & 0xF];
}

/// Whether the bytes from `p` to `end` could still begin a valid sequence of `lead`'s length.
bool isValidPrefix(const unsigned char* p, const unsigned char* end)
{
    const unsigned lead = p[0];
    if (lead < 0xC2 || lead > 0xF4)
        return false;
    for (const unsigned char* q = p + 1; q < end; ++q) {
        if (q == p + 1) {
            const unsigned low = lead == 0xE0 ? 0xA0 : lead == 0xF0 ? 0x90 : 0x80;
            const unsigned high = lead == 0xED ? 0x9F : lead == 0xF4 ? 0x8F : 0xBF;
            if (*q < low || *q > high)
                return false;
        } else if ((*q & 0xC0) != 0x80) {
            return false;
        }
    }
    return true;
}

} // namespace

std::size_t Utf8Text::sequenceLength(const unsigned char* p, const unsigned char* end)
{
    const unsigned lead = p[0];
    std::size_t length = 0;
    unsigned low = 0x80;
    unsigned high = 0xBF;
    if (lead >= 0xC2 && lead <= 0xDF) {
        length = 2;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
        length = 3;
        if (lead == 0xE0)
            low = 0xA0; // overlong
        else if (lead == 0xED)
            high = 0x9F; // surrogates
    } else if (lead >= 0xF0 && lead <= 0xF4) {
        length = 4;
        if (lead == 0xF0)
            low = 0x90; // overlong
        else if (lead == 0xF4)
            high = 0x8F; // above U+10FFFF
    } else {
        return 0;
    }
    if (static_cast<std::size_t>(end - p) < length || p[1] < low || p[1] > high)
        return 0;
    for (std::size_t i = 2; i < length; ++i) {
        if ((p[i] & 0xC0) != 0x80)
            return 0;
    }
    return length;
}

std::size_t Utf8Text::firstNonText(std::string_view bytes, bool truncated)
{
    const auto* begin = reinterpret_cast<const unsigned char*>(bytes.data());
    const auto* end = begin + bytes.size();
    for (const unsigned char* p = begin; p < end;) {
        if (*p == 0)
            return static_cast<std::size_t>(p - begin);
        if (*p < 0x80) {
            ++p;
            continue;
        }
        const std::size_t length = sequenceLength(p, end);
        if (length == 0) {
            const bool cutOff = truncated && end - p < 4 && isValidPrefix(p, end);
            return cutOff ? std::string_view::npos : static_cast<std::size_t>(p - begin);
        }
        p += length;
    }
    return std::string_view::npos;
}

std::string Utf8Text::display(std::string_view s, std::size_t limit)
{
    const auto* bytes = reinterpret_cast<const unsigned char*>(s.data());
    const auto* end = bytes + s.size();
    std::string out;
    std::size_t characters = 0;
    for (std::size_t i = 0; i < s.size(); ++characters) {
        if (characters == limit) {
            out += "...";
            break;
        }
        const unsigned char c = bytes[i];
        if (c >= 0x80) {
            const std::size_t length = sequenceLength(bytes + i, end);
            const bool c1Control = length == 2 && c == 0xC2 && bytes[i + 1] < 0xA0;
            const bool lineSeparator = length == 3 && c == 0xE2 && bytes[i + 1] == 0x80 &&
                                       (bytes[i + 2] == 0xA8 || bytes[i + 2] == 0xA9);
            if (length == 0 || c1Control || lineSeparator) {
                const std::size_t n = length == 0 ? 1 : length;
                for (std::size_t k = 0; k < n; ++k)
                    appendHexEscape(out, bytes[i + k]);
                i += n;
            } else {
                out.append(s.substr(i, length));
                i += length;
            }
            continue;
        }
        if (c == '\\')
            out += "\\\\";
        else if (c == '\n')
            out += "\\n";
        else if (c == '\r')
            out += "\\r";
        else if (c == '\t')
            out += "\\t";
        else if (c < 0x20 || c == 0x7F)
            appendHexEscape(out, c);
        else
            out += static_cast<char>(c);
        ++i;
    }
    return out;
}

} // namespace lev::core
