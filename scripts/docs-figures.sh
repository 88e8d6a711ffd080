#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The Leverscope authors
# Regenerates docs/figures/ from the program itself: the AppStream screenshots and the figures
# of the lecturer's guide (docs/teaching.md). Every state is given in full (generator, c, n, R,
# seed), the program runs offscreen with configuration folders of its own (no remembered text
# size or theme), and Qt writes PNGs without time stamps, so two runs give byte-identical files.
#
#   scripts/docs-figures.sh [PATH/leverscope]      # default: build/bin/leverscope
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
bin="${1:-$root/build/bin/leverscope}"
out="$root/docs/figures"
if [ ! -x "$bin" ]; then
  echo "docs-figures: no program at $bin; build first (scripts/run.sh or cmake --build build)" >&2
  exit 1
fi

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/runtime" "$out"
chmod 700 "$work/runtime"
export XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data" XDG_CACHE_HOME="$work/cache"
export XDG_RUNTIME_DIR="$work/runtime" QT_QPA_PLATFORM=offscreen LC_ALL=C.UTF-8
unset DISPLAY WAYLAND_DISPLAY

# The presets' settings, spelled out (a state equal to a preset's tells its story). An option
# given again later overrides the earlier value.
proxy=(--generator proxy --collinearity 0.9 --noise 1 --n 200 --reps 200 --seed 1)
confounder=(--generator confounder --collinearity 0.5 --noise 1 --n 200 --reps 200 --seed 1)
hdl=(--generator proxy --collinearity 0.95 --noise 1 --n 300 --reps 200 --seed 6)

# screenshot NAME SIZE ARGS...: the main window (or, with --presentation, the presentation).
screenshot() {
  local name="$1" size="$2"
  shift 2
  "$bin" "$@" --size "$size" --screenshot "$work/$name.png"
  mv "$work/$name.png" "$out/$name.png"
  echo "  $name.png"
}

# plot NAME PLOT ARGS...: one plot of `leverscope export` (800 x 600).
plot() {
  local name="$1" which="$2"
  shift 2
  rm -rf "$work/export"
  "$bin" export "$@" --out "$work/export" --format png >/dev/null
  mv "$work/export/$which.png" "$out/$name.png"
  echo "  $name.png"
}

echo "docs-figures: writing $out"
echo "AppStream screenshots"
screenshot screenshot-proxy 1600x1000 "${proxy[@]}"
screenshot screenshot-presentation 1600x1000 "${confounder[@]}" --presentation
screenshot screenshot-data 1600x1000 --example longley

echo "Lesson 1: prediction is not knowing the levers"
screenshot lesson1-window-c0 1600x1000 "${proxy[@]}" --collinearity 0
plot lesson1-scoreboard-c0 scoreboard "${proxy[@]}" --collinearity 0
plot lesson1-weights-c0 weights "${proxy[@]}" --collinearity 0
plot lesson1-scoreboard-c099 scoreboard "${proxy[@]}" --collinearity 0.99
plot lesson1-weights-c099 weights "${proxy[@]}" --collinearity 0.99
plot lesson1-spectrum-c099 spectrum "${proxy[@]}" --collinearity 0.99
plot lesson1-sweep sweep "${proxy[@]}"
plot lesson1-scatter-c099 scatter "${proxy[@]}" --collinearity 0.99
screenshot lesson1-presentation-proxy 1600x1000 "${proxy[@]}" --presentation

echo "Lesson 2: confounding"
plot lesson2-weights-n200 weights "${confounder[@]}"
plot lesson2-weights-n5000 weights "${confounder[@]}" --n 5000
plot lesson2-effects effects "${confounder[@]}"
plot lesson2-graph causalGraph "${confounder[@]}"
# The designer and the black box keep their own settings: a session file gives them in full.
# session NAME MODE JSON: a session holding the proxy as the simulation and MODE's settings.
session() {
  printf '{"format": "leverscope-session", "version": 1, "settings": {"generator": "proxy"}, "%s": %s}\n' \
    "$2" "$3" >"$work/$1.leverscope"
  echo "$work/$1.leverscope"
}
# The presets "randomize the lever under confounding" and "the proxy under a black box".
design_lever="$(session design-lever design '{"generator": "confounder", "collinearity": 0.9,
  "noise": 1, "effect": 1, "confounding": 1, "p": 2, "seed": 1, "n": 1000, "fraction": 0.3,
  "randomize": [1], "reps": 200}')"
design_both="$(session design-both design '{"generator": "confounder", "collinearity": 0.9,
  "noise": 1, "effect": 1, "confounding": 1, "p": 2, "seed": 1, "n": 1000, "fraction": 0.3,
  "randomize": [1, 2], "reps": 200}')"
blackbox_proxy="$(session blackbox-proxy blackbox '{"generator": "proxy", "collinearity": 0.999,
  "noise": 1, "n": 1000, "reps": 10, "seed": 1, "trees": 200, "depth": 4, "learning_rate": 0.1,
  "pdp_feature": 2}')"
blackbox_curved="$(session blackbox-curved blackbox '{"generator": "curved", "collinearity": 0.9,
  "noise": 0.5, "n": 1000, "reps": 10, "seed": 1, "trees": 200, "depth": 4, "learning_rate": 0.1,
  "pdp_feature": 2}')"
screenshot lesson2-design 1600x1000 --mode design --session "$design_lever"
screenshot lesson2-design-both 1600x1000 --mode design --session "$design_both"
screenshot lesson2-design-presentation 1600x1000 --mode design --session "$design_lever" --presentation

echo "Lesson 3: the black box"
screenshot lesson3-blackbox-proxy 1600x1000 --mode blackbox --session "$blackbox_proxy"
screenshot lesson3-blackbox-curved 1600x1000 --mode blackbox --session "$blackbox_curved"
screenshot lesson3-blackbox-presentation 1600x1000 --mode blackbox --session "$blackbox_proxy" --presentation
echo "docs-figures: done"
