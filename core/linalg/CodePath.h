// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#pragma once
// Which build of the hand-written kernels runs: x86-64-v3 (AVX2 + FMA, four doubles per
// instruction) where the CPU has it, else the baseline; chosen once per process, and forced to the
// baseline by the environment variable LEVERSCOPE_CODE_PATH=baseline.

// Only the baseline exists under AddressSanitizer (GCC says so with __SANITIZE_ADDRESS__, clang
// with __has_feature) and off x86-64.
#if defined(__has_feature)
#if __has_feature(address_sanitizer)
#define LEV_ADDRESS_SANITIZER 1
#endif
#endif

#if defined(__x86_64__) && defined(__GNUC__) && !defined(__SANITIZE_ADDRESS__) &&                  \
    !defined(LEV_ADDRESS_SANITIZER) && (!defined(__clang__) || __clang_major__ >= 14)
#define LEV_HAS_X86_64_V3 1
/// The wrapper that compiles a kernel body (LEV_KERNEL_BODY) for x86-64-v3.
#define LEV_TARGET_X86_64_V3 __attribute__((target("arch=x86-64-v3")))
#else
#define LEV_HAS_X86_64_V3 0
#endif

/// A kernel body, written once and inlined into each code path's wrapper.
#define LEV_KERNEL_BODY __attribute__((always_inline)) inline

namespace lev::core {

class CodePath
{
public:
    enum Path
    {
        Baseline, ///< the build's own target (x86-64: SSE2, no FMA)
        X86_64_V3 ///< AVX2 + FMA
    };

    /// The path in use. Decided at the first call: the baseline when LEVERSCOPE_CODE_PATH is
    /// "baseline", when the CPU lacks AVX2 or FMA, or when this build has no other path.
    static Path current();
    /// Whether this build and this CPU can run `path`.
    static bool supported(Path path);
    /// Makes `path` current for the rest of the process (tests); false, and no change, when it is
    /// not supported.
    static bool force(Path path);
    /// "baseline" or "x86-64-v3", as LEVERSCOPE_CODE_PATH spells them.
    static const char* name(Path path);
};

} // namespace lev::core
