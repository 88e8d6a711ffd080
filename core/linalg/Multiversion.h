// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#pragma once
// LEV_MULTIVERSION marks a hot loop to be compiled twice, for x86-64-v3 (AVX2 + FMA: four doubles
// per instruction) and for the baseline; the first call picks the one the CPU runs (GCC/Clang
// function multiversioning), as the build itself targets the baseline.

// Not under AddressSanitizer (GCC says so with __SANITIZE_ADDRESS__, clang with __has_feature).
#if defined(__has_feature)
#if __has_feature(address_sanitizer)
#define LEV_ADDRESS_SANITIZER 1
#endif
#endif

#if defined(__x86_64__) && defined(__GNUC__) && !defined(__SANITIZE_ADDRESS__) &&                  \
    !defined(LEV_ADDRESS_SANITIZER) && (!defined(__clang__) || __clang_major__ >= 14)
#define LEV_MULTIVERSION __attribute__((target_clones("arch=x86-64-v3", "default")))
#else
#define LEV_MULTIVERSION
#endif
