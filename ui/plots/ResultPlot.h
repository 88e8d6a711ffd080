// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#pragma once
// What every plot of the main window is: a QCustomPlot that draws a recompute's result, can
// show a pinned state as a faint ghost beside it, and restyles itself for presentation mode.
// Lets the window and the export gallery treat the seven plots alike.

#include <qcustomplot.h>

class QMenu;

namespace lev::core {
struct RecomputeResult;
}

namespace lev::ui {

class ResultPlot : public QCustomPlot
{
    Q_OBJECT

public:
    using QCustomPlot::QCustomPlot;

    /// Replaces the live data and queues a replot.
    virtual void showResult(const core::RecomputeResult& result) = 0;
    /// A pinned state drawn faintly behind the live one; copies what it draws; nullptr clears.
    virtual void showPinned(const core::RecomputeResult* pinned) = 0;
    /// Re-applies fonts, pens and marker sizes at the current PlotStyle::scale().
    virtual void applyStyle() = 0;
    /// Live data points shown, summed over the plottables.
    virtual int pointCount() const = 0;
    /// Pinned data points shown.
    virtual int pinnedPointCount() const = 0;
    /// Adds the plot's own entries (a choice of what it shows) to its right-click menu.
    virtual void addContextActions(QMenu* menu) { Q_UNUSED(menu); }
};

} // namespace lev::ui
