// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#include "modes/simulation/WeightsPlot.h"

#include "plots/PlotStyle.h"
#include "simulation/RecomputeResult.h"

#include <algorithm>
#include <cmath>

namespace lev::ui {

namespace {
// The three series sit side by side around each feature's position.
constexpr double kOffset = 0.22;
// The pinned state's ghosts sit this far right of the live markers, so both stay visible.
constexpr double kPinnedShift = 0.1;
} // namespace

WeightsPlot::WeightsPlot(QWidget* parent) : ResultPlot(parent), m_axis(this)
{
    setObjectName(QStringLiteral("weightsPlot"));
    PlotStyle::addTitle(this, tr("Weights: truth vs estimate"));
    yAxis->setLabel(tr("weight β"));

    auto series = [this](Series& s) {
        s.causal = addGraph();
        s.population = addGraph();
        s.estimate = addGraph();
        for (QCPGraph* graph : {s.causal, s.population, s.estimate})
            graph->setLineStyle(QCPGraph::lsNone);
        s.spread = new QCPErrorBars(xAxis, yAxis);
        s.spread->setDataPlottable(s.estimate);
        s.spread->removeFromLegend();
    };
    // The pinned state first and on a layer of its own: behind the live one.
    series(m_pinned);
    QCPLayer* pinnedLayer = PlotStyle::pinnedLayer(this);
    for (QCPAbstractPlottable* ghost : std::initializer_list<QCPAbstractPlottable*>{
             m_pinned.causal, m_pinned.population, m_pinned.estimate, m_pinned.spread}) {
        ghost->setLayer(pinnedLayer);
        ghost->removeFromLegend();
    }
    series(m_live);
    m_live.causal->setName(tr("causal β (levers)"));
    m_live.population->setName(tr("regression β (n = ∞)"));
    m_live.estimate->setName(tr("estimate w: mean and 5–95% over R runs"));

    PlotStyle::placeLegendBelow(this, 1);
    PlotStyle::setLegendEntries(this, {m_live.causal, m_live.population, m_live.estimate});
    applyStyle();
    clear(m_live);
}

void WeightsPlot::applyStyle()
{
    PlotStyle::applyTo(this);
    m_axis.applyStyle();
    styleSeries();
    replot(QCustomPlot::rpQueuedReplot);
}

void WeightsPlot::styleSeries()
{
    // Many features: smaller markers, so neighbours do not merge.
    const int p = static_cast<int>(std::max(m_live.features.size(), m_pinned.features.size()));
    const double size = p <= 8 ? 1.0 : p <= 20 ? 0.75 : 0.55;

    m_live.causal->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDiamond, PlotStyle::causal(),
                                                   PlotStyle::causal(),
                                                   PlotStyle::markerSize(9 * size)));
    m_live.population->setScatterStyle(QCPScatterStyle(
        QCPScatterStyle::ssDisc, PlotStyle::population(), PlotStyle::markerSize(8 * size)));
    m_live.estimate->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssSquare,
                                                     PlotStyle::estimate(), PlotStyle::estimate(),
                                                     PlotStyle::markerSize(7 * size)));
    m_live.spread->setPen(PlotStyle::pen(PlotStyle::estimate(), 1.4));
    m_live.spread->setWhiskerWidth(PlotStyle::markerSize(7 * size));

    m_pinned.causal->setScatterStyle(
        PlotStyle::ghostMarker(QCPScatterStyle::ssDiamond, PlotStyle::causal(), 9 * size));
    m_pinned.population->setScatterStyle(
        PlotStyle::ghostMarker(QCPScatterStyle::ssCircle, PlotStyle::population(), 8 * size));
    m_pinned.estimate->setScatterStyle(
        PlotStyle::ghostMarker(QCPScatterStyle::ssSquare, PlotStyle::estimate(), 7 * size));
    m_pinned.spread->setPen(PlotStyle::pen(PlotStyle::ghost(PlotStyle::estimate()), 1.2));
    m_pinned.spread->setWhiskerWidth(PlotStyle::markerSize(5 * size));
}

