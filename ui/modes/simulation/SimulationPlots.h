// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#pragma once
// The plots of docs/math.md §5, listed once, each under its name from Preset::plotNames():
// spectrum, weights, scoreboard, sweep, scatter, heatmap, effect. Laid out in two rows of four
// for the page, as the named few of a preset's story in presentation mode, or left unlaid for
// the export gallery (each plot at its own export size).

#include "plots/NamedPlotGrid.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QWidget>
#include <memory>
#include <vector>

namespace lev::core {
struct RecomputeResult;
struct SweepPoint;
} // namespace lev::core

namespace lev::ui {

class ResultPlot;
class SweepPlot;

class SimulationPlots : public QWidget
{
    Q_OBJECT

public:
    enum class Layout
    {
        Grid,
        None
    };

    explicit SimulationPlots(Layout layout = Layout::Grid, QWidget* parent = nullptr);
    ~SimulationPlots() override;

    const QList<ResultPlot*>& plots() const { return m_plots; }
    SweepPlot& sweep() const { return *m_sweep; }
    /// The plot of that name (Preset::plotNames()); nullptr for a name with no plot here.
    ResultPlot* plot(const QString& name) const;
    /// The names of the plots, in the order of plots().
    QStringList names() const { return m_grid->names(); }

    /// Every plot shows `result` (its sweep, if any, included).
    void showResult(const core::RecomputeResult& result);
    /// The live sweep, filled in point by point, with the marker at `collinearity`.
    void showSweep(const std::vector<core::SweepPoint>& points, double collinearity);
    /// A faint ghost of `pinned` and its sweep in every plot; nullptr removes it everywhere.
    void showPin(const core::RecomputeResult* pinned, const std::vector<core::SweepPoint>& sweep);
    /// Presentation mode shows only the named plots, in that order (names without a plot are
    /// skipped): one to three in a row (on a window narrower than 3:2, three as two above one),
    /// four in two rows of two. An empty list: every plot in the page's grid.
    void setPresentation(const QStringList& names);
    /// The names of the plots on show in presentation mode, in their order; empty outside it.
    const QStringList& presentedNames() const { return m_grid->presentedNames(); }
    void applyStyle();

private:
    QList<ResultPlot*> m_plots;
    SweepPlot* m_sweep = nullptr;
    std::unique_ptr<NamedPlotGrid> m_grid;
};

} // namespace lev::ui
