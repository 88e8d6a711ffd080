// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#include "modes/data/DataWeightsPlot.h"

#include "plots/PlotStyle.h"

namespace lev::ui {

namespace {
// The estimate and the bootstrap interval sit this far left and right of the tick.
constexpr double kBootstrapOffset = 0.1;
// The width (pixels at scale 1) the feature names may take side by side.
constexpr double kNameRoom = 420.0;
// The normal quantile of a two-sided 95 % interval.
constexpr double kZ95 = 1.96;
} // namespace

DataWeightsPlot::DataWeightsPlot(QWidget* parent)
    : QCustomPlot(parent), m_axis(this), m_analytic(this, tr("analytic 95 % (±1.96 SE)")),
      m_bootstrap(this, tr("bootstrap 95 %"))
{
    setObjectName(QStringLiteral("dataWeightsPlot"));
    PlotStyle::addTitle(this, tr("Fitted weights (no true β is known for data)"));
    yAxis->setLabel(tr("weight"));
    m_estimate = addGraph(); // last: its markers above the bars
    m_estimate->setName(tr("estimate w"));
    m_estimate->setLineStyle(QCPGraph::lsNone);

    PlotStyle::placeLegendBelow(this, 1);
    legend->setWrap(3); // short entries: one row
    PlotStyle::setLegendEntries(this, {});
    applyStyle();
    m_axis.fitAxes(0, {});
}

void DataWeightsPlot::applyStyle()
{
    PlotStyle::applyTo(this);
    m_axis.applyStyle();
    styleSeries();
    replot(QCustomPlot::rpQueuedReplot);
}

void DataWeightsPlot::styleSeries()
{
    // Many features: smaller markers, so neighbours do not merge.
    const auto p = m_features.size();
    const double size = p <= 8 ? 1.0 : p <= 20 ? 0.75 : 0.55;
    m_estimate->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssSquare, PlotStyle::estimate(),
                                                PlotStyle::estimate(),
                                                PlotStyle::markerSize(7 * size)));
    m_analytic.setStyle(PlotStyle::pen(PlotStyle::estimate(), 1.4),
                        PlotStyle::markerSize(7 * size));
    m_bootstrap.setStyle(PlotStyle::pen(PlotStyle::resampled(), 1.6),
                         PlotStyle::markerSize(7 * size));
}

QString DataWeightsPlot::intervalName() const
{
    return m_analytic.bars()->name();
}

int DataWeightsPlot::pointCount() const
{
    return m_estimate->dataCount() + m_analytic.count() + m_bootstrap.count();
}

void DataWeightsPlot::showWeights(const std::vector<std::string>& features,
                                  const Eigen::VectorXd& estimate,
                                  const Eigen::VectorXd& standardErrors,
                                  const Eigen::MatrixXd& bootstrapInterval, const QString& unit,
                                  const QString& notice, bool robust)
{
    m_analytic.bars()->setName(robust ? tr("analytic 95 % (±1.96 HC3 SE)")
                                      : tr("analytic 95 % (±1.96 SE)"));
    m_estimate->data()->clear();
    m_analytic.clear();
    m_bootstrap.clear();
    m_features = features;
    const Eigen::Index p = estimate.size();
    const bool haveBootstrap = bootstrapInterval.rows() == p && bootstrapInterval.cols() == 2;
    if (notice.isEmpty()) {
        const double at = haveBootstrap && p > 0 ? -kBootstrapOffset : 0.0;
        FeatureAxis::setPoints(m_estimate, estimate, at);
        if (standardErrors.size() == p) {
            const Eigen::VectorXd half = kZ95 * standardErrors.cwiseAbs();
            m_analytic.setIntervals(estimate - half, estimate + half, at);
        }
        if (haveBootstrap)
            m_bootstrap.setIntervals(bootstrapInterval.col(0), bootstrapInterval.col(1),
                                     kBootstrapOffset);
    }
    PlotStyle::setNotice(this, axisRect(), notice);
    yAxis->setLabel(unit.isEmpty() ? tr("weight") : tr("weight (%1)").arg(unit));

    QList<QCPAbstractPlottable*> entries;
    for (QCPAbstractPlottable* series : std::initializer_list<QCPAbstractPlottable*>{
             m_estimate, m_analytic.bars(), m_bootstrap.bars()})
        if (series->interface1D()->dataCount() > 0)
            entries << series;
    PlotStyle::setLegendEntries(this, entries);
    styleSeries();
    PlotStyle::setNameTicks(xAxis, m_features, kNameRoom);
    m_axis.fitAxes(static_cast<int>(m_features.size()),
                   {m_estimate, m_analytic.bars(), m_bootstrap.bars()});
    replot(QCustomPlot::rpQueuedReplot);
}

} // namespace lev::ui