void WeightsPlot::clear(Series& series)
{
    series.causal->data()->clear();
    series.population->data()->clear();
    series.estimate->data()->clear();
    series.spread->data()->clear();
    series.features.clear();
}

void WeightsPlot::fill(Series& series, const core::RecomputeResult& result, double shift)
{
    const core::PopulationTruth& truth = result.truth;
    const core::MonteCarloSummary& mc = result.monteCarlo;
    FeatureAxis::setPoints(series.causal, truth.causalWeights, shift - kOffset);
    FeatureAxis::setPoints(series.population, truth.populationWeights, shift);
    FeatureAxis::setPoints(series.estimate, mc.weightMean, shift + kOffset);

    const bool haveSpread = mc.weightMean.size() > 0 && mc.weightQuantiles.cols() == 5 &&
                            mc.weightQuantiles.rows() == mc.weightMean.size();
    if (haveSpread) {
        QVector<double> minus, plus;
        for (int j = 0; j < mc.weightMean.size(); ++j) {
            minus.append(std::max(0.0, mc.weightMean[j] - mc.weightQuantiles(j, 0)));
            plus.append(std::max(0.0, mc.weightQuantiles(j, 4) - mc.weightMean[j]));
        }
        series.spread->setData(minus, plus);
    } else {
        series.spread->data()->clear();
    }
    series.features = truth.features;
}

int WeightsPlot::pointCount() const
{
    return m_live.causal->dataCount() + m_live.population->dataCount() +
           m_live.estimate->dataCount() + m_live.spread->dataCount();
}

int WeightsPlot::pinnedPointCount() const
{
    return m_pinned.causal->dataCount() + m_pinned.population->dataCount() +
           m_pinned.estimate->dataCount() + m_pinned.spread->dataCount();
}

void WeightsPlot::showResult(const core::RecomputeResult& result)
{
    if (result.status == core::RecomputeStatus::InvalidSettings) {
        clear(m_live);
        fitAxes();
        PlotStyle::setNotice(this, axisRect(), QString::fromStdString(result.message));
        replot(QCustomPlot::rpQueuedReplot);
        return;
    }

    fill(m_live, result, 0.0);
    const core::MonteCarloSummary& mc = result.monteCarlo;
    m_live.estimate->setName(tr("estimate w, 5–95%: %1 runs").arg(mc.replications));
    if (mc.weightMean.size() == 0) {
        const QString why = result.message.empty() ? tr("weights not identifiable")
                                                   : QString::fromStdString(result.message);
        PlotStyle::setNotice(this, axisRect(), tr("no estimate: %1").arg(why));
    } else {
        PlotStyle::setNotice(this, axisRect(), QString());
    }
    styleSeries();
    fitAxes();
    replot(QCustomPlot::rpQueuedReplot);
}

void WeightsPlot::showPinned(const core::RecomputeResult* pinned)
{
    if (pinned && (pinned->status == core::RecomputeStatus::Ok ||
                   pinned->status == core::RecomputeStatus::NotIdentifiable))
        fill(m_pinned, *pinned, kPinnedShift);
    else
        clear(m_pinned);
    PlotStyle::setPinnedLegendEntry(this, pinnedPointCount() > 0);
    styleSeries();
    fitAxes();
    replot(QCustomPlot::rpQueuedReplot);
}

void WeightsPlot::fitAxes()
{
    const std::vector<std::string>& names =
        m_pinned.features.size() > m_live.features.size() ? m_pinned.features : m_live.features;
    PlotStyle::setFeatureTicks(xAxis, names, 6);
    m_axis.fitAxes(static_cast<int>(names.size()),
                   {m_live.causal, m_live.population, m_live.estimate, m_live.spread,
                    m_pinned.causal, m_pinned.population, m_pinned.estimate, m_pinned.spread});
}

} // namespace lev::ui
