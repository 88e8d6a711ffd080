// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#pragma once
// What every plot of the environments mode is: a QCustomPlot that draws an environments result
// (core::EnvironmentsResult) and restyles itself for presentation mode.

#include <qcustomplot.h>

namespace lev::core {
struct EnvironmentsResult;
}

namespace lev::ui {

class EnvironmentsPlot : public QCustomPlot
{
    Q_OBJECT

public:
    using QCustomPlot::QCustomPlot;

    /// Replaces the live data and queues a replot.
    virtual void showResult(const core::EnvironmentsResult& result) = 0;
    /// Re-applies fonts, pens and marker sizes at the current PlotStyle::scale().
    virtual void applyStyle() = 0;
    /// Live data points (or nodes) shown, summed over the plottables.
    virtual int pointCount() const = 0;
};

} // namespace lev::ui
