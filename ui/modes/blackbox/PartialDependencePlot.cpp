// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#include "modes/blackbox/PartialDependencePlot.h"

#include "blackbox/BlackBoxResult.h"
#include "modes/blackbox/BlackBoxNarrative.h"
#include "plots/PlotStyle.h"

#include <cmath>
#include <limits>

namespace lev::ui {

PartialDependencePlot::PartialDependencePlot(QWidget* parent) : BlackBoxPlot(parent)
{
    setObjectName(QStringLiteral("partialDependencePlot"));
    PlotStyle::addTitle(this, tr("Partial dependence vs do(X)"));
    xAxis->setLabel(tr("X₁"));
    yAxis->setLabel(tr("Y"));
    // The off-manifold fraction on its own axis at the right, behind the curves.
    yAxis2->setVisible(true);
    yAxis2->setRange(0.0, 1.0);
    yAxis2->setLabel(tr("probes off the data"));
    QSharedPointer<QCPAxisTickerText> percent(new QCPAxisTickerText);
    for (double tick : {0.0, 0.5, 1.0})
        percent->addTick(tick, QStringLiteral("%1 %").arg(int(tick * 100)));
    yAxis2->setTicker(percent);
    yAxis2->grid()->setVisible(false);
    m_offManifold = new QCPBars(xAxis, yAxis2);
    m_offManifold->setName(tr("probes off the data manifold"));
    m_offManifold->setLayer(QStringLiteral("grid"));
    m_ice = new QCPCurve(xAxis, yAxis);
    m_ice->setName(tr("ICE (single rows)"));
    m_do = addGraph();
    m_do->setName(tr("true E[Y | do(X=x)]"));
    m_partial = addGraph();
    m_partial->setName(tr("partial dependence"));
    m_linear = addGraph();
    m_linear->setName(tr("linear fit"));
    legend->setVisible(true);
    PlotStyle::placeLegendBelow(this, 2);
    applyStyle();
}

void PartialDependencePlot::applyStyle()
{
    PlotStyle::applyTo(this);
    m_offManifold->setPen(Qt::NoPen);
    m_offManifold->setBrush(PlotStyle::faint(PlotStyle::neutral(), 90));
    m_ice->setPen(
        PlotStyle::pen(PlotStyle::faint(PlotStyle::themed(PlotStyle::estimate()), 70), 0.8));
    m_do->setPen(PlotStyle::pen(PlotStyle::themed(PlotStyle::causal()), 3.2));
    m_partial->setPen(PlotStyle::pen(PlotStyle::themed(PlotStyle::estimate()), 2.4));
    m_linear->setPen(PlotStyle::pen(PlotStyle::themed(PlotStyle::neutral()), 2.0, Qt::DashLine));
    replot(QCustomPlot::rpQueuedReplot);
}

void PartialDependencePlot::showResult(const core::BlackBoxResult& result)
{
    const core::PartialDependence& pd = result.partialDependence;
    const int size = int(pd.grid.size());
    const bool fitted = result.replicationsDone > 0;
    const bool valid = size >= 2 && pd.grid.array().isFinite().all();
    const QString name = pd.feature >= 0 && pd.feature < int(result.features.size())
                             ? PlotStyle::featureLabel(result.features[std::size_t(pd.feature)])
                             : QStringLiteral("X");
    PlotStyle::setTitle(this, tr("PDP and ICE of %1 vs do(%1)").arg(name));
    xAxis->setLabel(name);
    m_do->setName(tr("true E[Y | do(%1=x)]").arg(name));

    QVector<double> grid;
    for (int g = 0; valid && g < size; ++g)
        grid << pd.grid[g];
    auto series = [&](const Eigen::VectorXd& values, QCPGraph* graph) {
        if (!valid || values.size() != size || !values.array().isFinite().all()) {
            graph->data()->clear();
            return;
        }
        graph->setData(grid, QVector<double>(values.data(), values.data() + size), true);
    };
    series(pd.doCurve, m_do);
    m_linear->setName(
        tr("%1 line").arg(BlackBoxNarrative::estimatorLabel(result.linear.estimator)));
    if (fitted) {
        series(pd.values, m_partial);
        series(pd.linearValues, m_linear);
    } else {
        m_partial->data()->clear();
        m_linear->data()->clear();
    }
    const bool offKnown = valid && fitted && pd.offManifoldFraction.size() == size &&
                          pd.offManifoldFraction.array().isFinite().all();
    if (offKnown) {
        m_offManifold->setWidth(size > 1 ? (grid.back() - grid.front()) / (size - 1) : 1.0);
        m_offManifold->setData(
            grid,
            QVector<double>(pd.offManifoldFraction.data(), pd.offManifoldFraction.data() + size),
            true);
    } else {
        m_offManifold->data()->clear();
    }

    // The ICE curves as one parametric curve, a gap (NaN) between rows.
    QVector<double> t, keys, values;
    m_iceCurves = 0;
    if (valid && fitted && pd.ice.cols() == size) {
        const double gap = std::numeric_limits<double>::quiet_NaN();
        for (Eigen::Index row = 0; row < pd.ice.rows(); ++row) {
            if (!pd.ice.row(row).array().isFinite().all())
                continue;
            for (int g = 0; g < size; ++g) {
                t << t.size();
                keys << grid[g];
                values << pd.ice(row, g);
            }
            t << t.size();
            keys << gap;
            values << gap;
            ++m_iceCurves;
        }
    }
    m_ice->setData(t, keys, values, true);

    if (valid) {
        xAxis->setRange(grid.front() - m_offManifold->width() / 2,
                        grid.back() + m_offManifold->width() / 2);
        QCPRange y;
        if (PlotStyle::dataValueRange({m_do, m_partial, m_linear, m_ice}, y))
            PlotStyle::setPaddedRange(yAxis, y.lower, y.upper, 0.06);
    }
    PlotStyle::setNotice(this, axisRect(),
                         !valid ? QString::fromStdString(result.message)
                                : (fitted ? QString() : tr("fitting…")),
                         valid ? (Qt::AlignTop | Qt::AlignRight) : Qt::Alignment(Qt::AlignCenter));
    replot(QCustomPlot::rpQueuedReplot);
}

int PartialDependencePlot::pointCount() const
{
    return m_offManifold->dataCount() + m_partial->dataCount() + m_linear->dataCount() +
           m_do->dataCount() + (m_ice->dataCount() - m_iceCurves); // the gaps are no points
}

} // namespace lev::ui
