// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#include "exploration/WeightedScatter.h"

#include "linalg/Multiversion.h"

#include <algorithm>
#include <cassert>
#include <cmath>
#include <cstring>

namespace lev::core {

namespace {

// A product tile: kTileRows x kTileColumns entries of the scatter held in registers (as vectors of
// four doubles, one instruction each on AVX2, two on SSE2) while a block of kBlockRows rows streams
// past; the tile's kTileRows columns of the block stay in the L1 cache.
constexpr int kBlockRows = 128;
constexpr int kTileRows = 8;
constexpr int kTileColumns = 6;

using Vector4 = double __attribute__((vector_size(4 * sizeof(double))));

Eigen::Index paddedWidth(Eigen::Index q)
{
    return (q + kTileColumns + kTileRows - 1) / kTileRows * kTileRows;
}

/// The lower triangle of the q x q column-major `scatter` += B^T B for the rows x q block B
/// (row-major, `stride` >= paddedWidth(q), zero padded): per row of B, two vectors of kTileRows
/// entries times kTileColumns broadcast entries.
LEV_MULTIVERSION void addLowerProduct(const double* __restrict block, int rows, Eigen::Index stride,
                                      Eigen::Index q, double* __restrict scatter)
{
    for (Eigen::Index a0 = 0; a0 < q; a0 += kTileRows) {
        for (Eigen::Index b0 = 0; b0 < q && b0 < a0 + kTileRows; b0 += kTileColumns) {
            Vector4 low[kTileColumns] = {};
            Vector4 high[kTileColumns] = {};
            for (int k = 0; k < rows; ++k) {
                const double* row = block + k * stride;
                Vector4 a, b;
                std::memcpy(&a, row + a0, sizeof a);
                std::memcpy(&b, row + a0 + 4, sizeof b);
                for (int j = 0; j < kTileColumns; ++j) {
                    const double c = row[b0 + j];
                    low[j] += a * c;
                    high[j] += b * c;
                }
            }
            for (int j = 0; j < kTileColumns; ++j) {
                for (int i = 0; i < kTileRows; ++i) {
                    if (a0 + i < q && b0 + j <= a0 + i)
                        scatter[(b0 + j) * q + a0 + i] += i < 4 ? low[j][i] : high[j][i - 4];
                }
            }
        }
    }
}

} // namespace

WeightedScatter::WeightedScatter(const Eigen::MatrixXd& features, const Eigen::VectorXd& target)
    : m_features(features), m_target(target),
      m_block(Eigen::MatrixXd::Zero(paddedWidth(features.cols() + 1), kBlockRows))
{
    assert(features.rows() == target.size());
}

const double* WeightedScatter::column(Eigen::Index j) const
{
    return j < m_features.cols() ? m_features.col(j).data() : m_target.data();
}

Eigen::VectorXd WeightedScatter::centre() const
{
    const Eigen::Index p = m_features.cols();
    Eigen::VectorXd mean = Eigen::VectorXd::Zero(p + 1);
    if (m_target.size() == 0)
        return mean;
    for (Eigen::Index j = 0; j <= p; ++j) {
        const Eigen::Map<const Eigen::VectorXd> values(column(j), m_target.size());
        const double first = values[0];
        mean[j] = (values.array() == first).all() ? first : values.mean();
    }
    return mean;
}

Eigen::VectorXd WeightedScatter::addScatter(const int* rows, const double* weights, int count,
                                            const Eigen::VectorXd& centre, Eigen::MatrixXd& scatter)
{
    const Eigen::Index p = m_features.cols();
    const Eigen::Index q = p + 1;
    assert(centre.size() == q && scatter.rows() == q && scatter.cols() == q);
    Eigen::VectorXd offset = Eigen::VectorXd::Zero(q);
    const Eigen::Index stride = m_block.rows();
    double scale[kBlockRows];
    for (int start = 0; start < count; start += kBlockRows) {
        const int length = std::min(kBlockRows, count - start);
        const int* blockRows = rows + start;
        for (int k = 0; k < length; ++k)
            scale[k] = weights ? std::sqrt(weights[start + k]) : 1.0;
        // kTileRows columns at a time, row by row: every piece written is contiguous and the
        // columns are read in ascending rows.
        for (Eigen::Index j0 = 0; j0 < q; j0 += kTileRows) {
            const int width = static_cast<int>(std::min<Eigen::Index>(kTileRows, q - j0));
            const double* values[kTileRows];
            double c[kTileRows];
            double sum[kTileRows] = {};
            for (int j = 0; j < width; ++j) {
                values[j] = column(j0 + j);
                c[j] = centre[j0 + j];
            }
            for (int k = 0; k < length; ++k) {
                const int row = blockRows[k];
                const double weight = weights ? weights[start + k] : 1.0;
                double* out = m_block.data() + k * stride + j0;
                for (int j = 0; j < width; ++j) {
                    const double deviation = values[j][row] - c[j];
                    out[j] = scale[k] * deviation;
                    sum[j] += weight * deviation;
                }
            }
            for (int j = 0; j < width; ++j)
                offset[j0 + j] += sum[j];
        }
        addLowerProduct(m_block.data(), length, stride, q, scatter.data());
    }
    return offset;
}

Eigen::VectorXd WeightedScatter::recentre(const Eigen::VectorXd& centre, const Eigen::VectorXd& d,
                                          double totalWeight, Eigen::MatrixXd& scatter)
{
    if (totalWeight > 0.0)
        scatter.triangularView<Eigen::Lower>() -= (d / totalWeight) * d.transpose();
    scatter.triangularView<Eigen::StrictlyUpper>() = scatter.transpose();
    return totalWeight > 0.0 ? Eigen::VectorXd(centre + d / totalWeight) : centre;
}

} // namespace lev::core
