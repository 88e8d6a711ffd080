// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#include "modes/simulation/ScatterPlot.h"

#include "plots/PlotStyle.h"
#include "simulation/RecomputeResult.h"

#include <algorithm>
#include <cmath>

namespace lev::ui {

namespace {
constexpr int kMaxRows = 2000;     // rows drawn per cloud
constexpr int kMaxDataRows = 5000; // data mode: rows drawn of a user's table
constexpr int kFewDataRows = 500;  // data mode: up to this many rows drawn larger

/// A count with its thousands apart: "100 000".
QString grouped(qint64 count)
{
    QString digits = QString::number(count);
    for (int at = digits.size() - 3; at > 0; at -= 3)
        digits.insert(at, QLatin1Char(' '));
    return digits;
}

/// Column 0 against column 1 (or the outcome when p = 1) of the first kMaxRows rows.
void fill(QCPGraph* graph, const Eigen::MatrixXd& features, const Eigen::VectorXd& outcome)
{
    QVector<double> keys, values;
    const bool againstOutcome = features.cols() == 1;
    const bool shapeOk =
        features.cols() > 0 && (!againstOutcome || outcome.size() == features.rows());
    if (shapeOk) {
        const int rows = std::min<int>(static_cast<int>(features.rows()), kMaxRows);
        keys.reserve(rows);
        values.reserve(rows);
        for (int i = 0; i < rows; ++i) {
            keys.append(features(i, 0));
            values.append(againstOutcome ? outcome[i] : features(i, 1));
        }
    }
    graph->setData(keys, values);
}
} // namespace

ScatterPlot::ScatterPlot(QWidget* parent) : ResultPlot(parent)
{
    setObjectName(QStringLiteral("scatterPlot"));
    PlotStyle::addTitle(this, QString()); // set by setDataMode
    xAxis->setLabel(tr("X₁"));
    yAxis->setLabel(tr("X₂"));

    m_pinnedObserved = addGraph();
    m_pinnedObserved->setLineStyle(QCPGraph::lsNone);
    m_pinnedObserved->setLayer(PlotStyle::pinnedLayer(this));
    m_pinnedObserved->removeFromLegend();

    m_observed = addGraph();
    m_observed->setLineStyle(QCPGraph::lsNone);
    m_interventional = addGraph();
    m_interventional->setName(tr("do(X): interventions leave it"));
    m_interventional->setLineStyle(QCPGraph::lsNone);

    PlotStyle::placeLegendBelow(this, 1);
    m_dataMode = true; // so that the switch below sets the texts
    setDataMode(false);
    applyStyle();
    clearData();
}

int ScatterPlot::maxDataRows()
{
    return kMaxDataRows;
}

void ScatterPlot::setDataMode(bool data)
{
    if (data == m_dataMode)
        return;
    m_dataMode = data;
    if (data) {
        PlotStyle::setLegendEntries(this, {m_observed});
    } else {
        PlotStyle::setTitle(this, tr("Data surface vs interventions"));
        m_observed->setName(tr("observed: data on the surface"));
        PlotStyle::setLegendEntries(this, {m_observed, m_interventional});
        applyStyle(); // the simulation's marker size
    }
}

void ScatterPlot::applyStyle()
{
    PlotStyle::applyTo(this);
    // A small table's few rows: larger, solid markers.
    const bool few = m_dataMode && m_observed->dataCount() <= kFewDataRows;
    m_observed->setScatterStyle(QCPScatterStyle(
        QCPScatterStyle::ssDisc, PlotStyle::faint(PlotStyle::population(), few ? 210 : 120),
        PlotStyle::markerSize(few ? 6 : 4)));
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
    if (result.status == core::RecomputeStatus::Cancelled)
        return; // a newer result is on its way; keep what is shown
    setDataMode(false);
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

void ScatterPlot::showDataPair(const Eigen::VectorXd& x, const Eigen::VectorXd& y,
                               const QString& xName, const QString& yName, double r,
                               const QString& what)
{
    Q_ASSERT(x.size() == y.size());
    setDataMode(true);
    clearData();
    m_pinnedObserved->data()->clear(); // a simulation's pinned state does not compare with data
    PlotStyle::setPinnedLegendEntry(this, false);
    m_liveAgainstOutcome = m_pinnedAgainstOutcome = false;

    // The rows with finite values, and the ones with the extreme x and y among them.
    std::vector<Eigen::Index> finite;
    finite.reserve(static_cast<std::size_t>(std::min(x.size(), y.size())));
    Eigen::Index extremes[4] = {0, 0, 0, 0}; // rows of the least and largest x, then of y
    for (Eigen::Index i = 0; i < std::min(x.size(), y.size()); ++i) {
        if (!std::isfinite(x[i]) || !std::isfinite(y[i]))
            continue;
        if (finite.empty())
            std::fill(std::begin(extremes), std::end(extremes), i);
        extremes[0] = x[i] < x[extremes[0]] ? i : extremes[0];
        extremes[1] = x[i] > x[extremes[1]] ? i : extremes[1];
        extremes[2] = y[i] < y[extremes[2]] ? i : extremes[2];
        extremes[3] = y[i] > y[extremes[3]] ? i : extremes[3];
        finite.push_back(i);
    }
    // Of many rows: evenly spaced ones, the same on every call, each extreme row in place of
    // its nearest spaced neighbour, so that what the axes span is drawn.
    const qint64 total = static_cast<qint64>(finite.size());
    std::vector<Eigen::Index> drawn;
    if (total <= kMaxDataRows) {
        drawn = finite;
    } else {
        for (qint64 k = 0; k < kMaxDataRows; ++k)
            drawn.push_back(finite[static_cast<std::size_t>(k * total / kMaxDataRows)]);
        const auto extreme = [&extremes](Eigen::Index row) {
            return std::find(std::begin(extremes), std::end(extremes), row) != std::end(extremes);
        };
        for (Eigen::Index row : extremes) {
            const auto at = std::lower_bound(drawn.begin(), drawn.end(), row);
            if (at != drawn.end() && *at == row)
                continue;
            const auto place = drawn.insert(at, row) - drawn.begin();
            for (std::ptrdiff_t d = 1;; ++d) { // a spaced row is near: at most 4 are extreme
                const std::ptrdiff_t after = place + d, before = place - d;
                if (after < std::ptrdiff_t(drawn.size()) && !extreme(drawn[std::size_t(after)])) {
                    drawn.erase(drawn.begin() + after);
                    break;
                }
                if (before >= 0 && !extreme(drawn[std::size_t(before)])) {
                    drawn.erase(drawn.begin() + before);
                    break;
                }
            }
        }
    }
    QVector<double> keys, values;
    keys.reserve(static_cast<int>(drawn.size()));
    values.reserve(static_cast<int>(drawn.size()));
    for (Eigen::Index i : drawn) {
        keys.append(x[i]);
        values.append(y[i]);
    }
    m_observed->setData(keys, values);
    const qint64 shown = m_observed->dataCount();

    const QString pair = what.isEmpty() ? tr("Most correlated pair") : what;
    PlotStyle::setTitle(this,
                        std::isfinite(r) ? tr("%1, r = %2").arg(pair).arg(r, 0, 'f', 3) : pair);
    m_observed->setName(
        shown < total ? tr("observed: %1 of %2 rows shown").arg(grouped(shown), grouped(total))
                      : tr("observed: %1 rows").arg(grouped(total)));
    xAxis->setLabel(xName);
    yAxis->setLabel(yName);
    if (total > 0) {
        PlotStyle::setPaddedRange(xAxis, x[extremes[0]], x[extremes[1]], 0.05);
        PlotStyle::setPaddedRange(yAxis, y[extremes[2]], y[extremes[3]], 0.05);
    }
    PlotStyle::setNotice(this, axisRect(), total > 0 ? QString() : tr("no rows to draw"));
    applyStyle(); // marker size by the number of rows; queues the replot
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
