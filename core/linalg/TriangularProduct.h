// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#pragma once
// x <- L x in place for a lower triangular L (BLAS DTRMV 'L','N','N'); column by column it forms
// G = M T of two lower triangular matrices (DTRMM) in q^3/6 multiply-adds. Hand-written because
// the dense Eigen product M T and its rank update were 27 % of a recompute's instructions
// (callgrind); this product is now 11 %.

#include <Eigen/Core>

namespace lev::core {

class TriangularProduct
{
public:
    /// x[0..n) <- L x for the lower triangle of the n x n column-major `lower` with leading
    /// dimension `stride` (the strict upper triangle is not read).
    static void lowerInPlace(const double* lower, Eigen::Index stride, Eigen::Index n, double* x);
};

} // namespace lev::core
