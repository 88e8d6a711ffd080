#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The Leverscope authors
# Renders the application icon (resources/leverscope.svg) to the freedesktop sizes with
# rsvg-convert (Debian: librsvg2-bin) into resources/icons/NxN/leverscope.png. The PNGs are
# committed; run this again after changing the SVG. rsvg-convert writes no time stamp, so the
# output is the same on every run.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
root="$LEVERSCOPE_ROOT"
LEVERSCOPE_PACKAGES=(librsvg2-bin)
install_missing_packages
for size in 16 32 48 64 128 256; do
  mkdir -p "$root/resources/icons/${size}x${size}"
  rsvg-convert --width "$size" --height "$size" --keep-aspect-ratio \
    --output "$root/resources/icons/${size}x${size}/leverscope.png.partial" \
    "$root/resources/leverscope.svg"
  mv "$root/resources/icons/${size}x${size}/leverscope.png.partial" \
    "$root/resources/icons/${size}x${size}/leverscope.png"
done
echo "make-icons: wrote resources/icons/{16,32,48,64,128,256}x*/leverscope.png"
