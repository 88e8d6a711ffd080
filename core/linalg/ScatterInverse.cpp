// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#include "linalg/ScatterInverse.h"

#include "linalg/CodePath.h"

namespace lev::core {

namespace {

/// For the lower triangular p x p matrix G (column-major, leading dimension ld): the lower
/// triangle of S = G G^T, S(j:, j) = sum_{k <= j} G(j, k) G(j:, k), into `scatter` (p x p), and
/// (S^{-1})_jj = || column j of G^{-1} ||^2 into `inverseNorms` (p), the columns of G^{-1} by
/// forward substitution into `inverse` (p x p scratch). Both are p^3/6 multiply-adds of vector
/// updates over contiguous columns.
LEV_KERNEL_BODY void computeBody(const double* __restrict g, Eigen::Index ld, Eigen::Index p,
                                 double* __restrict scatter, double* __restrict inverse,
                                 double* __restrict inverseNorms)
{
    for (Eigen::Index j = 0; j < p; ++j) {
        double* s = scatter + j * p + j;
        const Eigen::Index length = p - j;
        for (Eigen::Index r = 0; r < length; ++r)
            s[r] = 0.0;
        for (Eigen::Index k = 0; k <= j; ++k) {
            const double* column = g + k * ld + j;
            const double a = column[0];
            for (Eigen::Index r = 0; r < length; ++r)
                s[r] += a * column[r];
        }
    }
    for (Eigen::Index j = 0; j < p; ++j) {
        double* x = inverse + j * p + j;
        const Eigen::Index length = p - j;
        for (Eigen::Index r = 0; r < length; ++r)
            x[r] = 0.0;
        x[0] = 1.0;
        for (Eigen::Index k = 0; k < length; ++k) {
            const double* column = g + (j + k) * ld + j + k;
            const double t = x[k] / column[0];
            x[k] = t;
            for (Eigen::Index r = 1; r < length - k; ++r)
                x[k + r] -= t * column[r];
        }
        double norm = 0.0;
        for (Eigen::Index r = 0; r < length; ++r)
            norm += x[r] * x[r];
        inverseNorms[j] = norm;
    }
}

#if LEV_HAS_X86_64_V3
LEV_TARGET_X86_64_V3 void computeV3(const double* __restrict g, Eigen::Index ld, Eigen::Index p,
                                    double* __restrict scatter, double* __restrict inverse,
                                    double* __restrict inverseNorms)
{
    computeBody(g, ld, p, scatter, inverse, inverseNorms);
}
#endif

void computeBaseline(const double* __restrict g, Eigen::Index ld, Eigen::Index p,
                     double* __restrict scatter, double* __restrict inverse,
                     double* __restrict inverseNorms)
{
    computeBody(g, ld, p, scatter, inverse, inverseNorms);
}

} // namespace

void ScatterInverse::compute(const double* factor, Eigen::Index stride, Eigen::Index p,
                             double* scatter, double* inverse, double* inverseDiagonal)
{
#if LEV_HAS_X86_64_V3
    if (CodePath::current() == CodePath::X86_64_V3) {
        computeV3(factor, stride, p, scatter, inverse, inverseDiagonal);
        return;
    }
#endif
    computeBaseline(factor, stride, p, scatter, inverse, inverseDiagonal);
}

} // namespace lev::core
