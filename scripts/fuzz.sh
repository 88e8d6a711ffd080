#!/usr/bin/env bash
# Builds the libFuzzer targets with clang (ASan + UBSan) and runs each for a bounded time on its
# seed corpus in tests/fuzz/corpus. Usage: scripts/fuzz.sh [SECONDS_PER_TARGET] (default 60).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
seconds="${1:-60}"
LEVERSCOPE_PACKAGES+=(clang libclang-rt-14-dev)
install_missing_packages
build="$LEVERSCOPE_ROOT/build-fuzz"
if [ ! -f "$build/CMakeCache.txt" ]; then
  CC=clang CXX=clang++ cmake -S "$LEVERSCOPE_ROOT" -B "$build" -G Ninja \
    -DCMAKE_BUILD_TYPE=RelWithDebInfo -DLEVERSCOPE_FUZZ=ON
fi
cmake --build "$build" --parallel "$(nproc)"
run() { # target corpus-folder
  local work log status=0
  work="$(mktemp -d)"
  log="$work.log"
  cp -r "$LEVERSCOPE_ROOT/tests/fuzz/corpus/$2/." "$work/"
  echo "== $1: ${seconds} s on a copy of tests/fuzz/corpus/$2"
  "$build/fuzz/$1" -max_total_time="$seconds" -max_len=65536 -timeout=10 -rss_limit_mb=2048 \
    -print_final_stats=1 -artifact_prefix="$LEVERSCOPE_ROOT/build-fuzz/" "$work" >"$log" 2>&1 \
    || status=$?
  grep -E "^(#[0-9]+.*DONE|stat::number_of_executed_units|stat::peak_rss_mb)|ERROR|SUMMARY" "$log" || true
  if [ "$status" -ne 0 ]; then
    tail -n 40 "$log"
    echo "FAIL: $1 found a problem (exit $status); the input is in build-fuzz/crash-*" >&2
  fi
  rm -rf "$work" "$log"
  return "$status"
}
run fuzz_csvreader csv
run fuzz_session session
