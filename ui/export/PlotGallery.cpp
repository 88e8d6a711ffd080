// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#include "export/PlotGallery.h"

#include "modes/simulation/EffectLinesPlot.h"
#include "modes/simulation/HeatmapPlot.h"
#include "modes/simulation/ScatterPlot.h"
#include "modes/simulation/ScoreboardPlot.h"
#include "modes/simulation/SpectrumPlot.h"
#include "modes/simulation/SweepPlot.h"
#include "modes/simulation/WeightsPlot.h"
#include "simulation/RecomputeResult.h"

namespace lev::ui {

PlotGallery::PlotGallery(QWidget* parent)
    : QWidget(parent), m_spectrum(new SpectrumPlot(this)), m_weights(new WeightsPlot(this)),
      m_scoreboard(new ScoreboardPlot(this)), m_sweep(new SweepPlot(this)),
      m_scatter(new ScatterPlot(this)), m_heatmap(new HeatmapPlot(this)),
      m_effects(new EffectLinesPlot(this))
{
    setObjectName(QStringLiteral("plotGallery"));
    for (QCustomPlot* plot : plots()) {
        plot->resize(exportSize(plot));
        plot->hide();
    }
}

PlotGallery::~PlotGallery() = default;

QList<QCustomPlot*> PlotGallery::plots() const
{
    return {m_spectrum, m_weights, m_scoreboard, m_sweep, m_scatter, m_heatmap, m_effects};
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
    for (ResultPlot* plot : std::initializer_list<ResultPlot*>{
             m_spectrum, m_weights, m_scoreboard, m_sweep, m_scatter, m_heatmap, m_effects})
        plot->showResult(result);
    // Unlike the live window, a gallery shows exactly this result: no sweep left from before.
    m_sweep->showSweep(result.sweep, result.settings.model.collinearity);
}

} // namespace lev::ui
