// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#include "modes/simulation/SimulationPlots.h"

#include "modes/simulation/CausalGraphPlot.h"
#include "modes/simulation/EffectLinesPlot.h"
#include "modes/simulation/HeatmapPlot.h"
#include "modes/simulation/ScatterPlot.h"
#include "modes/simulation/ScoreboardPlot.h"
#include "modes/simulation/SpectrumPlot.h"
#include "modes/simulation/SweepPlot.h"
#include "modes/simulation/WeightsPlot.h"
#include "simulation/RecomputeResult.h"

#include <QGridLayout>

namespace lev::ui {

SimulationPlots::SimulationPlots(Layout layout, QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("simulationPlots"));
    m_sweep = new SweepPlot(this);
    struct Place
    {
        ResultPlot* plot;
        int row, column, columnSpan;
        bool story; ///< kept in presentation mode
    };
    // Two rows of four: the forward/inverse story on top, the geometry and the model below.
    const Place places[] = {
        {new SpectrumPlot(this), 0, 0, 1, false},    {new WeightsPlot(this), 0, 1, 1, true},
        {new ScoreboardPlot(this), 0, 2, 1, true},   {m_sweep, 0, 3, 1, true},
        {new ScatterPlot(this), 1, 0, 1, false},     {new HeatmapPlot(this), 1, 3, 1, false},
        {new EffectLinesPlot(this), 1, 1, 1, false}, {new CausalGraphPlot(this), 1, 2, 1, false},
    };
    if (layout == Layout::Grid) {
        m_grid = new QGridLayout(this);
        m_grid->setContentsMargins(0, 0, 0, 0);
        m_grid->setSpacing(4);
        for (int column = 0; column < 4; ++column)
            m_grid->setColumnStretch(column, 1);
        m_grid->setRowStretch(0, 1);
        m_grid->setRowStretch(1, 1);
    }
    for (const Place& place : places) {
        m_plots << place.plot;
        if (!place.story)
            m_details << place.plot;
        if (m_grid)
            m_grid->addWidget(place.plot, place.row, place.column, 1, place.columnSpan);
    }
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

void SimulationPlots::setPresentation(bool on)
{
    for (ResultPlot* detail : m_details)
        detail->setVisible(!on);
    if (m_grid) { // the hidden row and column give their room to the story plots
        m_grid->setRowStretch(1, on ? 0 : 1);
        m_grid->setColumnStretch(0, on ? 0 : 1);
    }
    applyStyle();
}

void SimulationPlots::applyStyle()
{
    for (ResultPlot* plot : m_plots)
        plot->applyStyle();
}

} // namespace lev::ui
