#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The Leverscope authors
"""Writes the large-import benchmark file: N rows of y and p features x0..x{p-1} sharing one
factor (pairwise correlation about 0.5), y = x0 - 0.5 x1 + noise. Deterministic (seed 1).
Usage: scripts/make_large_csv.py OUT.csv [ROWS=100000] [FEATURES=200]"""
import random
import sys

def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    out = sys.argv[1]
    rows = int(sys.argv[2]) if len(sys.argv) > 2 else 100000
    p = int(sys.argv[3]) if len(sys.argv) > 3 else 200
    random.seed(1)
    with open(out, "w") as f:
        f.write(",".join(["y"] + ["x%d" % j for j in range(p)]) + "\n")
        for _ in range(rows):
            z = random.gauss(0, 1)
            xs = [0.7 * z + 0.71 * random.gauss(0, 1) for _ in range(p)]
            y = xs[0] - 0.5 * xs[1] + random.gauss(0, 1)
            f.write("%.6g," % y + ",".join("%.6g" % x for x in xs) + "\n")

if __name__ == "__main__":
    main()
