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
// Data mode: the estimate and the bootstrap interval sit this far left and right of the tick.
constexpr double kBootstrapOffset = 0.1;
// Data mode: the width (pixels at scale 1) the feature names may take side by side.
constexpr double kNameRoom = 420.0;

/// Points (j + 1 + offset, weights[j]) where the weight is finite.
void setWeights(QCPGraph* graph, const Eigen::VectorXd& weights, double offset)
{
    QVector<double> keys, values;
    for (int j = 0; j < weights.size(); ++j) {
        if (std::isfinite(weights[j])) {
            keys.append(j + 1 + offset);
            values.append(weights[j]);
        }
    }
    graph->setData(keys, values, true);
}

/// Error bars from low[j] to high[j] at j + 1 + offset, hung on an unmarked centre graph; a
/// range that is not finite is left out.
void setInterval(QCPGraph* centre, QCPErrorBars* bars, const Eigen::VectorXd& low,
                 const Eigen::VectorXd& high, double offset)
{
    QVector<double> keys, centres, halves;
    for (int j = 0; j < std::min(low.size(), high.size()); ++j) {
        if (std::isfinite(low[j]) && std::isfinite(high[j])) {
            keys.append(j + 1 + offset);
            centres.append(0.5 * (low[j] + high[j]));
            halves.append(0.5 * std::abs(high[j] - low[j]));
        }
    }
    centre->setData(keys, centres, true);
    bars->setData(halves);
}
} // namespace

WeightsPlot::WeightsPlot(QWidget* parent) : ResultPlot(parent)
{
    setObjectName(QStringLiteral("weightsPlot"));
    PlotStyle::addTitle(this, QString()); // set by setDataMode
    xAxis->setLabel(tr("feature"));
    xAxis->grid()->setVisible(false);

    m_zeroLine = new QCPItemStraightLine(this);
    m_zeroLine->point1->setCoords(0.0, 0.0);
    m_zeroLine->point2->setCoords(1.0, 0.0);
    m_zeroLine->setLayer(QStringLiteral("grid"));

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

    auto interval = [this](QCPGraph*& centre, QCPErrorBars*& bars) {
        centre = addGraph();
        centre->setLineStyle(QCPGraph::lsNone);
        bars = new QCPErrorBars(xAxis, yAxis);
        bars->setDataPlottable(centre);
        bars->setSymbolGap(0.0); // the centre has no marker; the estimate's is drawn above
    };
    interval(m_analyticCentre, m_analytic);
    m_analytic->setName(tr("analytic 95 % (±1.96 SE)"));
    interval(m_bootstrapCentre, m_bootstrap);
    m_bootstrap->setName(tr("bootstrap 95 %"));
    m_dataEstimate = addGraph(); // last: its markers above the bars
    m_dataEstimate->setName(tr("estimate w"));
    m_dataEstimate->setLineStyle(QCPGraph::lsNone);

    PlotStyle::placeLegendBelow(this, 1);
    m_dataMode = true; // so that the switch below sets the texts
    setDataMode(false);
    applyStyle();
    clear(m_live);
}

void WeightsPlot::setDataMode(bool data)
{
    if (data == m_dataMode)
        return;
    m_dataMode = data;
    if (data) {
        PlotStyle::setTitle(this, tr("Fitted weights (no true β is known for data)"));
        clear(m_live);
        legend->setWrap(3); // short entries: one row
    } else {
        legend->setWrap(1);
        PlotStyle::setTitle(this, tr("Weights: truth vs estimate"));
        yAxis->setLabel(tr("weight β"));
        clearData();
        PlotStyle::setLegendEntries(this, {m_live.causal, m_live.population, m_live.estimate});
    }
}

void WeightsPlot::clearData()
{
    for (QCPGraph* graph : {m_dataEstimate, m_analyticCentre, m_bootstrapCentre})
        graph->data()->clear();
    m_analytic->data()->clear();
    m_bootstrap->data()->clear();
    m_dataFeatures.clear();
}

void WeightsPlot::applyStyle()
{
    PlotStyle::applyTo(this);
    m_zeroLine->setPen(PlotStyle::pen(PlotStyle::neutral(), 1.0));
    styleSeries();
    replot(QCustomPlot::rpQueuedReplot);
}

