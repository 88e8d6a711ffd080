// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#pragma once
// What every plot of the experiment designer is: a QCustomPlot that draws a design result
// (core::DesignResult) and restyles itself for presentation mode. The designer's counterpart of
// ResultPlot.

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
};

} // namespace lev::ui
