// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#include "linalg/SymmetricRankUpdate.h"

#include "linalg/CodePath.h"

#include <cstring>

namespace lev::core {

namespace {

// A product tile: Vectors x Lanes rows by Columns columns of C held in registers while the block's
// rows stream past; the tile's columns of the block stay in the L1 cache. x86-64-v3 has 16
// registers of four doubles: 2 x 4 by 6 (12 accumulators); the SSE2 baseline 16 of two: 2 x 2 by
// 6. Each entry sums the rows in the same order whatever the tile.
constexpr int kWidestTileRows = 8;
constexpr int kTileColumns = 6;

using Vector2 = double __attribute__((vector_size(2 * sizeof(double))));
using Vector4 = double __attribute__((vector_size(4 * sizeof(double))));

template <typename Vector, int Vectors>
LEV_KERNEL_BODY void addToBody(const double* __restrict block, int rows, Eigen::Index stride,
                               Eigen::Index q, double* __restrict scatter)
{
    constexpr int Lanes = static_cast<int>(sizeof(Vector) / sizeof(double));
    constexpr int kTileRows = Lanes * Vectors;
    static_assert(kWidestTileRows % kTileRows == 0, "paddedWidth() covers the tile");
    for (Eigen::Index a0 = 0; a0 < q; a0 += kTileRows) {
        for (Eigen::Index b0 = 0; b0 < q && b0 < a0 + kTileRows; b0 += kTileColumns) {
            Vector sum[Vectors][kTileColumns] = {};
            for (int k = 0; k < rows; ++k) {
                const double* row = block + k * stride;
                Vector a[Vectors];
                for (int v = 0; v < Vectors; ++v)
                    std::memcpy(&a[v], row + a0 + v * Lanes, sizeof(Vector));
                for (int j = 0; j < kTileColumns; ++j) {
                    const double c = row[b0 + j];
                    for (int v = 0; v < Vectors; ++v)
                        sum[v][j] += a[v] * c;
                }
            }
            for (int j = 0; j < kTileColumns; ++j) {
                for (int i = 0; i < kTileRows; ++i) {
                    if (a0 + i < q && b0 + j <= a0 + i)
                        scatter[(b0 + j) * q + a0 + i] += sum[i / Lanes][j][i % Lanes];
                }
            }
        }
    }
}

#if LEV_HAS_X86_64_V3
LEV_TARGET_X86_64_V3 void addToV3(const double* __restrict block, int rows, Eigen::Index stride,
                                  Eigen::Index q, double* __restrict scatter)
{
    addToBody<Vector4, 2>(block, rows, stride, q, scatter);
}
#endif

void addToBaseline(const double* __restrict block, int rows, Eigen::Index stride, Eigen::Index q,
                   double* __restrict scatter)
{
    addToBody<Vector2, 2>(block, rows, stride, q, scatter);
}

} // namespace

Eigen::Index SymmetricRankUpdate::paddedWidth(Eigen::Index q)
{
    // A tile reads up to the multiple of its rows above q, and kTileColumns - 1 past column q - 1.
    return (q + kTileColumns + kWidestTileRows - 1) / kWidestTileRows * kWidestTileRows;
}

void SymmetricRankUpdate::addTo(const double* block, int rows, Eigen::Index stride, Eigen::Index q,
                                double* lower)
{
#if LEV_HAS_X86_64_V3
    if (CodePath::current() == CodePath::X86_64_V3) {
        addToV3(block, rows, stride, q, lower);
        return;
    }
#endif
    addToBaseline(block, rows, stride, q, lower);
}

} // namespace lev::core
