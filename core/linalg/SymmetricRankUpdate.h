// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#pragma once
// C += B^T B on the lower triangle of C for a block B of rows (BLAS DSYRK 'L','T'), as tiles of C
// held in registers while the rows stream past: the work of every bootstrap replication of a
// large CSV (0.17 to 0.19 s each for 100 000 x 200). Written because Eigen's rankUpdate took about
// twice as long on such a block (128 rows, q = 201, x86-64-v3; best of 7 timings side by side).

#include <Eigen/Core>

namespace lev::core {

class SymmetricRankUpdate
{
public:
    /// The row stride the block needs for q columns: q rounded up, plus zero padding that the
    /// tiles read past the last column.
    static Eigen::Index paddedWidth(Eigen::Index q);

    /// The lower triangle of the q x q column-major `lower` += B^T B for the rows x q block B
    /// (row-major, `stride` >= paddedWidth(q), the padding zero); the strict upper triangle is
    /// left as it was.
    static void addTo(const double* block, int rows, Eigen::Index stride, Eigen::Index q,
                      double* lower);
};

} // namespace lev::core
