// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#include "modes/environments/EnvironmentCloudPlot.h"

#include "environments/EnvironmentsResult.h"
#include "plots/PlotStyle.h"

#include <algorithm>
#include <cmath>

namespace lev::ui {

namespace {

/// The observational blue, light for the first group to dark for the last.
QColor shadeOf(int group, int groups)
{
    const double f = groups > 1 ? double(group) / (groups - 1) : 1.0;
    const QColor base = PlotStyle::population();
    return QColor::fromHslF(base.hslHueF(), base.hslSaturationF(), 0.78 - 0.5 * f, 0.55);
}

} // namespace

EnvironmentCloudPlot::EnvironmentCloudPlot(QWidget* parent) : EnvironmentsPlot(parent)
{
    setObjectName(QStringLiteral("environmentCloudPlot"));
    PlotStyle::addTitle(this, tr("The environments and each fit"));
    xAxis->setLabel(tr("X₁ (the lever)"));
    yAxis->setLabel(tr("Y"));
    m_means = addGraph();
    m_means->setLineStyle(QCPGraph::lsNone);
    m_means->setName(tr("environment means"));
    m_causal = addGraph();
    m_causal->setName(tr("causal: E[Y | do(X₁)]"));
    PlotStyle::placeLegendBelow(this, 3);
    applyStyle();
    PlotStyle::setNotice(this, axisRect(), tr("no result yet"));
}

void EnvironmentCloudPlot::applyStyle()
{
    PlotStyle::applyTo(this);
    for (int g = 0; g < int(m_clouds.size()); ++g)
        m_clouds[g]->setScatterStyle(QCPScatterStyle(
            QCPScatterStyle::ssDisc, shadeOf(g, int(m_clouds.size())), PlotStyle::markerSize(3)));
    m_means->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle,
                                             PlotStyle::pen(PlotStyle::foreground(), 2.0),
                                             Qt::white, PlotStyle::markerSize(11)));
    m_causal->setPen(PlotStyle::pen(PlotStyle::causal(), 2.6));
    styleNote();
    for (int i = 0; i < int(m_fits.size()); ++i)
        m_fits[i]->setPen(fitPen(m_fitGammas[i], 2.2));
    replot(QCustomPlot::rpQueuedReplot);
}

int EnvironmentCloudPlot::pointCount() const
{
    int count = m_means->dataCount();
    for (QCPGraph* graph : m_clouds)
        count += graph->dataCount();
    return count;
}

void EnvironmentCloudPlot::showResult(const core::EnvironmentsResult& result)
{
    for (QCPGraph* graph : m_clouds + m_fits)
        removeGraph(graph);
    m_clouds.clear();
    m_fits.clear();
    m_fitGammas.clear();
    m_means->data()->clear();
    m_causal->data()->clear();
    if (!result.ok()) {
        setNote(QString());
        PlotStyle::setNotice(this, axisRect(), QString::fromStdString(result.message));
        replot(QCustomPlot::rpQueuedReplot);
        return;
    }
    const core::ShiftedSample& sample = result.sample;
    const int groups = int(result.groupNames.size());
    QVector<QVector<double>> xs(groups), ys(groups);
    const Eigen::Index n = sample.target.size();
    const Eigen::Index stride = std::max<Eigen::Index>(1, (n + kMaxPoints - 1) / kMaxPoints);
    for (Eigen::Index i = 0; i < n; i += stride) {
        xs[result.group[i]] << sample.features(i, 0);
        ys[result.group[i]] << sample.target[i];
    }
    // The clouds lowest layer first, so that the lines and the means stay on top.
    for (int g = 0; g < groups; ++g) {
        QCPGraph* cloud = addGraph();
        cloud->setLineStyle(QCPGraph::lsNone);
        cloud->setData(xs[g], ys[g]);
        // One legend entry for the clouds: their shades say the rest.
        cloud->setName(
            g == 0 ? tr("rows: light → dark = %1 1 → %2")
                         .arg(result.groupsAreTerciles ? tr("A's third") : tr("environment"))
                         .arg(groups)
                   : QString());
        if (g > 0)
            cloud->removeFromLegend();
        m_clouds << cloud;
        m_means->addData(result.groupMeans(g, 0), result.groupMeans(g, 1));
    }
    for (QCPGraph* cloud : m_clouds)
        cloud->setLayer(QStringLiteral("grid")); // above the grid lines, below the fits
    QCPRange xRange;
    PlotStyle::dataKeyRange(QList<QCPAbstractPlottable*>(m_clouds.begin(), m_clouds.end()), xRange);
    const double x0 = xRange.lower;
    const double x1 = xRange.upper;
    for (const core::NamedWeights& fit : result.fits) {
        // The fit in the X1-Y plane with the other features at their sample means.
        double offset = fit.intercept;
        for (Eigen::Index j = 1; j < fit.weights.size(); ++j)
            offset += fit.weights[j] * result.featureMeans[j];
        QCPGraph* line = addGraph();
        line->setName(QString::fromStdString(fit.name));
        line->setData({x0, x1}, {offset + fit.weights[0] * x0, offset + fit.weights[0] * x1}, true);
        m_fits << line;
        m_fitGammas << fit.gamma;
    }
    m_causal->setData({x0, x1}, {result.causal[0] * x0, result.causal[0] * x1}, true);
    QCPRange yRange;
    PlotStyle::dataValueRange(QList<QCPAbstractPlottable*>(m_clouds.begin(), m_clouds.end()),
                              yRange);
    PlotStyle::setPaddedRange(xAxis, x0, x1, 0.03);
    PlotStyle::setPaddedRange(yAxis, yRange.lower, yRange.upper, 0.03);
    PlotStyle::setNotice(this, axisRect(), QString());
    setNote(result.features.size() > 1 ? tr("lines: X₂ held at its mean") : QString());
    // The means above the lines.
    m_means->setLayer(QStringLiteral("overlay"));
    applyStyle();
}

} // namespace lev::ui
