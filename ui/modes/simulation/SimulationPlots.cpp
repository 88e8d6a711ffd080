// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#include "modes/simulation/SimulationPlots.h"

#include "modes/simulation/EffectLinesPlot.h"
#include "modes/simulation/HeatmapPlot.h"
#include "modes/simulation/ScatterPlot.h"
#include "modes/simulation/ScoreboardPlot.h"
#include "modes/simulation/SpectrumPlot.h"
#include "modes/simulation/SweepPlot.h"
#include "modes/simulation/WeightsPlot.h"
#include "plots/CausalGraphPlot.h"
#include "simulation/RecomputeResult.h"

namespace lev::ui {

SimulationPlots::SimulationPlots(Layout layout, QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("simulationPlots"));
    m_sweep = new SweepPlot(this);
    // Two rows of four: the forward/inverse story on top, the geometry and the model below.
    const QList<NamedPlotGrid::Place> places = {
        {QStringLiteral("spectrum"), new SpectrumPlot(this), 0, 0, 1},
        {QStringLiteral("weights"), new WeightsPlot(this), 0, 1, 1},
        {QStringLiteral("scoreboard"), new ScoreboardPlot(this), 0, 2, 1},
        {QStringLiteral("sweep"), m_sweep, 0, 3, 1},
        {QStringLiteral("scatter"), new ScatterPlot(this), 1, 0, 1},
        {QStringLiteral("heatmap"), new HeatmapPlot(this), 1, 3, 1},
        {QStringLiteral("effect"), new EffectLinesPlot(this), 1, 1, 1},
        {QStringLiteral("graph"), new CausalGraphPlot(this), 1, 2, 1},
    };
    for (const NamedPlotGrid::Place& place : places)
        m_plots << static_cast<ResultPlot*>(place.plot);
    m_grid = std::make_unique<NamedPlotGrid>(
        this, places, NamedPlotGrid::Three::TwoAboveOneWhenNarrow, layout == Layout::Grid);
}

SimulationPlots::~SimulationPlots() = default;

ResultPlot* SimulationPlots::plot(const QString& name) const
{
    return static_cast<ResultPlot*>(m_grid->plot(name));
}

void SimulationPlots::showResult(const core::RecomputeResult& result)
{
    for (ResultPlot* plot : m_plots)
        plot->showResult(result);
}

void SimulationPlots::showSweep(const std::vector<core::SweepPoint>& points, double collinearity)
{
    m_sweep->showSweep(points, collinearity);
}

void SimulationPlots::showPin(const core::RecomputeResult* pinned,
                              const std::vector<core::SweepPoint>& sweep)
{
    for (ResultPlot* plot : m_plots)
        plot->showPinned(pinned);
    // Only a real pin carries a pinned sweep: clearing must not leave a marker behind.
    if (pinned && pinned->sweep.empty())
        m_sweep->showPinnedSweep(sweep, pinned->settings.model.collinearity);
}

void SimulationPlots::setPresentation(const QStringList& names)
{
    m_grid->setPresentation(names);
}

void SimulationPlots::applyStyle()
{
    m_grid->followWindowShape();
    for (ResultPlot* plot : m_plots)
        plot->applyStyle();
}

} // namespace lev::ui
