// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#pragma once
// What every plot of the black box is: a QCustomPlot that draws a black-box result (a partial
// one while the refits arrive) and restyles itself for presentation mode. Draws; computes nothing.

#include <qcustomplot.h>

namespace lev::core {
struct BlackBoxResult;
}

namespace lev::ui {

class BlackBoxPlot : public QCustomPlot
{
    Q_OBJECT

public:
    using QCustomPlot::QCustomPlot;

    /// Replaces what is shown and queues a replot.
    virtual void showResult(const core::BlackBoxResult& result) = 0;
    /// Re-applies fonts, pens and marker sizes at the current PlotStyle::scale().
    virtual void applyStyle() = 0;
    /// Data points shown, summed over the plottables (for tests: no NaN is ever drawn).
    virtual int pointCount() const = 0;
};

} // namespace lev::ui
