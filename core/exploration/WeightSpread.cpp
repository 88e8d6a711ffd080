// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#include "exploration/WeightSpread.h"

#include <algorithm>
#include <cmath>
#include <vector>

namespace lev::core {

namespace {

double quantile(const std::vector<double>& sorted, double level)
{
    const double position = level * static_cast<double>(sorted.size() - 1);
    const auto below = static_cast<std::size_t>(std::floor(position));
    const std::size_t above = std::min(below + 1, sorted.size() - 1);
    const double fraction = position - static_cast<double>(below);
    return sorted[below] + fraction * (sorted[above] - sorted[below]);
}

} // namespace

Eigen::VectorXd WeightSpread::sd(const Eigen::MatrixXd& samples)
{
    const Eigen::Index rows = samples.rows();
    if (rows < 2)
        return {};
    const Eigen::VectorXd mean = samples.colwise().mean().transpose();
    const Eigen::MatrixXd centered = samples.rowwise() - mean.transpose();
    return (centered.colwise().squaredNorm() / (static_cast<double>(rows) - 1.0))
        .cwiseSqrt()
        .transpose();
}

Eigen::MatrixXd WeightSpread::quantiles(const Eigen::MatrixXd& samples, const double* levels,
                                        int levelCount)
{
    if (samples.rows() == 0)
        return {};
    Eigen::MatrixXd result(samples.cols(), levelCount);
    std::vector<double> values(static_cast<std::size_t>(samples.rows()));
    for (Eigen::Index j = 0; j < samples.cols(); ++j) {
        Eigen::Map<Eigen::VectorXd>(values.data(), samples.rows()) = samples.col(j);
        std::sort(values.begin(), values.end());
        for (int q = 0; q < levelCount; ++q)
            result(j, q) = quantile(values, levels[q]);
    }
    return result;
}

} // namespace lev::core
