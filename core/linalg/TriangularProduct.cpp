// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#include "linalg/TriangularProduct.h"

#include "linalg/CodePath.h"

namespace lev::core {

namespace {

/// A sum of the columns of L scaled by x, from the last column to the first: when column k is
/// added, x_k still holds its input (only columns k' < k, added later, write to it), and the
/// columns are contiguous.
LEV_KERNEL_BODY void lowerInPlaceBody(const double* __restrict lower, Eigen::Index stride,
                                      Eigen::Index n, double* __restrict x)
{
    for (Eigen::Index k = n - 1; k >= 0; --k) {
        const double* column = lower + k * stride + k;
        const double t = x[k];
        x[k] = column[0] * t;
        for (Eigen::Index i = 1; i < n - k; ++i)
            x[k + i] += t * column[i];
    }
}

#if LEV_HAS_X86_64_V3
LEV_TARGET_X86_64_V3 void lowerInPlaceV3(const double* __restrict lower, Eigen::Index stride,
                                         Eigen::Index n, double* __restrict x)
{
    lowerInPlaceBody(lower, stride, n, x);
}
#endif

void lowerInPlaceBaseline(const double* __restrict lower, Eigen::Index stride, Eigen::Index n,
                          double* __restrict x)
{
    lowerInPlaceBody(lower, stride, n, x);
}

} // namespace

void TriangularProduct::lowerInPlace(const double* lower, Eigen::Index stride, Eigen::Index n,
                                     double* x)
{
#if LEV_HAS_X86_64_V3
    if (CodePath::current() == CodePath::X86_64_V3) {
        lowerInPlaceV3(lower, stride, n, x);
        return;
    }
#endif
    lowerInPlaceBaseline(lower, stride, n, x);
}

} // namespace lev::core
