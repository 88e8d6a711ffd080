// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#include "exploration/WeightedScatter.h"

#include "linalg/SymmetricRankUpdate.h"

#include <algorithm>
#include <cassert>
#include <cmath>

namespace lev::core {

namespace {

// Rows per block gathered before each rank update, and columns gathered at a time.
constexpr int kBlockRows = 128;
constexpr int kGatherColumns = 8;

} // namespace

WeightedScatter::WeightedScatter(const Eigen::MatrixXd& features, const Eigen::VectorXd& target)
    : m_features(features), m_target(target),
      m_block(
          Eigen::MatrixXd::Zero(SymmetricRankUpdate::paddedWidth(features.cols() + 1), kBlockRows))
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
        // kGatherColumns columns at a time, row by row: every piece written is contiguous and the
        // columns are read in ascending rows.
        for (Eigen::Index j0 = 0; j0 < q; j0 += kGatherColumns) {
            const int width = static_cast<int>(std::min<Eigen::Index>(kGatherColumns, q - j0));
            const double* values[kGatherColumns];
            double c[kGatherColumns];
            double sum[kGatherColumns] = {};
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
        SymmetricRankUpdate::addTo(m_block.data(), length, stride, q, scatter.data());
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
