// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#pragma once
// Where a causal graph's nodes and arrows go, apart from drawing them: which nodes are drawn (the
// rest summarised in one slot per row), their rows (the graph's layers) and slots, the circles'
// radius and centres in a drawing area, and each arrow's path (bowed around a node in the way).

#include "model/CausalGraph.h"

#include <QPointF>
#include <QRectF>
#include <vector>

namespace lev::ui {

class CausalGraphLayout
{
public:
    static constexpr int kFeatureSummary = -1; ///< Cell::node of the "… more features" slot
    static constexpr int kLatentSummary = -2;  ///< Cell::node of the "… more hidden" slot

    /// A place in the drawing: one node, or the summary of those left out.
    struct Cell
    {
        int node = kFeatureSummary; ///< index into the graph's nodes, or a summary
        QPointF ratio;              ///< the centre as fractions of the drawing area
        bool top = false;           ///< on the first of several rows
        bool bottom = false;        ///< on the last row
    };

    /// An arrow's path in pixels: a straight line, or a cubic Bézier curve bowed away from a node.
    struct Route
    {
        bool bowed = false;
        QPointF start, end;
        QPointF startDir, endDir; ///< the curve's control points (when bowed)
        QPointF labelAt;          ///< the middle, where the weight is written
        QPointF cutAt;            ///< where a cut arrow's cross sits
        QPointF crossA, crossB;   ///< the cross's two strokes there: unit, at ±45° to the arrow

        /// Sets the cross's strokes for an arrow running along the unit vector `along`.
        void setCross(const QPointF& along);
    };

    CausalGraphLayout() = default;
    /// Draws every feature when at most `maxFeatures`; else levers first (at most half), then the
    /// others in order, in `maxFeatures - 1` slots and one summary. Likewise the hidden nodes from
    /// the `maxLatents`-th on (unless only one would be summarised).
    CausalGraphLayout(const core::CausalGraph& graph, int maxFeatures, int maxLatents);

    const std::vector<Cell>& cells() const { return m_cells; }
    /// The slot that draws `node`, or -1 when it is summarised away.
    int cellOf(int node) const;
    int hiddenFeatures() const { return m_hiddenFeatures; }
    int hiddenLatents() const { return m_hiddenLatents; }

    /// The circles' radius in the area `free`: `wanted` (enough for the labels), but never so
    /// large that circles overlap (40 % of a slot's width or of the gap between rows), at least 6.
    double radius(const QRectF& free, double wanted, double captionHeight) const;
    /// The slots' centres in `free`: the rows spread over the room, a sparse graph kept compact in
    /// the middle.
    std::vector<QPointF> centres(const QRectF& free, double radius, double captionHeight) const;
    /// The path of the arrow from slot `from` to slot `to`, its cross `cutPoint` of the way along.
    Route route(const std::vector<QPointF>& centres, int from, int to, double radius,
                double cutPoint) const;

private:
    std::vector<Cell> m_cells;
    int m_hiddenFeatures = 0;
    int m_hiddenLatents = 0;
    int m_rows = 1;
    double m_widestRow = 1.0; ///< in node widths (a summary counts 1.6)
};

} // namespace lev::ui
