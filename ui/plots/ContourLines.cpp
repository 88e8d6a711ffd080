// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#include "plots/ContourLines.h"

#include <QHash>
#include <QLineF>
#include <cmath>
#include <deque>

namespace lev::ui {

namespace {

/// An end of a segment, by the grid edge it lies on: unique, so that pieces join exactly.
/// Horizontal edges (i, j)-(i+1, j) get kind 0, vertical ones (i, j)-(i, j+1) kind 1.
struct EdgeKey
{
    int i = 0, j = 0, kind = 0;
    bool operator==(const EdgeKey& o) const { return i == o.i && j == o.j && kind == o.kind; }
};

size_t qHash(const EdgeKey& key, size_t seed = 0)
{
    return ::qHash((qint64(key.i) << 33) ^ (qint64(key.j) << 1) ^ key.kind, seed);
}

struct Segment
{
    EdgeKey from, to;
    QPointF a, b;
};

} // namespace

std::vector<QPolygonF> ContourLines::trace(const Eigen::VectorXd& x, const Eigen::VectorXd& y,
                                           const Eigen::MatrixXd& values, double level)
{
    const Eigen::Index nx = x.size();
    const Eigen::Index ny = y.size();
    Q_ASSERT(values.rows() == nx && values.cols() == ny);
    std::vector<Segment> segments;
    auto crossing = [&](int i0, int j0, int i1, int j1) {
        const double v0 = values(i0, j0);
        const double v1 = values(i1, j1);
        const double t = v1 != v0 ? (level - v0) / (v1 - v0) : 0.5;
        return QPointF(x[i0] + t * (x[i1] - x[i0]), y[j0] + t * (y[j1] - y[j0]));
    };
    for (int i = 0; i + 1 < nx; ++i) {
        for (int j = 0; j + 1 < ny; ++j) {
            const double c[4] = {values(i, j), values(i + 1, j), values(i + 1, j + 1),
                                 values(i, j + 1)};
            if (!std::isfinite(c[0]) || !std::isfinite(c[1]) || !std::isfinite(c[2]) ||
                !std::isfinite(c[3]))
                continue;
            // Corners counter-clockwise: 0 (i, j), 1 (i+1, j), 2 (i+1, j+1), 3 (i, j+1); edge e
            // joins corner e and corner e + 1.
            const int mask = (c[0] >= level ? 1 : 0) | (c[1] >= level ? 2 : 0) |
                             (c[2] >= level ? 4 : 0) | (c[3] >= level ? 8 : 0);
            if (mask == 0 || mask == 15)
                continue;
            const EdgeKey keys[4] = {{i, j, 0}, {i + 1, j, 1}, {i, j + 1, 0}, {i, j, 1}};
            const QPointF points[4] = {crossing(i, j, i + 1, j), crossing(i + 1, j, i + 1, j + 1),
                                       crossing(i, j + 1, i + 1, j + 1), crossing(i, j, i, j + 1)};
            std::vector<int> edges;
            for (int e = 0; e < 4; ++e) {
                const bool above0 = c[e] >= level;
                const bool above1 = c[(e + 1) % 4] >= level;
                if (above0 != above1)
                    edges.push_back(e);
            }
            auto add = [&](int e0, int e1) {
                segments.push_back({keys[e0], keys[e1], points[e0], points[e1]});
            };
            if (edges.size() == 2) {
                add(edges[0], edges[1]);
            } else { // a saddle: four crossings
                const bool centreAbove = (c[0] + c[1] + c[2] + c[3]) / 4.0 >= level;
                // Corner 0 above (mask 5) with the centre above: 0 and 2 joined, the line
                // cuts off corners 1 and 3.
                const bool cornerZeroAbove = (mask & 1) != 0;
                if (cornerZeroAbove == centreAbove) {
                    add(0, 1);
                    add(2, 3);
                } else {
                    add(3, 0);
                    add(1, 2);
                }
            }
        }
    }

    // Join the pieces: each grid edge is the end of at most two segments.
    QMultiHash<EdgeKey, int> byEnd;
    for (int s = 0; s < int(segments.size()); ++s) {
        byEnd.insert(segments[std::size_t(s)].from, s);
        byEnd.insert(segments[std::size_t(s)].to, s);
    }
    std::vector<bool> used(segments.size(), false);
    std::vector<QPolygonF> lines;
    auto next = [&](const EdgeKey& at, int except) {
        for (auto it = byEnd.constFind(at); it != byEnd.cend() && it.key() == at; ++it)
            if (it.value() != except && !used[std::size_t(it.value())])
                return it.value();
        return -1;
    };
    for (int s = 0; s < int(segments.size()); ++s) {
        if (used[std::size_t(s)])
            continue;
        used[std::size_t(s)] = true;
        std::deque<QPointF> line{segments[std::size_t(s)].a, segments[std::size_t(s)].b};
        // Forward from `to`, then backward from `from`.
        for (int direction = 0; direction < 2; ++direction) {
            EdgeKey end =
                direction == 0 ? segments[std::size_t(s)].to : segments[std::size_t(s)].from;
            for (int t = next(end, s); t >= 0; t = next(end, t)) {
                used[std::size_t(t)] = true;
                const Segment& piece = segments[std::size_t(t)];
                const bool forward = piece.from == end;
                const QPointF point = forward ? piece.b : piece.a;
                end = forward ? piece.to : piece.from;
                if (direction == 0)
                    line.push_back(point);
                else
                    line.push_front(point);
            }
        }
        lines.emplace_back(QPolygonF(QList<QPointF>(line.begin(), line.end())));
    }
    return lines;
}

std::vector<double> ContourLines::roundLevels(double low, double high, int count, double skip)
{
    std::vector<double> levels;
    if (!(high > low) || count < 1 || !std::isfinite(low) || !std::isfinite(high))
        return levels;
    const double rough = (high - low) / count;
    const double power = std::pow(10.0, std::floor(std::log10(rough)));
    double step = power;
    for (double factor : {1.0, 2.0, 2.5, 5.0, 10.0}) {
        step = factor * power;
        if (step >= rough)
            break;
    }
    for (double level = std::ceil(low / step) * step; level < high; level += step) {
        const double rounded = std::round(level / step) * step; // no 0.30000000000000004
        if (rounded > low && std::abs(rounded - skip) > 1e-9 * step)
            levels.push_back(rounded);
    }
    return levels;
}

} // namespace lev::ui
