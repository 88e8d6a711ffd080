// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#pragma once
// Whether this test is built with AddressSanitizer (scripts/sanitize.sh: clang at -O0, where
// Eigen's kernels run about fifty times slower than in Release). There the largest statistical
// sweeps use fewer draws, with tolerances that follow from the count, or skip their biggest
// sizes with QSKIP, saying so; the Release suite runs every one in full.

namespace lev::test {

#if defined(__SANITIZE_ADDRESS__)
inline constexpr bool kSanitized = true;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
inline constexpr bool kSanitized = true;
#else
inline constexpr bool kSanitized = false;
#endif
#else
inline constexpr bool kSanitized = false;
#endif

} // namespace lev::test
