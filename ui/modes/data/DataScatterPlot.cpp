// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#include "modes/data/DataScatterPlot.h"

#include "plots/PairCloud.h"
#include "plots/PlotStyle.h"

#include <cmath>

namespace lev::ui {

namespace {
constexpr int kMaxRows = 5000; // rows drawn of a user's table
constexpr int kFewRows = 500;  // up to this many rows drawn larger

/// A count with its thousands apart: "100 000".
QString grouped(qint64 count)
{
    QString digits = QString::number(count);
    for (int at = digits.size() - 3; at > 0; at -= 3)
        digits.insert(at, QLatin1Char(' '));
    return digits;
}
} // namespace

DataScatterPlot::DataScatterPlot(QWidget* parent) : QCustomPlot(parent)
{
    setObjectName(QStringLiteral("dataScatterPlot"));
    PlotStyle::addTitle(this, tr("Most correlated pair"));
    m_observed = addGraph();
    m_observed->setLineStyle(QCPGraph::lsNone);
    PlotStyle::placeLegendBelow(this, 1);
    PlotStyle::setLegendEntries(this, {});
    applyStyle();
}

int DataScatterPlot::maxRows()
{
    return kMaxRows;
}

void DataScatterPlot::applyStyle()
{
    PlotStyle::applyTo(this);
    // A small table's few rows: larger, solid markers.
    const bool few = m_observed->dataCount() <= kFewRows;
    m_observed->setScatterStyle(QCPScatterStyle(
        QCPScatterStyle::ssDisc, PlotStyle::faint(PlotStyle::population(), few ? 210 : 120),
        PlotStyle::markerSize(few ? 6 : 4)));
    replot(QCustomPlot::rpQueuedReplot);
}

int DataScatterPlot::pointCount() const
{
    return m_observed->dataCount();
}

void DataScatterPlot::showPair(const Eigen::VectorXd& x, const Eigen::VectorXd& y,
                               const QString& xName, const QString& yName, double r,
                               const QString& what)
{
    Q_ASSERT(x.size() == y.size());
    const PairCloud::Drawn drawn = PairCloud::set(m_observed, x, y, kMaxRows);

    const QString pair = what.isEmpty() ? tr("Most correlated pair") : what;
    PlotStyle::setTitle(
        this, std::isfinite(r) ? tr("%1, r = %2").arg(pair, QString::number(r, 'f', 3)) : pair);
    m_observed->setName(
        drawn.shown < drawn.finite
            ? tr("observed: %1 of %2 rows shown").arg(grouped(drawn.shown), grouped(drawn.finite))
            : tr("observed: %1 rows").arg(grouped(drawn.finite)));
    PlotStyle::setLegendEntries(this, {m_observed});
    xAxis->setLabel(xName);
    yAxis->setLabel(yName);
    if (drawn.finite > 0) {
        PlotStyle::setPaddedRange(xAxis, drawn.x.lower, drawn.x.upper, 0.05);
        PlotStyle::setPaddedRange(yAxis, drawn.y.lower, drawn.y.upper, 0.05);
    }
    PlotStyle::setNotice(this, axisRect(), drawn.finite > 0 ? QString() : tr("no rows to draw"));
    applyStyle(); // marker size by the number of rows; queues the replot
}

} // namespace lev::ui
