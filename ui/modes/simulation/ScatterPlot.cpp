// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#include "modes/simulation/ScatterPlot.h"

#include "plots/PairCloud.h"
#include "plots/PlotStyle.h"
#include "simulation/RecomputeResult.h"

#include <algorithm>
#include <cmath>

namespace lev::ui {

namespace {
constexpr int kMaxRows = 2000; // rows drawn per cloud

/// Column 0 against column 1 (or the outcome when p = 1), at most kMaxRows rows.
void fill(QCPGraph* graph, const Eigen::MatrixXd& features, const Eigen::VectorXd& outcome)
{
    const bool againstOutcome = features.cols() == 1;
    const bool shapeOk =
        features.cols() > 0 && (!againstOutcome || outcome.size() == features.rows());
    if (!shapeOk) {
        graph->data()->clear();
        return;
    }
    const Eigen::VectorXd y = againstOutcome ? outcome : Eigen::VectorXd(features.col(1));
    PairCloud::set(graph, features.col(0), y, kMaxRows);
}
} // namespace

ScatterPlot::ScatterPlot(QWidget* parent) : ResultPlot(parent)
{
    setObjectName(QStringLiteral("scatterPlot"));
    PlotStyle::addTitle(this, tr("Data surface vs interventions"));
    xAxis->setLabel(tr("X₁"));
    yAxis->setLabel(tr("X₂"));

    m_pinnedObserved = addGraph();
    m_pinnedObserved->setLineStyle(QCPGraph::lsNone);
    m_pinnedObserved->setLayer(PlotStyle::pinnedLayer(this));
    m_pinnedObserved->removeFromLegend();

    m_observed = addGraph();
    m_observed->setName(tr("observed: data on the surface"));
    m_observed->setLineStyle(QCPGraph::lsNone);
    m_interventional = addGraph();
    m_interventional->setName(tr("do(X): interventions leave it"));
    m_interventional->setLineStyle(QCPGraph::lsNone);

    PlotStyle::placeLegendBelow(this, 1);
    PlotStyle::setLegendEntries(this, {m_observed, m_interventional});
    applyStyle();
    clearData();
}

void ScatterPlot::applyStyle()
{
    PlotStyle::applyTo(this);
    m_observed->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc,
                                                PlotStyle::faint(PlotStyle::population(), 120),
                                                PlotStyle::markerSize(4)));
    m_interventional->setScatterStyle(
        QCPScatterStyle(QCPScatterStyle::ssDisc, PlotStyle::faint(PlotStyle::interventional(), 90),
                        PlotStyle::markerSize(4)));
    m_pinnedObserved->setScatterStyle(
        PlotStyle::ghostMarker(QCPScatterStyle::ssCircle, PlotStyle::neutral(), 4));
    replot(QCustomPlot::rpQueuedReplot);
}

void ScatterPlot::clearData()
{
    m_observed->data()->clear();
    m_interventional->data()->clear();
}

int ScatterPlot::pointCount() const
{
    return m_observed->dataCount() + m_interventional->dataCount();
}

int ScatterPlot::pinnedPointCount() const
{
    return m_pinnedObserved->visible() ? m_pinnedObserved->dataCount() : 0;
}

void ScatterPlot::showResult(const core::RecomputeResult& result)
{
    if (result.status == core::RecomputeStatus::InvalidSettings) {
        clearData();
        fitAxes();
        PlotStyle::setNotice(this, axisRect(), QString::fromStdString(result.message));
        replot(QCustomPlot::rpQueuedReplot);
        return;
    }

    const core::DisplayedDraw& draw = result.draw;
    const std::vector<std::string>& names = result.truth.features;
    // With one feature there is no X₂: show X₁ against the outcome instead.
    m_liveAgainstOutcome = draw.features.cols() == 1;
    const QString xName = !names.empty() ? PlotStyle::featureLabel(names[0]) : tr("X₁");
    xAxis->setLabel(xName);
    yAxis->setLabel(!m_liveAgainstOutcome
                        ? (names.size() > 1 ? PlotStyle::featureLabel(names[1]) : tr("X₂"))
                        : tr("Y (p = 1, no X₂)"));

    fill(m_observed, draw.features, draw.outcome);
    fill(m_interventional, draw.interventionalFeatures, draw.interventionalOutcome);
    PlotStyle::setNotice(this, axisRect(), pointCount() > 0 ? QString() : tr("no data drawn"));
    fitAxes();
    replot(QCustomPlot::rpQueuedReplot);
}

void ScatterPlot::showPinned(const core::RecomputeResult* pinned)
{
    if (pinned && (pinned->status == core::RecomputeStatus::Ok ||
                   pinned->status == core::RecomputeStatus::NotIdentifiable)) {
        fill(m_pinnedObserved, pinned->draw.features, pinned->draw.outcome);
        m_pinnedAgainstOutcome = pinned->draw.features.cols() == 1;
    } else {
        m_pinnedObserved->data()->clear();
    }
    fitAxes();
    replot(QCustomPlot::rpQueuedReplot);
}

void ScatterPlot::fitAxes()
{
    // A pinned cloud on other axes (X₁ vs Y against X₁ vs X₂) would mislead: it is not shown.
    m_pinnedObserved->setVisible(m_pinnedAgainstOutcome == m_liveAgainstOutcome);
    PlotStyle::setPinnedLegendEntry(this, pinnedPointCount() > 0);

    QList<QCPAbstractPlottable*> clouds{m_observed, m_interventional};
    if (m_pinnedObserved->visible())
        clouds.append(m_pinnedObserved);
    QCPRange x, y;
    if (!PlotStyle::dataKeyRange(clouds, x) || !PlotStyle::dataValueRange(clouds, y))
        return;
    if (!m_liveAgainstOutcome) {
        // Two features on comparable scales: the same span on both axes, so the shape of the
        // clouds (a thin surface vs a round cloud) is not distorted.
        const double half = 0.5 * std::max(x.size(), y.size());
        PlotStyle::setPaddedRange(xAxis, x.center() - half, x.center() + half, 0.05);
        PlotStyle::setPaddedRange(yAxis, y.center() - half, y.center() + half, 0.05);
    } else {
        PlotStyle::setPaddedRange(xAxis, x.lower, x.upper, 0.05);
        PlotStyle::setPaddedRange(yAxis, y.lower, y.upper, 0.05);
    }
}

} // namespace lev::ui
