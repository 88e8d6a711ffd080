// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#include "export/PlotGallery.h"

#include "modes/simulation/HeatmapPlot.h"
#include "modes/simulation/SimulationPlots.h"
#include "modes/simulation/SpectrumPlot.h"
#include "modes/simulation/SweepPlot.h"
#include "simulation/RecomputeResult.h"

namespace lev::ui {

PlotGallery::PlotGallery(QWidget* parent)
    : QWidget(parent), m_plots(new SimulationPlots(SimulationPlots::Layout::None, this))
{
    setObjectName(QStringLiteral("plotGallery"));
    m_plots->hide();
    for (QCustomPlot* plot : plots()) {
        plot->resize(exportSize(plot));
        plot->hide();
    }
}

PlotGallery::~PlotGallery() = default;

QList<QCustomPlot*> PlotGallery::plots() const
{
    const QList<ResultPlot*>& plots = m_plots->plots();
    return {plots.begin(), plots.end()};
}

QSize PlotGallery::exportSize(const QCustomPlot* plot)
{
    if (qobject_cast<const SpectrumPlot*>(plot))
        return {960, 600};
    if (qobject_cast<const HeatmapPlot*>(plot))
        return {1120, 560};
    return {800, 600};
}

void PlotGallery::showResult(const core::RecomputeResult& result)
{
    m_plots->showResult(result);
    // Unlike the live window, a gallery shows exactly this result: no sweep left from before.
    m_plots->showSweep(result.sweep, result.settings.model.collinearity);
}

} // namespace lev::ui
