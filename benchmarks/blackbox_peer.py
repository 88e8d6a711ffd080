#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The Leverscope authors
"""Times the black box's learner beside its peers on the same data (docs/math.md §9):
Leverscope's XGBoost fit + SHAP through the C API (bench_blackbox, SHAP on one and two threads),
XGBoost's Python package (xgb.train with nthread 1; pred_contribs on one and two threads) and
scikit-learn's GradientBoostingRegressor (fit only; it has no TreeSHAP; not at p = 200, where
one fit takes minutes), for n = 1000, 5000 and p = 10, 50, 200; 200 trees of depth 4, eta 0.1.
bench_blackbox also times the mode's first feedback, first full result and first SHAP. Median
wall and CPU seconds of each process. Needs Debian's python3-xgboost and python3-sklearn.

    /usr/bin/python3 benchmarks/blackbox_peer.py build/bin/bench_blackbox [REPEATS [NxP,...]]
"""
import json
import os
import subprocess
import sys
import tempfile
import time

import numpy as np
import xgboost as xgb
from sklearn.ensemble import GradientBoostingRegressor

TREES, DEPTH, ETA = 200, 4, 0.1


def median_time(fn, repeats):
    """Median (wall, CPU) seconds of this process; on a shared machine the CPU time is fairer."""
    walls, cpus = [], []
    for _ in range(repeats):
        start, cpu = time.perf_counter(), time.process_time()
        fn()
        walls.append(time.perf_counter() - start)
        cpus.append(time.process_time() - cpu)
    return sorted(walls)[len(walls) // 2], sorted(cpus)[len(cpus) // 2]


def main():
    binary = sys.argv[1]
    most = int(sys.argv[2]) if len(sys.argv) > 2 else 3
    rng = np.random.default_rng(7)
    results = []
    sizes = [(n, p) for n in (1000, 5000) for p in (10, 50, 200)]
    if len(sys.argv) > 3:
        sizes = [tuple(int(v) for v in size.split("x")) for size in sys.argv[3].split(",")]
    for n, p in sizes:
        repeats = most if n * p <= 50000 else 1
        z = rng.standard_normal((n, 1))
        x = np.sqrt(0.9) * z + np.sqrt(0.1) * rng.standard_normal((n, p))
        y = x[:, 0] + np.sin(x[:, 1]) + rng.standard_normal(n)
        with tempfile.NamedTemporaryFile("w", suffix=".csv", delete=False) as fh:
            for i in range(n):
                fh.write(",".join(repr(float(v)) for v in list(x[i]) + [y[i]]) + "\n")
            path = fh.name
        ours = json.loads(subprocess.run([binary, path, str(TREES), str(DEPTH), str(ETA), str(repeats)],
                                         check=True, capture_output=True, text=True).stdout)
        os.unlink(path)
        params = {"objective": "reg:squarederror", "tree_method": "hist", "max_depth": DEPTH, "eta": ETA,
                  "nthread": 1}  # like Leverscope's default; the model does not depend on it
        dtrain = xgb.DMatrix(x, label=y)
        booster = None

        def fit_xgb():
            nonlocal booster
            booster = xgb.train(params, xgb.DMatrix(x, label=y), num_boost_round=TREES)

        xgb_fit = median_time(fit_xgb, repeats)
        xgb_shap = median_time(lambda: booster.predict(dtrain, pred_contribs=True), repeats)
        booster.set_param({"nthread": 2})
        xgb_shap2 = median_time(lambda: booster.predict(dtrain, pred_contribs=True), repeats)
        row = {"n": n, "p": p, "leverscope": ours,
               "xgboost_python_fit_s": xgb_fit[0], "xgboost_python_fit_cpu_s": xgb_fit[1],
               "xgboost_python_shap_s": xgb_shap[0], "xgboost_python_shap_cpu_s": xgb_shap[1],
               "xgboost_python_shap_2threads_s": xgb_shap2[0],
               "xgboost_python_shap_2threads_cpu_s": xgb_shap2[1]}
        if p < 200:
            gbr = GradientBoostingRegressor(n_estimators=TREES, max_depth=DEPTH, learning_rate=ETA)
            sk_fit = median_time(lambda: gbr.fit(x, y), 1 if n * p > 100000 else repeats)
            row["sklearn_gbr_fit_s"], row["sklearn_gbr_fit_cpu_s"] = sk_fit
        results.append(row)
        print(json.dumps(row), flush=True)


if __name__ == "__main__":
    main()
