#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The Leverscope authors
"""Writes tests/data/blackbox_reference.csv: a small regression data set and what XGBoost's own
Python package (Debian's python3-xgboost 1.7.4) predicts for it, with its SHAP values
(pred_contribs). tst_blackbox trains the same model through XGBoost's C API and compares.

    /usr/bin/python3 tests/data/blackbox_reference.py > tests/data/blackbox_reference.csv

Columns: x1..x4, y, then prediction, shap1..shap4, shap_bias. The model: 60 rounds,
max_depth 3, eta 0.3, tree_method hist, every other parameter at XGBoost's default.
"""
import sys

import numpy as np
import xgboost as xgb

rng = np.random.default_rng(20260101)
n, p = 300, 4
z = rng.standard_normal((n, 1))
x = np.hstack([z + 0.5 * rng.standard_normal((n, 1)), rng.standard_normal((n, p - 1))])
x[:, 1] += 0.8 * x[:, 0]
y = np.sin(2 * x[:, 0]) + 0.5 * x[:, 1] ** 2 - x[:, 2] + 0.3 * rng.standard_normal(n)
# What the C++ side reads back: the numbers as printed, round-tripped exactly.
x = np.array([[float(repr(v)) for v in row] for row in x])
y = np.array([float(repr(v)) for v in y])

params = {"objective": "reg:squarederror", "tree_method": "hist", "max_depth": 3, "eta": 0.3}
booster = xgb.train(params, xgb.DMatrix(x, label=y), num_boost_round=60)
prediction = booster.predict(xgb.DMatrix(x))
shap = booster.predict(xgb.DMatrix(x), pred_contribs=True)

out = sys.stdout
out.write(",".join([f"x{j + 1}" for j in range(p)] + ["y", "prediction"] +
                   [f"shap{j + 1}" for j in range(p)] + ["shap_bias"]) + "\n")
for i in range(n):
    values = list(x[i]) + [y[i], float(prediction[i])] + [float(v) for v in shap[i]]
    out.write(",".join(repr(float(v)) for v in values) + "\n")
