// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#include "linalg/CodePath.h"

#include <QtGlobal>
#include <atomic>
#include <cstdlib>
#include <cstring>

namespace lev::core {

namespace {

constexpr int kUndecided = -1;

/// The current path, kUndecided until the first call of CodePath::current().
std::atomic<int> g_current{kUndecided};

CodePath::Path decide()
{
    const char* wanted = std::getenv("LEVERSCOPE_CODE_PATH");
    const CodePath::Path best =
        CodePath::supported(CodePath::X86_64_V3) ? CodePath::X86_64_V3 : CodePath::Baseline;
    if (wanted == nullptr || *wanted == '\0' || std::strcmp(wanted, "auto") == 0)
        return best;
    if (std::strcmp(wanted, CodePath::name(CodePath::Baseline)) == 0)
        return CodePath::Baseline;
    if (std::strcmp(wanted, CodePath::name(CodePath::X86_64_V3)) == 0) {
        if (best != CodePath::X86_64_V3)
            qWarning("LEVERSCOPE_CODE_PATH=x86-64-v3: not available on this CPU or build; using "
                     "baseline");
        return best;
    }
    qWarning("LEVERSCOPE_CODE_PATH=%s is not a code path (baseline, x86-64-v3, auto); using %s",
             wanted, CodePath::name(best));
    return best;
}

} // namespace

CodePath::Path CodePath::current()
{
    const int path = g_current.load(std::memory_order_relaxed);
    if (path != kUndecided)
        return static_cast<Path>(path);
    int expected = kUndecided;
    g_current.compare_exchange_strong(expected, decide(), std::memory_order_relaxed);
    return static_cast<Path>(g_current.load(std::memory_order_relaxed));
}

bool CodePath::supported(Path path)
{
    if (path == Baseline)
        return true;
#if LEV_HAS_X86_64_V3
    __builtin_cpu_init();
#if defined(__clang__)
    return __builtin_cpu_supports("avx2") && __builtin_cpu_supports("fma") &&
           __builtin_cpu_supports("bmi2");
#else
    return __builtin_cpu_supports("x86-64-v3");
#endif
#else
    return false;
#endif
}

bool CodePath::force(Path path)
{
    if (!supported(path))
        return false;
    g_current.store(path, std::memory_order_relaxed);
    return true;
}

const char* CodePath::name(Path path)
{
    return path == X86_64_V3 ? "x86-64-v3" : "baseline";
}

} // namespace lev::core
