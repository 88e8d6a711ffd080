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

#include <QGridLayout>

namespace lev::ui {

namespace {

constexpr int kColumns = 4;
constexpr int kMostPresented = 4;
constexpr double kWideAspect = 1.5; ///< 16:10 and 16:9 are wide, 4:3 and 5:4 are not

} // namespace

SimulationPlots::SimulationPlots(Layout layout, QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("simulationPlots"));
    m_sweep = new SweepPlot(this);
    // Two rows of four: the forward/inverse story on top, the geometry and the model below.
    m_places = {
        {QStringLiteral("spectrum"), new SpectrumPlot(this), 0, 0, 1},
        {QStringLiteral("weights"), new WeightsPlot(this), 0, 1, 1},
        {QStringLiteral("scoreboard"), new ScoreboardPlot(this), 0, 2, 1},
        {QStringLiteral("sweep"), m_sweep, 0, 3, 1},
        {QStringLiteral("scatter"), new ScatterPlot(this), 1, 0, 1},
        {QStringLiteral("heatmap"), new HeatmapPlot(this), 1, 3, 1},
        {QStringLiteral("effect"), new EffectLinesPlot(this), 1, 1, 1},
        {QStringLiteral("graph"), new CausalGraphPlot(this), 1, 2, 1},
    };
    for (const Place& place : m_places)
        m_plots << place.plot;
    if (layout == Layout::Grid)
        layOut();
}

ResultPlot* SimulationPlots::plot(const QString& name) const
{
    for (const Place& place : m_places)
        if (place.name == name)
            return place.plot;
    return nullptr;
}

QStringList SimulationPlots::names() const
{
    QStringList names;
    for (const Place& place : m_places)
        names << place.name;
    return names;
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
    QStringList shown;
    for (const QString& name : names)
        if (plot(name) && !shown.contains(name) && shown.size() < kMostPresented)
            shown << name;
    if (shown == m_presented)
        return;
    m_presented = shown;
    if (m_grid)
        layOut();
}

void SimulationPlots::layOut()
{
    // A new grid each time: QGridLayout keeps the rows and columns it once had.
    delete m_grid;
    m_grid = new QGridLayout(this);
    m_grid->setContentsMargins(0, 0, 0, 0);
    m_grid->setSpacing(4);
    if (m_presented.isEmpty()) {
        for (const Place& place : m_places) {
            m_grid->addWidget(place.plot, place.row, place.column, 1, place.columnSpan);
            place.plot->setVisible(true);
        }
        for (int column = 0; column < kColumns; ++column)
            m_grid->setColumnStretch(column, 1);
        m_grid->setRowStretch(0, 1);
        m_grid->setRowStretch(1, 1);
        return;
    }
    for (const Place& place : m_places)
        place.plot->setVisible(m_presented.contains(place.name));
    const int count = int(m_presented.size());
    // On a 4:3 screen three in a row are too narrow for their labels: two above, one below.
    m_narrow = isNarrow();
    const int columns = count == 4 || (count == 3 && m_narrow) ? 2 : count;
    for (int i = 0; i < count; ++i) {
        const bool last = i == count - 1 && i % columns == 0 && columns > 1;
        m_grid->addWidget(plot(m_presented.at(i)), i / columns, i % columns, 1, last ? columns : 1);
    }
    for (int column = 0; column < columns; ++column)
        m_grid->setColumnStretch(column, 1);
    for (int row = 0; row < (count + columns - 1) / columns; ++row)
        m_grid->setRowStretch(row, 1);
}

bool SimulationPlots::isNarrow() const
{
    const QWidget* screen = window();
    return screen && screen->width() < kWideAspect * screen->height();
}

void SimulationPlots::applyStyle()
{
    if (m_grid && !m_presented.isEmpty() && isNarrow() != m_narrow)
        layOut(); // the window changed its shape
    for (ResultPlot* plot : m_plots)
        plot->applyStyle();
}

} // namespace lev::ui
