// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#pragma once
// The simulation's plots (SimulationPlots, the list the page shows) without a window, for
// export: each plot is laid out at a fixed logical size (not the screen's), so the same result
// exports to the same files anywhere. Holds no statistics; it only hands a result to the plots.

#include <QList>
#include <QSize>
#include <QWidget>

class QCustomPlot;

namespace lev::core {
struct RecomputeResult;
}

namespace lev::ui {

class SimulationPlots;

class PlotGallery : public QWidget
{
    Q_OBJECT

public:
    /// Creates the plots as hidden children, each resized to its export size.
    explicit PlotGallery(QWidget* parent = nullptr);
    ~PlotGallery() override;

    /// Shows the result in every plot, the sweep included (result.sweep).
    void showResult(const core::RecomputeResult& result);

    /// The plots in the order of docs/math.md §5: spectrum, weights, scoreboard, sweep, scatter,
    /// heatmap, effect lines.
    QList<QCustomPlot*> plots() const;
    /// The logical size a plot is laid out at for export: 800 x 600, wider for the two-panel
    /// spectrum and heatmap.
    static QSize exportSize(const QCustomPlot* plot);

private:
    SimulationPlots* m_plots = nullptr;
};

} // namespace lev::ui
