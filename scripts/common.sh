#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The Leverscope authors
# Shared set-up for scripts/run.sh and scripts/test.sh: install the Debian packages the
# project needs (only the missing ones), then configure and build. Idempotent and quick when
# nothing has changed.
set -euo pipefail

LEVERSCOPE_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
LEVERSCOPE_BUILD="${LEVERSCOPE_BUILD:-$LEVERSCOPE_ROOT/build}"

# Everything the build, the tests and the screenshots need, from Debian 12.
LEVERSCOPE_PACKAGES=(
  build-essential cmake ninja-build pkg-config
  qt6-base-dev qt6-svg-dev libqt6svg6 qt6-qpa-plugins libgl-dev
  libqcustomplot-dev libeigen3-dev
  libboost-math-dev
  fonts-dejavu-core xvfb xauth
  clang libclang-rt-14-dev
  # the sanitizer build links with lld: GNU ld took about twice as long on its large binaries
  lld
  ccache
  python3
  # tst_manpage formats the generated manual page
  groff-base
  # tst_report reads the text of the PDF report (pdftotext)
  poppler-utils
  libxgboost-dev
  # the black box's reference data (tests/data/blackbox_reference.py) and its benchmark peers
  python3-xgboost python3-sklearn
)

install_missing_packages() {
  local missing=()
  local pkg
  for pkg in "${LEVERSCOPE_PACKAGES[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed"; then
      missing+=("$pkg")
    fi
  done
  if [ ${#missing[@]} -eq 0 ]; then
    return 0
  fi
  echo "leverscope: installing Debian packages: ${missing[*]}"
  local sudo=""
  if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1; then
      sudo="sudo"
    else
      echo "leverscope: need root or sudo to install: ${missing[*]}" >&2
      exit 1
    fi
  fi
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

# ccache keeps compiled objects between builds and between clones: paths are hashed relative to
# the project root, so a fresh clone elsewhere reuses what an earlier build compiled.
export CCACHE_BASEDIR="$LEVERSCOPE_ROOT"
export CCACHE_NOHASHDIR=1
compiler_launcher_args() {
  if command -v ccache >/dev/null 2>&1; then
    echo "-DCMAKE_CXX_COMPILER_LAUNCHER=ccache"
  fi
}

configure_and_build() {
  local build_type="${LEVERSCOPE_BUILD_TYPE:-Release}"
  if [ ! -f "$LEVERSCOPE_BUILD/CMakeCache.txt" ]; then
    cmake -S "$LEVERSCOPE_ROOT" -B "$LEVERSCOPE_BUILD" -G Ninja \
      -DCMAKE_BUILD_TYPE="$build_type" $(compiler_launcher_args) ${LEVERSCOPE_CMAKE_ARGS:-}
  fi
  cmake --build "$LEVERSCOPE_BUILD" --parallel "$(nproc)"
}

# The sanitizer build: clang with AddressSanitizer and UndefinedBehaviorSanitizer for every
# target, the core also instrumented for libFuzzer, and the fuzz targets. Shared by
# scripts/sanitize.sh (the whole test suite) and scripts/fuzz.sh. Builds `$@` (default: all).
# -O0: with UBSan's checks inlined into Eigen's templates, -O1 compiles 2.8 times slower.
LEVERSCOPE_SANITIZE_BUILD="${LEVERSCOPE_SANITIZE_BUILD:-$LEVERSCOPE_ROOT/build-sanitize}"
configure_and_build_sanitized() {
  if [ ! -f "$LEVERSCOPE_SANITIZE_BUILD/CMakeCache.txt" ]; then
    CC=clang CXX=clang++ cmake -S "$LEVERSCOPE_ROOT" -B "$LEVERSCOPE_SANITIZE_BUILD" -G Ninja \
      -DCMAKE_BUILD_TYPE=RelWithDebInfo \
      -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O0 -gline-tables-only" \
      -DCMAKE_EXE_LINKER_FLAGS="-fuse-ld=lld" -DCMAKE_SHARED_LINKER_FLAGS="-fuse-ld=lld" \
      -DLEVERSCOPE_FUZZ=ON -DLEVERSCOPE_BUILD_BENCHMARKS=OFF $(compiler_launcher_args)
  fi
  local targets=()
  local target
  for target in "$@"; do
    targets+=(--target "$target")
  done
  cmake --build "$LEVERSCOPE_SANITIZE_BUILD" --parallel "$(nproc)" "${targets[@]}"
}

# How the sanitizers report: stop at the first error, with a stack; leaks are reported at exit.
export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=0:strict_string_checks=1:check_initialization_order=1}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}"
