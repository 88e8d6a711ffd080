#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The Leverscope authors
# Writes hc3_reference.json: statsmodels' HC3 standard errors (OLS with a constant,
# cov_type="HC3") on stackloss.csv and longley.csv, the reference of tests/core/tst_hc3.cpp.
# Run once with Debian's python3-statsmodels: /usr/bin/python3 make_hc3_reference.py
import json
import os

import numpy as np
import pandas as pd
import statsmodels
import statsmodels.api as sm

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = {"stackloss.csv": "STACKLOSS", "longley.csv": "TOTEMP"}

out = {"generator": f"statsmodels {statsmodels.__version__}, numpy {np.__version__}",
       "cov_type": "HC3", "cases": {}}
for name, target in CASES.items():
    frame = pd.read_csv(os.path.join(HERE, name))
    features = [c for c in frame.columns if c != target]
    fit = sm.OLS(frame[target], sm.add_constant(frame[features])).fit(cov_type="HC3")
    out["cases"][name] = {
        "target": target,
        "features": features,
        "intercept_se": float(fit.bse["const"]),
        "standard_errors": {f: float(fit.bse[f]) for f in features},
    }
with open(os.path.join(HERE, "hc3_reference.json"), "w", encoding="utf-8") as fh:
    json.dump(out, fh, indent=2)
    fh.write("\n")
