// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#include "modes/blackbox/SurfacePlot.h"

#include "blackbox/BlackBoxResult.h"
#include "plots/PlotStyle.h"

#include <algorithm>
#include <cmath>

namespace lev::ui {

namespace {
constexpr int kMaxPoints = 600; ///< rows of each cloud drawn

/// Up to kMaxPoints rows of an n x 2 matrix as (x, y), finite ones only; a graph sorts by x.
void fillCloud(QCPGraph* graph, const Eigen::MatrixXd& points)
{
    QVector<QCPGraphData> data;
    if (points.cols() == 2) {
        const Eigen::Index step = std::max<Eigen::Index>(1, points.rows() / kMaxPoints);
        for (Eigen::Index i = 0; i < points.rows(); i += step)
            if (std::isfinite(points(i, 0)) && std::isfinite(points(i, 1)))
                data.append(QCPGraphData(points(i, 0), points(i, 1)));
    }
    std::sort(data.begin(), data.end(), qcpLessThanSortKey<QCPGraphData>);
    graph->data()->set(data, true);
}
} // namespace

SurfacePlot::SurfacePlot(QWidget* parent) : BlackBoxPlot(parent)
{
    setObjectName(QStringLiteral("surfacePlot"));
    // The axis rect and the colour scale side by side in one cell, the title above both.
    QCPAxisRect* rect = axisRect();
    plotLayout()->take(rect);
    auto* row = new QCPLayoutGrid;
    plotLayout()->addElement(0, 0, row);
    row->addElement(0, 0, rect);
    PlotStyle::addTitle(this, tr("The model over a slice, and where the data are"));
    m_map = new QCPColorMap(xAxis, yAxis);
    m_map->setName(tr("model's prediction"));
    m_map->setInterpolate(false);
    m_scale = new QCPColorScale(this);
    m_scale->setType(QCPAxis::atRight);
    m_scale->axis()->setLabel(tr("prediction"));
    row->addElement(0, 1, m_scale);
    m_map->setColorScale(m_scale);
    QCPColorGradient grey;
    grey.setColorStopAt(0.0, QColor(245, 245, 245));
    grey.setColorStopAt(1.0, QColor(90, 90, 90));
    m_map->setGradient(grey);
    auto* group = new QCPMarginGroup(this);
    axisRect()->setMarginGroup(QCP::msTop | QCP::msBottom, group);
    m_scale->setMarginGroup(QCP::msTop | QCP::msBottom, group);

    m_observed = addGraph();
    m_observed->setName(tr("training rows"));
    m_observed->setLineStyle(QCPGraph::lsNone);
    m_interventional = addGraph();
    m_interventional->setName(tr("rows under do(X)"));
    m_interventional->setLineStyle(QCPGraph::lsNone);
    m_map->removeFromLegend();
    legend->setVisible(true);
    PlotStyle::placeLegendBelow(this, 2);
    applyStyle();
}

void SurfacePlot::applyStyle()
{
    PlotStyle::applyTo(this);
    m_scale->axis()->setTickLabelFont(PlotStyle::font(8));
    m_scale->axis()->setLabelFont(PlotStyle::font(9));
    m_scale->axis()->setTickLabelColor(PlotStyle::foreground());
    m_scale->axis()->setLabelColor(PlotStyle::foreground());
    m_scale->setBarWidth(qRound(10 * PlotStyle::scale()));
    m_observed->setScatterStyle(QCPScatterStyle(
        QCPScatterStyle::ssDisc, PlotStyle::faint(PlotStyle::themed(PlotStyle::population()), 150),
        PlotStyle::markerSize(3.5)));
    m_interventional->setScatterStyle(
        QCPScatterStyle(QCPScatterStyle::ssCircle,
                        PlotStyle::faint(PlotStyle::themed(PlotStyle::interventional()), 200),
                        PlotStyle::markerSize(4)));
    replot(QCustomPlot::rpQueuedReplot);
}

void SurfacePlot::showResult(const core::BlackBoxResult& result)
{
    const core::PredictionSlice& slice = result.slice;
    const int p = int(result.features.size());
    auto name = [&](int j) {
        return j >= 0 && j < p ? PlotStyle::featureLabel(result.features[std::size_t(j)])
                               : QStringLiteral("X");
    };
    xAxis->setLabel(name(slice.first));
    yAxis->setLabel(name(slice.second));
    const Eigen::Index nx = slice.firstGrid.size();
    const Eigen::Index ny = slice.secondGrid.size();
    const bool valid =
        result.replicationsDone > 0 && nx >= 2 && ny >= 2 && slice.prediction.rows() == ny &&
        slice.prediction.cols() == nx && slice.prediction.array().isFinite().all() &&
        slice.firstGrid.array().isFinite().all() && slice.secondGrid.array().isFinite().all();
    if (valid) {
        const QCPRange xs(slice.firstGrid[0], slice.firstGrid[nx - 1]);
        const QCPRange ys(slice.secondGrid[0], slice.secondGrid[ny - 1]);
        m_map->data()->setSize(int(nx), int(ny));
        m_map->data()->setRange(xs, ys);
        for (Eigen::Index ix = 0; ix < nx; ++ix)
            for (Eigen::Index iy = 0; iy < ny; ++iy)
                m_map->data()->setCell(int(ix), int(iy), slice.prediction(iy, ix));
        m_map->rescaleDataRange(true);
        m_map->setVisible(true);
        // The cells are centred on the grid points: half a cell more on each side.
        const double hx = (xs.upper - xs.lower) / double(nx - 1) / 2;
        const double hy = (ys.upper - ys.lower) / double(ny - 1) / 2;
        xAxis->setRange(xs.lower - hx, xs.upper + hx);
        yAxis->setRange(ys.lower - hy, ys.upper + hy);
        fillCloud(m_observed, slice.observed);
        fillCloud(m_interventional, slice.interventional);
    } else {
        m_map->data()->clear();
        m_map->setVisible(false);
        m_observed->data()->clear();
        m_interventional->data()->clear();
    }
    m_scale->setVisible(valid);
    PlotStyle::setNotice(
        this, axisRect(),
        valid ? QString()
              : (result.message.empty() ? tr("fitting…") : QString::fromStdString(result.message)));
    replot(QCustomPlot::rpQueuedReplot);
}

int SurfacePlot::pointCount() const
{
    const int cells = m_map->visible() ? m_map->data()->keySize() * m_map->data()->valueSize() : 0;
    return cells + m_observed->dataCount() + m_interventional->dataCount();
}

} // namespace lev::ui
