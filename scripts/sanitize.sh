#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The Leverscope authors
# Builds everything with clang, AddressSanitizer and UndefinedBehaviorSanitizer (build-sanitize)
# and runs the whole test suite there; then the fuzzers for a bounded time on the same build.
# Usage: scripts/sanitize.sh [FUZZ_SECONDS_PER_TARGET] (default 30; 0 skips fuzzing).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
seconds="${1:-30}"
install_missing_packages
configure_and_build_sanitized
cd "$LEVERSCOPE_SANITIZE_BUILD"
# Qt Test's own watchdog (5 minutes per test function) is set for Release speed; at -O0 with
# the sanitizers ctest's 15 minutes per test executable bound them instead.
QTEST_FUNCTION_TIMEOUT=900000 QT_QPA_PLATFORM=offscreen \
  ctest --output-on-failure --timeout 900 -j "$(nproc)"
if [ "$seconds" -gt 0 ]; then
  "$LEVERSCOPE_ROOT/scripts/fuzz.sh" "$seconds"
fi
