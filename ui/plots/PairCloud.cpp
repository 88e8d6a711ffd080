// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#include "plots/PairCloud.h"

#include <algorithm>
#include <cmath>
#include <iterator>
#include <vector>

namespace lev::ui {

PairCloud::Drawn PairCloud::set(QCPGraph* graph, const Eigen::VectorXd& x, const Eigen::VectorXd& y,
                                int maxRows)
{
    Q_ASSERT(x.size() == y.size());
    Q_ASSERT(maxRows > 0);
    // The rows with finite values, and the ones with the extreme x and y among them.
    std::vector<Eigen::Index> finite;
    finite.reserve(static_cast<std::size_t>(std::min(x.size(), y.size())));
    Eigen::Index extremes[4] = {0, 0, 0, 0}; // rows of the least and largest x, then of y
    for (Eigen::Index i = 0; i < std::min(x.size(), y.size()); ++i) {
        if (!std::isfinite(x[i]) || !std::isfinite(y[i]))
            continue;
        if (finite.empty())
            std::fill(std::begin(extremes), std::end(extremes), i);
        extremes[0] = x[i] < x[extremes[0]] ? i : extremes[0];
        extremes[1] = x[i] > x[extremes[1]] ? i : extremes[1];
        extremes[2] = y[i] < y[extremes[2]] ? i : extremes[2];
        extremes[3] = y[i] > y[extremes[3]] ? i : extremes[3];
        finite.push_back(i);
    }
    // Of many rows: evenly spaced ones, each extreme row in place of its nearest spaced
    // neighbour.
    const qint64 total = static_cast<qint64>(finite.size());
    std::vector<Eigen::Index> drawn;
    if (total <= maxRows) {
        drawn = finite;
    } else {
        for (qint64 k = 0; k < maxRows; ++k)
            drawn.push_back(finite[static_cast<std::size_t>(k * total / maxRows)]);
        const auto extreme = [&extremes](Eigen::Index row) {
            return std::find(std::begin(extremes), std::end(extremes), row) != std::end(extremes);
        };
        for (Eigen::Index row : extremes) {
            const auto at = std::lower_bound(drawn.begin(), drawn.end(), row);
            if (at != drawn.end() && *at == row)
                continue;
            const auto place = drawn.insert(at, row) - drawn.begin();
            for (std::ptrdiff_t d = 1;; ++d) { // a spaced row is near: at most 4 are extreme
                const std::ptrdiff_t after = place + d, before = place - d;
                if (after < std::ptrdiff_t(drawn.size()) && !extreme(drawn[std::size_t(after)])) {
                    drawn.erase(drawn.begin() + after);
                    break;
                }
                if (before >= 0 && !extreme(drawn[std::size_t(before)])) {
                    drawn.erase(drawn.begin() + before);
                    break;
                }
            }
        }
    }
    QVector<double> keys, values;
    keys.reserve(static_cast<int>(drawn.size()));
    values.reserve(static_cast<int>(drawn.size()));
    for (Eigen::Index i : drawn) {
        keys.append(x[i]);
        values.append(y[i]);
    }
    graph->setData(keys, values);

    Drawn result;
    result.finite = total;
    result.shown = graph->dataCount();
    if (total > 0) {
        result.x = QCPRange(x[extremes[0]], x[extremes[1]]);
        result.y = QCPRange(y[extremes[2]], y[extremes[3]]);
    }
    return result;
}

} // namespace lev::ui
