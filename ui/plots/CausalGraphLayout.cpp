// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#include "plots/CausalGraphLayout.h"

#include <QLineF>

#include <algorithm>
#include <cmath>
#include <map>

namespace lev::ui {

namespace {

QPointF unit(const QPointF& v)
{
    const double length = std::hypot(v.x(), v.y());
    return length > 0.0 ? v / length : QPointF(0.0, 1.0);
}

/// The distance from `p` to the segment a–b.
double distanceToSegment(const QPointF& p, const QPointF& a, const QPointF& b)
{
    const QPointF d = b - a;
    const double lengthSquared = QPointF::dotProduct(d, d);
    const double t = lengthSquared > 0.0
                         ? std::clamp(QPointF::dotProduct(p - a, d) / lengthSquared, 0.0, 1.0)
                         : 0.0;
    const QPointF closest = a + t * d;
    return std::hypot(p.x() - closest.x(), p.y() - closest.y());
}

} // namespace

CausalGraphLayout::CausalGraphLayout(const core::CausalGraph& graph, int maxFeatures,
                                     int maxLatents)
{
    const std::vector<core::CausalNode>& nodes = graph.nodes();
    // The features to draw: all when few; else levers first (at most half), then the others in
    // order, the rest summarised in one slot at the row's end.
    std::vector<int> features = graph.features();
    std::vector<bool> drawn(nodes.size(), true);
    int summaryLayer = -1;
    if (int(features.size()) > maxFeatures) {
        const int room = maxFeatures - 1;
        std::vector<int> keep;
        for (int j : features)
            if (nodes[std::size_t(j)].lever && int(keep.size()) < room / 2 + 1)
                keep.push_back(j);
        for (int j : features)
            if (int(keep.size()) < room && std::find(keep.begin(), keep.end(), j) == keep.end())
                keep.push_back(j);
        for (int j : features) {
            if (std::find(keep.begin(), keep.end(), j) == keep.end()) {
                drawn[std::size_t(j)] = false;
                ++m_hiddenFeatures;
                if (summaryLayer < 0)
                    summaryLayer = nodes[std::size_t(j)].layer;
            }
        }
    }
    int latents = 0;
    int latentLayer = -1;
    for (std::size_t v = 0; v < nodes.size(); ++v) {
        if (nodes[v].observed)
            continue;
        if (++latents >= maxLatents) { // the sixth and later: summarised
            drawn[v] = false;
            ++m_hiddenLatents;
            latentLayer = nodes[v].layer;
        }
    }
    if (m_hiddenLatents == 1) { // one left over: draw it rather than say "1 more"
        for (std::size_t v = nodes.size(); v-- > 0;)
            if (!nodes[v].observed && !drawn[v]) {
                drawn[v] = true;
                m_hiddenLatents = 0;
                break;
            }
    }

    // Rows: the layers that hold a drawn node, top to bottom.
    std::map<int, std::vector<int>> rows; // layer -> cells (node index, or a summary)
    for (std::size_t v = 0; v < nodes.size(); ++v)
        if (drawn[v])
            rows[nodes[v].layer].push_back(int(v));
    if (m_hiddenFeatures > 0)
        rows[summaryLayer].push_back(kFeatureSummary);
    if (m_hiddenLatents > 0)
        rows[latentLayer].push_back(kLatentSummary);

    const int rowCount = int(rows.size());
    m_rows = std::max(1, rowCount);
    int row = 0;
    for (const auto& [layer, inRow] : rows) {
        Q_UNUSED(layer);
        const int n = int(inRow.size());
        // A summary (last in its row) takes the room of 1.6 nodes: its text is wider.
        const double width = inRow.back() < 0 ? n + 0.6 : n;
        double widthInNodes = 0.0;
        for (int i = 0; i < n; ++i) {
            Cell slot;
            slot.node = inRow[std::size_t(i)];
            const double at = slot.node < 0 ? i + 0.8 : i + 0.5;
            slot.ratio = QPointF(at / width, rowCount > 1 ? double(row) / (rowCount - 1) : 0.5);
            slot.top = row == 0 && rowCount > 1;
            slot.bottom = row == rowCount - 1;
            widthInNodes += slot.node < 0 ? 1.6 : 1.0;
            m_cells.push_back(slot);
        }
        m_widestRow = std::max(m_widestRow, widthInNodes);
        ++row;
    }
}

void CausalGraphLayout::Route::setCross(const QPointF& along)
{
    const QPointF across(-along.y(), along.x());
    crossA = unit(along + across);
    crossB = unit(along - across);
}

int CausalGraphLayout::cellOf(int node) const
{
    int found = -1;
    for (std::size_t i = 0; i < m_cells.size(); ++i)
        if (m_cells[i].node == node)
            found = int(i);
    return found;
}

double CausalGraphLayout::radius(const QRectF& free, double wanted, double captionHeight) const
{
    const double radius = std::min({wanted, 0.4 * free.width() / m_widestRow,
                                    0.4 * (free.height() - 2 * captionHeight) / m_rows});
    return std::max(radius, 6.0);
}

std::vector<QPointF> CausalGraphLayout::centres(const QRectF& free, double radius,
                                                double captionHeight) const
{
    QRectF room = free.adjusted(0.0, radius + captionHeight, 0.0, -(radius + captionHeight));
    if (room.width() < 1 || room.height() < 1)
        room = QRectF(free.center(), QSizeF(1, 1));
    const double widest = 8.0 * radius * m_widestRow;
    if (room.width() > widest)
        room.adjust((room.width() - widest) / 2.0, 0.0, -(room.width() - widest) / 2.0, 0.0);
    const double tallest = 6.0 * radius * (m_rows - 1);
    if (room.height() > tallest)
        room.adjust(0.0, (room.height() - tallest) / 2.0, 0.0, -(room.height() - tallest) / 2.0);
    std::vector<QPointF> centres;
    centres.reserve(m_cells.size());
    for (const Cell& slot : m_cells)
        centres.emplace_back(room.left() + slot.ratio.x() * room.width(),
                             room.top() + slot.ratio.y() * room.height());
    return centres;
}

CausalGraphLayout::Route CausalGraphLayout::route(const std::vector<QPointF>& centres, int from,
                                                  int to, double radius, double cutPoint) const
{
    const QPointF a = centres[std::size_t(from)];
    const QPointF b = centres[std::size_t(to)];
    const QPointF along = unit(b - a);
    const QPointF normal(-along.y(), along.x());
    const double length = QLineF(a, b).length();
    // A node in the way: bow the arrow away from it.
    double side = 0.0;
    const double fromRow = m_cells[std::size_t(from)].ratio.y();
    const double toRow = m_cells[std::size_t(to)].ratio.y();
    for (std::size_t i = 0; i < centres.size(); ++i) {
        // Only a node on a row between the two ends can be in the way.
        const double row = m_cells[i].ratio.y();
        if (row <= std::min(fromRow, toRow) || row >= std::max(fromRow, toRow))
            continue;
        if (distanceToSegment(centres[i], a, b) < 1.3 * radius) {
            const double offset = QPointF::dotProduct(centres[i] - (a + b) / 2.0, normal);
            side = offset > 0.0 ? -1.0 : 1.0;
            break;
        }
    }
    Route route;
    route.bowed = side != 0.0;
    if (!route.bowed) {
        route.start = a + radius * along;
        route.end = b - (radius + 1.0) * along;
        route.labelAt = (route.start + route.end) / 2.0;
        route.cutAt = route.start + cutPoint * (route.end - route.start);
        route.setCross(along);
        return route;
    }
    const double bow = std::max(2.2 * radius, 0.22 * length) * 4.0 / 3.0;
    route.startDir = a + 0.25 * (b - a) + side * bow * normal;
    route.endDir = a + 0.75 * (b - a) + side * bow * normal;
    route.start = a + radius * unit(route.startDir - a);
    route.end = b + (radius + 1.0) * unit(route.endDir - b);
    auto bezier = [&](double t) {
        const double u = 1.0 - t;
        return u * u * u * route.start + 3 * u * u * t * route.startDir +
               3 * u * t * t * route.endDir + t * t * t * route.end;
    };
    route.labelAt = bezier(0.5);
    route.cutAt = bezier(cutPoint);
    route.setCross(unit(bezier(cutPoint + 0.01) - bezier(cutPoint - 0.01)));
    return route;
}

} // namespace lev::ui
