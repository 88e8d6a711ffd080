// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#include "modes/design/FractionPlot.h"

#include "design/DesignResult.h"
#include "plots/PlotStyle.h"

#include <cmath>

namespace lev::ui {

namespace {

constexpr auto kPooled = static_cast<std::size_t>(core::DesignStrategy::Pooled);

} // namespace

FractionPlot::FractionPlot(QWidget* parent) : DesignPlot(parent)
{
    setObjectName(QStringLiteral("fractionPlot"));
    PlotStyle::addTitle(this, tr("Pooled fit: error against π"));
    xAxis->setLabel(tr("randomized fraction π of the n rows"));
    yAxis->setLabel(tr("E‖w − β‖²"));
    xAxis->setRange(-0.02, 1.02);

    m_error = addGraph();
    m_error->setName(tr("error = bias² + variance"));
    m_bias = addGraph();
    m_bias->setName(tr("bias²"));
    m_variance = addGraph();
    m_variance->setName(tr("variance"));
    m_errorPoints = addGraph();
    m_errorPoints->setName(tr("Monte Carlo"));
    m_biasPoints = addGraph();
    m_variancePoints = addGraph();
    for (QCPGraph* points : {m_errorPoints, m_biasPoints, m_variancePoints})
        points->setLineStyle(QCPGraph::lsNone);
    m_biasPoints->removeFromLegend();
    m_variancePoints->removeFromLegend();
    for (QCPGraph* curve : {m_error, m_bias, m_variance})
        addPinnable(curve);

    m_now = new QCPItemStraightLine(this);
    m_now->setVisible(false);
    m_nowLabel = new QCPItemText(this);
    m_nowLabel->setText(tr("now"));
    m_nowLabel->position->setTypeX(QCPItemPosition::ptPlotCoords);
    m_nowLabel->position->setTypeY(QCPItemPosition::ptAxisRectRatio);
    m_nowLabel->setVisible(false);

    PlotStyle::placeLegendBelow(this, 2);
    applyStyle();
    PlotStyle::setNotice(this, axisRect(), tr("no design computed yet"));
}

void FractionPlot::applyStyle()
{
    PlotStyle::applyTo(this);
    const std::pair<QCPGraph*, QColor> lines[] = {{m_error, PlotStyle::estimate()},
                                                  {m_bias, PlotStyle::population()},
                                                  {m_variance, PlotStyle::sample()}};
    for (const auto& [graph, colour] : lines)
        graph->setPen(PlotStyle::pen(colour, 2.0));
    const std::pair<QCPGraph*, QColor> points[] = {{m_errorPoints, PlotStyle::estimate()},
                                                   {m_biasPoints, PlotStyle::population()},
                                                   {m_variancePoints, PlotStyle::sample()}};
    for (const auto& [graph, colour] : points)
        graph->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle,
                                               PlotStyle::pen(colour, 1.4), Qt::white,
                                               PlotStyle::markerSize(6)));
    m_now->setPen(PlotStyle::pen(PlotStyle::neutral(), 1.4, Qt::DashLine));
    m_nowLabel->setFont(PlotStyle::font(8));
    m_nowLabel->setColor(PlotStyle::neutral());
    styleGhosts();
    replot(QCustomPlot::rpQueuedReplot);
}

int FractionPlot::pointCount() const
{
    int count = 0;
    for (QCPGraph* graph :
         {m_error, m_bias, m_variance, m_errorPoints, m_biasPoints, m_variancePoints})
        count += graph->dataCount();
    return count;
}

void FractionPlot::showResult(const core::DesignResult& result)
{
    QVector<double> keys, error, bias, variance, mcKeys, mcError, mcBias, mcVariance;
    for (const core::FractionPoint& point : result.fractionCurve) {
        if (const auto& exact = point.exact[kPooled]) {
            keys << point.fraction;
            error << exact->meanSquaredError();
            bias << exact->bias2;
            variance << exact->variance;
        }
        if (const auto& mc = point.monteCarlo[kPooled]) {
            mcKeys << point.fraction;
            mcError << mc->meanSquaredError();
            mcBias << mc->bias2;
            mcVariance << mc->variance;
        }
    }
    m_error->setData(keys, error, true);
    m_bias->setData(keys, bias, true);
    m_variance->setData(keys, variance, true);
    m_errorPoints->setName(result.refined ? tr("Monte Carlo") : tr("Monte Carlo: refining…"));
    m_errorPoints->setData(mcKeys, mcError, true);
    m_biasPoints->setData(mcKeys, mcBias, true);
    m_variancePoints->setData(mcKeys, mcVariance, true);

    const double pi = result.settings.fraction;
    m_now->point1->setCoords(pi, 0.0);
    m_now->point2->setCoords(pi, 1.0);
    m_nowLabel->position->setCoords(pi, 0.0);
    m_nowLabel->setPositionAlignment(Qt::AlignTop | (pi > 0.8 ? Qt::AlignRight : Qt::AlignLeft));
    m_nowLabel->setText(tr("π = %1").arg(pi, 0, 'f', 2));
    m_now->setVisible(result.ok());
    m_nowLabel->setVisible(result.ok());

    QCPRange range;
    if (PlotStyle::dataValueRange(
            {m_error, m_bias, m_variance, m_errorPoints, m_biasPoints, m_variancePoints}, range))
        PlotStyle::setPaddedRange(yAxis, std::min(0.0, range.lower), range.upper);
    PlotStyle::setTitle(this, tr("Pooled fit at n = %1: error against π").arg(result.settings.n));
    PlotStyle::setNotice(this, axisRect(),
                         !result.ok()     ? QString::fromStdString(result.message)
                         : keys.isEmpty() ? tr("no fraction curve in this result")
                                          : QString());
    replot(QCustomPlot::rpQueuedReplot);
}

} // namespace lev::ui
