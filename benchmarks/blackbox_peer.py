#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The Leverscope authors
"""Times the black box's learner beside its peers on the same data (docs/math.md §9):
Leverscope's XGBoost fit + SHAP through the C API (bench_blackbox), XGBoost's Python package
(xgb.train + pred_contribs, nthread 1) and scikit-learn's GradientBoostingRegressor (fit only; it has no
TreeSHAP), for n = 1000, 5000 and p = 10, 50; 200 trees of depth 4, eta 0.1; median CPU seconds of each process. Needs Debian's
python3-xgboost and python3-sklearn.

    /usr/bin/python3 benchmarks/blackbox_peer.py build/bin/bench_blackbox [REPEATS]
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
    """Median CPU seconds of this process (on a shared machine fairer than the wall clock)."""
    times = []
    for _ in range(repeats):
        start = time.process_time()
        fn()
        times.append(time.process_time() - start)
    return sorted(times)[len(times) // 2]


def main():
    binary = sys.argv[1]
    repeats = int(sys.argv[2]) if len(sys.argv) > 2 else 3
    rng = np.random.default_rng(7)
    results = []
    for n in (1000, 5000):
        for p in (10, 50):
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
            gbr = GradientBoostingRegressor(n_estimators=TREES, max_depth=DEPTH, learning_rate=ETA)
            sk_fit = median_time(lambda: gbr.fit(x, y), 1 if n * p > 100000 else repeats)
            row = {"n": n, "p": p, "leverscope_fit_cpu_s": ours["fit_cpu_s"], "leverscope_shap_cpu_s": ours["shap_cpu_s"],
                   "xgboost_python_fit_cpu_s": xgb_fit, "xgboost_python_shap_cpu_s": xgb_shap,
                   "sklearn_gbr_fit_cpu_s": sk_fit,
                   "leverscope_first_result_cpu_s": ours["first_result_proxy_cpu_s"],
                   "leverscope_first_result_wall_s": ours["first_result_proxy_s"]}
            results.append(row)
            print(json.dumps(row), flush=True)


if __name__ == "__main__":
    main()
