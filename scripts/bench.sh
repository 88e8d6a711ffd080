#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The Leverscope authors
# Times Leverscope's core recompute against the NumPy performance peer (docs/math.md §7),
# side by side in one run, for the default workload (latent, n = 1000, p = 50, k = 3, R = 200)
# and the large one (n = 10000, p = 200, R = 20); checks that both computed the same thing
# (z-scores within Monte-Carlo error, with the peer's own loadings L), then runs the GUI latency
# benchmark. Installs what is missing (Debian 12), builds in $LEVERSCOPE_BUILD (default
# build-bench, Release).
#
#   scripts/bench.sh                 everything
#   BENCH_REPEAT=9 scripts/bench.sh  more timed repetitions per side (default 5)
#   BENCH_SKIP_GUI=1 ...             without the GUI latency benchmark
# The summary is also written as JSON to $LEVERSCOPE_BUILD/bench-results.json.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export LEVERSCOPE_BUILD="${LEVERSCOPE_BUILD:-$ROOT/build-bench}"
source "$ROOT/scripts/common.sh"

# The peer's Debian packages (its docstring) on top of the project's own.
LEVERSCOPE_PACKAGES+=(python3-numpy python3-sklearn python3-matplotlib libopenblas0-pthread)
install_missing_packages

if [ ! -f "$LEVERSCOPE_BUILD/CMakeCache.txt" ]; then
  cmake -S "$ROOT" -B "$LEVERSCOPE_BUILD" -G Ninja -DCMAKE_BUILD_TYPE=Release
fi
if ! grep -q '^CMAKE_BUILD_TYPE:STRING=Release$' "$LEVERSCOPE_BUILD/CMakeCache.txt"; then
  echo "bench: $LEVERSCOPE_BUILD is not a Release build; set LEVERSCOPE_BUILD to another directory" >&2
  exit 1
fi
cmake --build "$LEVERSCOPE_BUILD" --parallel "$(nproc)" --target leverscope bench_gui_latency bench_design

PEER="${PEER:-$ROOT/../shared/peers/numpy_peer.py}"
PYTHON=/usr/bin/python3 # Debian's Python, which sees the Debian packages
LEVERSCOPE="$LEVERSCOPE_BUILD/bin/leverscope"
REPEAT="${BENCH_REPEAT:-5}"
OUT="$LEVERSCOPE_BUILD/bench"
mkdir -p "$OUT"

echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ //')"
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"

# run_workload NAME N P K REPS: the peer, then Leverscope on the peer's loadings.
run_workload() {
  local name=$1 n=$2 p=$3 k=$4 reps=$5
  "$PYTHON" "$ROOT/scripts/peer_loadings.py" --peer "$PEER" --p "$p" --k "$k" --seed 1 \
    --out "$OUT/$name-loadings.csv"
  echo "== $name: n=$n p=$p k=$k R=$reps, $REPEAT repetitions each"
  "$PYTHON" "$PEER" --n "$n" --n-test 1000 --p "$p" --k "$k" --reps "$reps" --seed 1 \
    --repeat "$REPEAT" > "$OUT/$name-peer.json"
  "$LEVERSCOPE" bench --n "$n" --n-test 1000 --p "$p" --k "$k" --reps "$reps" --seed 1 \
    --repeat "$REPEAT" --loadings "$OUT/$name-loadings.csv" > "$OUT/$name-leverscope.json"
  # The peer's CPU time per recompute (all its threads), with its own functions and arguments:
  # on a loaded machine wall times swing, the work each side does does not.
  "$PYTHON" - "$PEER" "$n" "$p" "$k" "$reps" "$REPEAT" > "$OUT/$name-peer-cpu.json" <<'PY'
import argparse, importlib.util, json, statistics, sys, time
import numpy as np
spec = importlib.util.spec_from_file_location("numpy_peer", sys.argv[1])
peer = importlib.util.module_from_spec(spec)
spec.loader.exec_module(peer)
n, p, k, reps, repeat = (int(x) for x in sys.argv[2:7])
a = argparse.Namespace(n=n, n_test=1000, p=p, k=k, levers=2, reps=reps, collinearity=0.9,
                       noise=1.0, seed=1)
rng = np.random.default_rng(a.seed)
L = peer.latent_loadings(p, k, rng)
beta = np.zeros(p)
beta[:a.levers] = 1.0
cpu = []
for _ in range(repeat):
    t0 = time.process_time()
    peer.recompute_numpy(a, rng, L, beta)
    cpu.append(time.process_time() - t0)
print(json.dumps({"cpu_seconds_median": statistics.median(cpu)}))
PY
  echo "peer:       $(tr -d '\n' < "$OUT/$name-peer.json" | tr -s ' ')"
  echo "peer CPU:   $(cat "$OUT/$name-peer-cpu.json")"
  echo "leverscope: $(tr -d '\n' < "$OUT/$name-leverscope.json" | tr -s ' ')"
}

run_workload default 1000 50 3 200
run_workload large 10000 200 3 20