void WeightsPlot::styleSeries()
{
    // Many features: smaller markers, so neighbours do not merge.
    const int p = static_cast<int>(
        std::max({m_live.features.size(), m_pinned.features.size(), m_dataFeatures.size()}));
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

    m_dataEstimate->setScatterStyle(m_live.estimate->scatterStyle());
    m_analytic->setPen(PlotStyle::pen(PlotStyle::estimate(), 1.4));
    m_analytic->setWhiskerWidth(PlotStyle::markerSize(7 * size));
    m_bootstrap->setPen(PlotStyle::pen(PlotStyle::resampled(), 1.6));
    m_bootstrap->setWhiskerWidth(PlotStyle::markerSize(7 * size));
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
    setWeights(series.causal, truth.causalWeights, shift - kOffset);
    setWeights(series.population, truth.populationWeights, shift);
    setWeights(series.estimate, mc.weightMean, shift + kOffset);

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
           m_live.estimate->dataCount() + m_live.spread->dataCount() + m_dataEstimate->dataCount() +
           m_analytic->dataCount() + m_bootstrap->dataCount();
}

int WeightsPlot::pinnedPointCount() const
{
    return m_pinned.causal->dataCount() + m_pinned.population->dataCount() +
           m_pinned.estimate->dataCount() + m_pinned.spread->dataCount();
}

void WeightsPlot::showResult(const core::RecomputeResult& result)
{
    if (result.status == core::RecomputeStatus::Cancelled)
        return; // a newer result is on its way; keep what is shown
    setDataMode(false);
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

void WeightsPlot::showDataWeights(const std::vector<std::string>& features,
                                  const Eigen::VectorXd& estimate,
                                  const Eigen::VectorXd& standardErrors,
                                  const Eigen::MatrixXd& bootstrapInterval, const QString& unit,
                                  const QString& notice)
{
    setDataMode(true);
    clearData();
    showPinned(nullptr); // a simulation's pinned state does not compare with data
    m_dataFeatures = features;
    const Eigen::Index p = estimate.size();
    const bool haveBootstrap = bootstrapInterval.rows() == p && bootstrapInterval.cols() == 2;
    if (notice.isEmpty()) {
        const double at = haveBootstrap && p > 0 ? -kBootstrapOffset : 0.0;
        setWeights(m_dataEstimate, estimate, at);
        if (standardErrors.size() == p) {
            const Eigen::VectorXd half = 1.96 * standardErrors.cwiseAbs();
            setInterval(m_analyticCentre, m_analytic, estimate - half, estimate + half, at);
        }
        if (haveBootstrap)
            setInterval(m_bootstrapCentre, m_bootstrap, bootstrapInterval.col(0),
                        bootstrapInterval.col(1), kBootstrapOffset);
    }
    PlotStyle::setNotice(this, axisRect(), notice);
    yAxis->setLabel(unit.isEmpty() ? tr("weight") : tr("weight (%1)").arg(unit));

    QList<QCPAbstractPlottable*> entries;
    for (QCPAbstractPlottable* series :
         std::initializer_list<QCPAbstractPlottable*>{m_dataEstimate, m_analytic, m_bootstrap})
        if (series->interface1D()->dataCount() > 0)
            entries << series;
    PlotStyle::setLegendEntries(this, entries);
    styleSeries();
    fitAxes();
    replot(QCustomPlot::rpQueuedReplot);
}

void WeightsPlot::fitAxes()
{
    QList<QCPAbstractPlottable*> shown;
    const std::vector<std::string>* names = &m_dataFeatures;
    if (m_dataMode) {
        PlotStyle::setNameTicks(xAxis, *names, kNameRoom);
        shown = {m_dataEstimate, m_analytic, m_bootstrap};
    } else {
        if (m_pinned.features.size() > m_live.features.size())
            names = &m_pinned.features;
        else
            names = &m_live.features;
        xAxis->setTickLabelRotation(0.0);
        PlotStyle::setFeatureTicks(xAxis, *names, 6);
        shown = {m_live.causal,   m_live.population,   m_live.estimate,   m_live.spread,
                 m_pinned.causal, m_pinned.population, m_pinned.estimate, m_pinned.spread};
    }
    const int p = static_cast<int>(names->size());
    xAxis->setRange(0.4, std::max(p, 1) + 0.6);

    QCPRange range(0.0, 0.0); // the zero line stays in view
    if (PlotStyle::dataValueRange(shown, range))
        range.expand(0.0);
    PlotStyle::setPaddedRange(yAxis, range.lower, range.upper, 0.08);
}

} // namespace lev::ui
