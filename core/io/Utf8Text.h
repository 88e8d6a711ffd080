// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#pragma once
// Checks that bytes are UTF-8 text (RFC 3629: no overlong forms, surrogates or code points above
// U+10FFFF) and shows untrusted text in a one-line message: escaped control bytes, truncated.

#include <cstddef>
#include <string>
#include <string_view>

namespace lev::core {

class Utf8Text
{
public:
    /// Length of the valid UTF-8 sequence starting at `p` (a byte >= 0x80), or 0 if it is
    /// invalid or cut off by `end`.
    static std::size_t sequenceLength(const unsigned char* p, const unsigned char* end);

    /// The offset of the first NUL byte or invalid UTF-8 sequence in `bytes`, or npos. With
    /// `truncated`, a sequence cut off by the end of `bytes` is not counted as invalid.
    static std::size_t firstNonText(std::string_view bytes, bool truncated);

    /// `s` for a one-line message: at most `limit` characters (then "..."), control, line
    /// separator and invalid bytes escaped as \xNN.
    static std::string display(std::string_view s, std::size_t limit);
};

} // namespace lev::core