# Agreement over more seeds (default workload, one recompute each): the peer with seed s draws
# its own loadings L_s, Leverscope runs seed s on L_s. With |z| ~ N(0, 1) the RMS of all z-scores
# should be about 1.
AGREEMENT_SEEDS="${BENCH_AGREEMENT_SEEDS:-2 3 4 5 6}"
rm -f "$OUT"/agreement-*.json
for seed in $AGREEMENT_SEEDS; do
  "$PYTHON" "$ROOT/scripts/peer_loadings.py" --peer "$PEER" --p 50 --k 3 --seed "$seed" \
    --out "$OUT/agreement-$seed-loadings.csv"
  "$PYTHON" "$PEER" --seed "$seed" --repeat 1 > "$OUT/agreement-$seed-peer.json"
  "$LEVERSCOPE" bench --seed "$seed" --repeat 1 --loadings "$OUT/agreement-$seed-loadings.csv" \
    > "$OUT/agreement-$seed-leverscope.json"
done

rm -f "$OUT/gui-latency.json"
if [ -z "${BENCH_SKIP_GUI:-}" ]; then
  echo "== GUI latency (offscreen, 200 slider values)"
  QT_QPA_PLATFORM=offscreen "$LEVERSCOPE_BUILD/bin/bench_gui_latency" > "$OUT/gui-latency.json"
  cat "$OUT/gui-latency.json"
fi
echo "== experiment design: one recompute, R = 200 (median of $REPEAT)"
"$LEVERSCOPE_BUILD/bin/bench_design" --repeat "$REPEAT" | tee "$OUT/design.txt"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"

# Ratios and agreement. z = (ours - peer) / SE with SE^2 = sd^2/R_ours + sd^2/R_peer, sd the SD
# across Leverscope's replications (the peer does not print its own; both sample the same
# model), plus for R^2 the variance of the peer's finite test set (r2_*_test_sd^2), which is
# shared by all its replications and does not shrink with R.
"$PYTHON" - "$OUT" "$LEVERSCOPE_BUILD/bench-results.json" <<'PY'
import json, math, os, sys
out, results_path = sys.argv[1], sys.argv[2]
keys = ["r2_observational_mean", "r2_interventional_mean", "beta_abs_error_mean",
        "largest_eigenvalue_mean", "smallest_eigenvalue_mean", "vif_max_mean"]
summary = {"load_average": open("/proc/loadavg").read().split()[:3]}


def z_score(ours, peer, key):
    sd = ours[key.replace("_mean", "_sd")]
    variance = sd * sd / ours["reps"] + sd * sd / peer["reps"]
    test_key = key.replace("_mean", "_test_sd")
    if ours.get(test_key) is not None:
        variance += ours[test_key] ** 2
    return (ours[key] - peer[key]) / math.sqrt(variance)


worst = 0.0
for name in ("default", "large"):
    peer = json.load(open(os.path.join(out, name + "-peer.json")))
    ours = json.load(open(os.path.join(out, name + "-leverscope.json")))
    peer_cpu = json.load(open(os.path.join(out, name + "-peer-cpu.json")))
    entry = {
        "peer_seconds_median": peer["seconds_median"], "peer_seconds_min": peer["seconds_min"],
        "leverscope_seconds_median": ours["seconds_median"],
        "leverscope_seconds_min": ours["seconds_min"],
        "ratio_median": peer["seconds_median"] / ours["seconds_median"],
        "ratio_min": peer["seconds_min"] / ours["seconds_min"],
        "peer_cpu_seconds_median": peer_cpu["cpu_seconds_median"],
        "leverscope_cpu_seconds_median": ours["cpu_seconds_median"],
        "cpu_ratio": peer_cpu["cpu_seconds_median"] / ours["cpu_seconds_median"],
        "z": {},
    }
    print("%s: peer %.4f s, leverscope %.5f s (median of %d): %.1fx faster (min: %.1fx)" % (
        name, peer["seconds_median"], ours["seconds_median"], len(ours["seconds"]),
        entry["ratio_median"], entry["ratio_min"]))
    print("  CPU time per recompute: peer %.4f s, leverscope %.5f s: %.1fx less work" % (
        entry["peer_cpu_seconds_median"], entry["leverscope_cpu_seconds_median"],
        entry["cpu_ratio"]))
    for key in keys:
        z = z_score(ours, peer, key)
        entry["z"][key] = z
        worst = max(worst, abs(z))
        print("  %-26s leverscope %-12.6g peer %-12.6g z = %+.2f" % (key, ours[key], peer[key], z))
    summary[name] = entry
import glob
seeds = sorted(int(os.path.basename(f).split("-")[1])
               for f in glob.glob(os.path.join(out, "agreement-*-peer.json")))
if seeds:
    every = []
    summary["agreement_seeds"] = {}
    print("agreement over seeds %s (default workload, one recompute each):" % seeds)
    for key in keys:
        zs = []
        for seed in seeds:
            peer = json.load(open(os.path.join(out, "agreement-%d-peer.json" % seed)))
            ours = json.load(open(os.path.join(out, "agreement-%d-leverscope.json" % seed)))
            zs.append(z_score(ours, peer, key))
        every += zs
        summary["agreement_seeds"][key] = zs
        print("  %-26s z = %s" % (key, " ".join("%+.2f" % z for z in zs)))
    rms = math.sqrt(sum(z * z for z in every) / len(every))
    summary["agreement_seeds_rms_z"] = rms
    print("  RMS of %d z-scores = %.2f (about 1 when both sample the same distribution)" % (
        len(every), rms))
gui = os.path.join(out, "gui-latency.json")
if os.path.exists(gui):
    summary["gui_latency"] = json.load(open(gui))
json.dump(summary, open(results_path, "w"), indent=2)
print("largest |z| = %.2f (agreement within Monte-Carlo error: |z| < 3)" % worst)
print("written: " + results_path)
PY
