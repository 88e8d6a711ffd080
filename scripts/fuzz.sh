#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The Leverscope authors
# Builds the libFuzzer targets with clang (ASan + UBSan, in the sanitizer build shared with
# scripts/sanitize.sh) and runs each for a bounded time on its seed corpus in tests/fuzz/corpus.
# Usage: scripts/fuzz.sh [SECONDS_PER_TARGET] (default 60).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
seconds="${1:-60}"
install_missing_packages
build="$LEVERSCOPE_SANITIZE_BUILD"
configure_and_build_sanitized fuzz_csvreader fuzz_session
run() { # target corpus-folder
  local work log status=0
  work="$(mktemp -d)"
  log="$work.log"
  cp -r "$LEVERSCOPE_ROOT/tests/fuzz/corpus/$2/." "$work/"
  echo "== $1: ${seconds} s on a copy of tests/fuzz/corpus/$2"
  "$build/fuzz/$1" -max_total_time="$seconds" -max_len=65536 -timeout=10 -rss_limit_mb=2048 \
    -print_final_stats=1 -artifact_prefix="$build/" "$work" >"$log" 2>&1 \
    || status=$?
  grep -E "^(#[0-9]+.*DONE|stat::number_of_executed_units|stat::peak_rss_mb)|ERROR|SUMMARY" "$log" || true
  if [ "$status" -ne 0 ]; then
    tail -n 40 "$log"
    echo "FAIL: $1 found a problem (exit $status); the input is in $build/crash-*" >&2
  fi
  rm -rf "$work" "$log"
  return "$status"
}
run fuzz_csvreader csv
run fuzz_session session
