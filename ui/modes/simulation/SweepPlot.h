// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#pragma once
// The sweep over collinearity c: held-out and interventional R² (left axis) and the mean weight
// error ‖w − β‖ (right axis, log), with a marker at the current c. The c axis is drawn at
// −log10(1 − c), so that 0.9, 0.99 and 0.999 are equally far apart.

#include "plots/ResultPlot.h"

#include <vector>

namespace lev::core {
struct RecomputeResult;
struct SweepPoint;
} // namespace lev::core

namespace lev::ui {

class SweepPlot : public ResultPlot
{
    Q_OBJECT

public:
    explicit SweepPlot(QWidget* parent = nullptr);

    /// Moves the "now" marker; shows result.sweep when it has points, else keeps the sweep.
    void showResult(const core::RecomputeResult& result) override;
    /// Replaces the curves; the sweep may be partial (fewer points than the grid).
    void showSweep(const std::vector<core::SweepPoint>& points, double currentCollinearity);
    /// Shows a pinned state: a faint marker at its c, and faint curves of pinned->sweep when it
    /// has points; with no sweep in the result, keeps the pinned curves of showPinnedSweep (so
    /// the two may be called in either order). nullptr clears the marker and the curves.
    void showPinned(const core::RecomputeResult* pinned) override;
    /// Shows a pinned sweep as faint curves behind the live ones, with a faint marker at the
    /// pinned c. Copies the points.
    void showPinnedSweep(const std::vector<core::SweepPoint>& points, double pinnedCollinearity);
    void applyStyle() override;
    /// Where c is drawn on the x axis: −log10(1 − c) (0 at c = 0, 2 at c = 0.99).
    static double axisCoordinate(double collinearity);
    /// The lowest R² the left axis shows; lower values are marked at the bottom edge.
    static constexpr double kLowestR2Shown = -1.0;
    int pointCount() const override;
    /// Pinned data points shown, summed over the ghost curves.
    int pinnedPointCount() const override;

private:
    struct Curves
    {
        QCPGraph* r2Observational = nullptr;
        QCPGraph* r2Interventional = nullptr;
        QCPGraph* weightError = nullptr;
    };
    /// Fills the curves with the points that have values; returns how many points have any.
    static int fill(const Curves& curves, const std::vector<core::SweepPoint>& points);
    /// Places a vertical marker at c, its label at a height given as a fraction of the plot.
    static void moveMarker(QCPItemStraightLine* line, QCPItemText* label, double collinearity,
                           double labelAt);
    void hidePinned();
    /// Axis ranges covering the live and the pinned curves; the c ticks up to the largest c.
    void fitAxes();

    Curves m_live;
    Curves m_pinned;
    QCPItemStraightLine* m_now = nullptr;
    QCPItemText* m_nowLabel = nullptr;
    QCPItemStraightLine* m_pinnedMarker = nullptr;
    QCPItemText* m_pinnedLabel = nullptr;
    QCPGraph* m_belowAxis = nullptr;     ///< markers at the bottom edge where an R² is below it
    QCPTextElement* m_caption = nullptr; ///< below the frame: what lies below the axis
};

} // namespace lev::ui
