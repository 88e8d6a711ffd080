#include "ScatterPlot.h"

#include "PlotStyle.h"
#include "analysis/RecomputeResult.h"

#include <algorithm>
#include <limits>

namespace lev::ui {

namespace {
constexpr int kMaxRows = 2000; // rows drawn per cloud

struct Bounds
{
    double xLow = std::numeric_limits<double>::max();
    double xHigh = std::numeric_limits<double>::lowest();
    double yLow = std::numeric_limits<double>::max();
    double yHigh = std::numeric_limits<double>::lowest();
    bool empty() const { return xLow > xHigh; }
};

/// Column x against column y (or the outcome when y < 0) of the first kMaxRows rows.
void fill(QCPGraph* graph, const Eigen::MatrixXd& features, const Eigen::VectorXd& outcome,
          int yColumn, Bounds& bounds)
{
    QVector<double> keys, values;
    const bool shapeOk = features.cols() > 0 && (yColumn >= 0 ? features.cols() > yColumn
                                                              : outcome.size() == features.rows());
    if (shapeOk) {
        const int rows = std::min<int>(static_cast<int>(features.rows()), kMaxRows);
        keys.reserve(rows);
        values.reserve(rows);
        for (int i = 0; i < rows; ++i) {
            const double x = features(i, 0);
            const double y = yColumn >= 0 ? features(i, yColumn) : outcome[i];
            keys.append(x);
            values.append(y);
            bounds.xLow = std::min(bounds.xLow, x);
            bounds.xHigh = std::max(bounds.xHigh, x);
            bounds.yLow = std::min(bounds.yLow, y);
            bounds.yHigh = std::max(bounds.yHigh, y);
        }
    }
    graph->setData(keys, values);
}
} // namespace

ScatterPlot::ScatterPlot(QWidget* parent) : QCustomPlot(parent)
{
    setObjectName(QStringLiteral("scatterPlot"));
    PlotStyle::applyTo(this);
    PlotStyle::addTitle(this, tr("Data surface vs interventions"));
    xAxis->setLabel(tr("X₁"));
    yAxis->setLabel(tr("X₂"));

    m_observed = addGraph();
    m_observed->setName(tr("observed: data on the surface"));
    m_observed->setLineStyle(QCPGraph::lsNone);
    m_observed->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc,
                                                PlotStyle::faint(PlotStyle::population(), 120),
                                                PlotStyle::markerSize(4)));
    m_interventional = addGraph();
    m_interventional->setName(tr("do(X): interventions leave it"));
    m_interventional->setLineStyle(QCPGraph::lsNone);
    m_interventional->setScatterStyle(
        QCPScatterStyle(QCPScatterStyle::ssDisc, PlotStyle::faint(PlotStyle::interventional(), 90),
                        PlotStyle::markerSize(4)));

    PlotStyle::placeLegendBelow(this, 1);
    clearData();
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

void ScatterPlot::showResult(const core::RecomputeResult& result)
{
    if (result.status == core::RecomputeStatus::Cancelled)
        return; // a newer result is on its way; keep what is shown
    if (result.status == core::RecomputeStatus::InvalidSettings) {
        clearData();
        PlotStyle::setNotice(this, axisRect(), QString::fromStdString(result.message));
        replot(QCustomPlot::rpQueuedReplot);
        return;
    }

    const core::DisplayedDraw& draw = result.draw;
    const std::vector<std::string>& names = result.truth.features;
    const int p = static_cast<int>(draw.features.cols());
    // With one feature there is no X₂: show X₁ against the outcome instead.
    const int yColumn = p >= 2 ? 1 : -1;
    const QString xName = !names.empty() ? PlotStyle::featureLabel(names[0]) : tr("X₁");
    xAxis->setLabel(xName);
    yAxis->setLabel(yColumn >= 0 ? (names.size() > 1 ? PlotStyle::featureLabel(names[1]) : tr("X₂"))
                                 : tr("Y (p = 1, no X₂)"));

    Bounds bounds;
    fill(m_observed, draw.features, draw.outcome, yColumn, bounds);
    fill(m_interventional, draw.interventionalFeatures, draw.interventionalOutcome, yColumn,
         bounds);

    if (bounds.empty()) {
        PlotStyle::setNotice(this, axisRect(), tr("no data drawn"));
        replot(QCustomPlot::rpQueuedReplot);
        return;
    }
    PlotStyle::setNotice(this, axisRect(), QString());
    if (yColumn >= 0) {
        // Two features on comparable scales: the same span on both axes, so the shape of the
        // clouds (a thin surface vs a round cloud) is not distorted.
        const double half = 0.5 * std::max(bounds.xHigh - bounds.xLow, bounds.yHigh - bounds.yLow);
        const double xMid = 0.5 * (bounds.xLow + bounds.xHigh);
        const double yMid = 0.5 * (bounds.yLow + bounds.yHigh);
        PlotStyle::setPaddedRange(xAxis, xMid - half, xMid + half, 0.05);
        PlotStyle::setPaddedRange(yAxis, yMid - half, yMid + half, 0.05);
    } else {
        PlotStyle::setPaddedRange(xAxis, bounds.xLow, bounds.xHigh, 0.05);
        PlotStyle::setPaddedRange(yAxis, bounds.yLow, bounds.yHigh, 0.05);
    }
    replot(QCustomPlot::rpQueuedReplot);
}

} // namespace lev::ui
