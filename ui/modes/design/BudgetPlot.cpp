// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#include "modes/design/BudgetPlot.h"

#include "design/DesignResult.h"
#include "modes/design/StrategyStyle.h"
#include "plots/PlainLogTicker.h"
#include "plots/PlotStyle.h"

#include <cmath>

namespace lev::ui {

BudgetPlot::BudgetPlot(QWidget* parent) : DesignPlot(parent)
{
    setObjectName(QStringLiteral("budgetPlot"));
    PlotStyle::addTitle(this, tr("Weight error against the budget n"));
    xAxis->setLabel(tr("rows n in the study (log)"));
    yAxis->setLabel(tr("weight error (log)"));
    PlotStyle::setLogarithmic(xAxis);
    PlotStyle::setLogarithmic(yAxis);
    xAxis->setTicker(QSharedPointer<QCPAxisTicker>(new PlainLogTicker));
    yAxis->setTicker(QSharedPointer<QCPAxisTicker>(new PlainLogTicker));
    for (core::DesignStrategy strategy : core::allDesignStrategies()) {
        QCPGraph* graph = addGraph();
        graph->setName(StrategyStyle::name(strategy));
        m_curves[static_cast<std::size_t>(strategy)] = graph;
        addPinnable(graph);
    }
    m_now = new QCPItemStraightLine(this);
    m_now->setVisible(false);
    PlotStyle::placeLegendBelow(this, 2);
    applyStyle();
    PlotStyle::setNotice(this, axisRect(), tr("no design computed yet"));
}

void BudgetPlot::applyStyle()
{
    PlotStyle::applyTo(this);
    for (core::DesignStrategy strategy : core::allDesignStrategies()) {
        QCPGraph* graph = m_curves[static_cast<std::size_t>(strategy)];
        graph->setPen(StrategyStyle::pen(strategy));
        graph->setScatterStyle(StrategyStyle::marker(strategy));
    }
    m_now->setPen(PlotStyle::pen(PlotStyle::neutral(), 1.4, Qt::DashLine));
    styleGhosts();
    replot(QCustomPlot::rpQueuedReplot);
}

int BudgetPlot::pointCount() const
{
    int count = 0;
    for (QCPGraph* graph : m_curves)
        count += graph->dataCount();
    return count;
}

void BudgetPlot::showResult(const core::DesignResult& result)
{
    for (core::DesignStrategy strategy : core::allDesignStrategies()) {
        const auto s = static_cast<std::size_t>(strategy);
        QVector<double> keys, values;
        for (const core::SizePoint& point : result.sizeCurve) {
            const auto& exact = point.exact[s];
            // A zero error (every feature randomized, no noise) has no place on a log axis.
            if (exact && exact->meanSquaredError() > 0.0 &&
                std::isfinite(exact->meanSquaredError())) {
                keys << point.n;
                values << std::sqrt(exact->meanSquaredError());
            }
        }
        m_curves[s]->setData(keys, values, true);
    }
    const double n = result.settings.n;
    m_now->point1->setCoords(n, 1.0);
    m_now->point2->setCoords(n, 2.0);
    m_now->setVisible(result.ok());

    const QList<QCPAbstractPlottable*> all(m_curves.begin(), m_curves.end());
    QCPRange keys, values;
    const bool any = PlotStyle::dataKeyRange(all, keys) && PlotStyle::dataValueRange(all, values);
    if (any) {
        PlotStyle::setPaddedRange(xAxis, std::min(keys.lower, n), std::max(keys.upper, n));
        PlotStyle::setPaddedRange(yAxis, values.lower, values.upper);
    }
    PlotStyle::setTitle(
        this, tr("Weight error against n at π = %1").arg(result.settings.fraction, 0, 'f', 2));
    PlotStyle::setNotice(this, axisRect(),
                         !result.ok() ? QString::fromStdString(result.message)
                         : !any       ? tr("no budget curve in this result")
                                      : QString());
    replot(QCustomPlot::rpQueuedReplot);
}

} // namespace lev::ui
