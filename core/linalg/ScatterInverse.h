// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#pragma once
// From the lower triangular Cholesky factor G of a scatter: S = G G^T (as BLAS DSYRK / LAPACK
// DLAUUM) and diag(S^{-1}) = the squared column norms of G^{-1} (LAPACK DTRTRI, then the diagonal
// of DPOTRI's G^{-T} G^{-1}), p^3/6 multiply-adds each. Replaces Eigen's rank update (its GEMM
// kernel, with the product M T, was 27 % of a recompute's instructions, callgrind) and an LLT with
// a dense triangular inverse for the VIFs; both together are now 16 %.

#include <Eigen/Core>

namespace lev::core {

class ScatterInverse
{
public:
    /// For the lower triangle of the p x p column-major `factor` G (leading dimension `stride`):
    /// writes the lower triangle of S = G G^T into `scatter` (p x p, column-major; the strict
    /// upper triangle is left as it was), (S^{-1})_jj into `inverseDiagonal` (p), and the lower
    /// triangle of G^{-1} into `inverse` (p x p scratch). G must have a nonzero diagonal.
    static void compute(const double* factor, Eigen::Index stride, Eigen::Index p, double* scatter,
                        double* inverse, double* inverseDiagonal);
};

} // namespace lev::core
