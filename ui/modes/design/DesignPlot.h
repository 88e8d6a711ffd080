// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#pragma once
// What every plot of the experiment designer is: a QCustomPlot that draws a design result
// (core::DesignResult), restyles itself for presentation mode, and keeps a pinned state: a
// faint dashed copy of its registered curves behind the live ones. The designer's counterpart
// of ResultPlot.

#include <qcustomplot.h>

namespace lev::core {
struct DesignResult;
}

namespace lev::ui {

class DesignPlot : public QCustomPlot
{
    Q_OBJECT

public:
    using QCustomPlot::QCustomPlot;

    /// Replaces the live data and queues a replot.
    virtual void showResult(const core::DesignResult& result) = 0;
    /// Re-applies fonts, pens and marker sizes at the current PlotStyle::scale().
    virtual void applyStyle() = 0;
    /// Live data points shown, summed over the plottables.
    virtual int pointCount() const = 0;

    /// Pin and compare: what the registered curves show now becomes their ghost.
    void pinShown();
    /// Removes the ghosts.
    void clearPinned();
    /// Pinned data points shown.
    int pinnedPointCount() const;

protected:
    /// Registers a live curve whose pinned copy is drawn as a ghost (call after creating it).
    void addPinnable(QCPGraph* live);
    /// Gives the ghosts their live curves' colours at the current scale (from applyStyle()).
    void styleGhosts();

private:
    QList<QPair<QCPGraph*, QCPGraph*>> m_ghosts; ///< (live, ghost)
};

} // namespace lev::ui
