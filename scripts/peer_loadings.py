#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The Leverscope authors
"""Writes the latent loadings L that the performance peer (numpy_peer.py) uses for a seed, as CSV
(a header row L1..Lk, then p rows), for `leverscope bench --loadings FILE`: with the same L both
sides simulate the same structural model, and their results can be compared within Monte-Carlo
error. It calls the peer's own latent_loadings() with np.random.default_rng(seed), its first
draw, exactly as the peer's main() does.

Usage: /usr/bin/python3 scripts/peer_loadings.py --p 50 --k 3 --seed 1 --out L.csv
       [--peer ../shared/peers/numpy_peer.py]
"""
import argparse
import importlib.util
import os
import sys

import numpy as np


def load_peer(path):
    spec = importlib.util.spec_from_file_location("numpy_peer", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    default_peer = os.path.normpath(os.path.join(here, "..", "..", "shared", "peers",
                                                 "numpy_peer.py"))
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--p", type=int, default=50)
    ap.add_argument("--k", type=int, default=3)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--out", required=True, help="the CSV file to write")
    ap.add_argument("--peer", default=default_peer, help="path of numpy_peer.py")
    a = ap.parse_args()

    peer = load_peer(a.peer)
    rng = np.random.default_rng(a.seed)
    loadings = peer.latent_loadings(a.p, a.k, rng)
    tmp = a.out + ".tmp"
    with open(tmp, "w", encoding="utf-8") as f:
        f.write(",".join("L%d" % (j + 1) for j in range(a.k)) + "\n")
        for row in loadings:
            f.write(",".join(repr(float(x)) for x in row) + "\n")
    os.replace(tmp, a.out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
