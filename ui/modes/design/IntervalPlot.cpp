// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#include "modes/design/IntervalPlot.h"

#include "design/DesignResult.h"
#include "modes/design/StrategyStyle.h"
#include "plots/IntervalBars.h"
#include "plots/PlotStyle.h"

#include <cmath>

namespace lev::ui {

namespace {

constexpr double kSpacing = 0.17; ///< the strategies' offsets around each feature

double offset(core::DesignStrategy strategy)
{
    return (static_cast<int>(strategy) - 1.5) * kSpacing;
}

} // namespace

IntervalPlot::IntervalPlot(QWidget* parent) : DesignPlot(parent)
{
    setObjectName(QStringLiteral("intervalPlot"));
    PlotStyle::addTitle(this, tr("One study: 95 % intervals per strategy"));
    yAxis->setLabel(tr("weight"));
    xAxis->setLabel(tr("feature"));
    m_zero = new QCPItemStraightLine(this);
    m_zero->point1->setCoords(0.0, 0.0);
    m_zero->point2->setCoords(1.0, 0.0);
    m_causal = addGraph();
    m_causal->setName(tr("causal β"));
    m_causal->setLineStyle(QCPGraph::lsNone);
    for (core::DesignStrategy strategy : core::allDesignStrategies()) {
        const auto s = static_cast<std::size_t>(strategy);
        m_intervals[s] = std::make_unique<IntervalBars>(this, StrategyStyle::name(strategy));
        m_estimates[s] = addGraph();
        m_estimates[s]->setLineStyle(QCPGraph::lsNone);
        m_estimates[s]->removeFromLegend();
    }
    PlotStyle::placeLegendBelow(this, 2);
    QList<QCPAbstractPlottable*> legend{m_causal};
    for (const auto& bars : m_intervals)
        legend << bars->bars();
    PlotStyle::setLegendEntries(this, legend);
    applyStyle();
    PlotStyle::setNotice(this, axisRect(), tr("no design computed yet"));
}

IntervalPlot::~IntervalPlot() = default;

void IntervalPlot::applyStyle()
{
    PlotStyle::applyTo(this);
    m_zero->setPen(PlotStyle::pen(PlotStyle::neutral(), 1.0, Qt::DotLine));
    m_causal->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssPlus,
                                              PlotStyle::pen(PlotStyle::causal(), 3.0),
                                              PlotStyle::causal(), PlotStyle::markerSize(16)));
    for (core::DesignStrategy strategy : core::allDesignStrategies()) {
        const auto s = static_cast<std::size_t>(strategy);
        m_intervals[s]->setStyle(StrategyStyle::pen(strategy, 1.8), PlotStyle::markerSize(5));
        m_estimates[s]->setScatterStyle(StrategyStyle::marker(strategy, 6));
    }
    replot(QCustomPlot::rpQueuedReplot);
}

int IntervalPlot::pointCount() const
{
    int count = m_causal->dataCount();
    for (const auto& bars : m_intervals)
        count += bars->count();
    return count;
}

void IntervalPlot::showResult(const core::DesignResult& result)
{
    const Eigen::VectorXd& causal = result.truth.causalWeights;
    QVector<double> keys, values;
    for (int j = 0; j < causal.size(); ++j) {
        keys << j + 1;
        values << causal[j];
    }
    m_causal->setData(keys, values, true);
    QStringList missing;
    for (core::DesignStrategy strategy : core::allDesignStrategies()) {
        const auto s = static_cast<std::size_t>(strategy);
        const core::StrategyOutcome& outcome = result.strategy(strategy);
        if (outcome.estimate.size() == causal.size() &&
            outcome.intervalLow.size() == causal.size() &&
            outcome.intervalHigh.size() == causal.size()) {
            m_intervals[s]->setIntervals(outcome.intervalLow, outcome.intervalHigh,
                                         offset(strategy));
            QVector<double> at, estimate;
            for (int j = 0; j < outcome.estimate.size(); ++j)
                if (std::isfinite(outcome.estimate[j])) {
                    at << j + 1 + offset(strategy);
                    estimate << outcome.estimate[j];
                }
            m_estimates[s]->setData(at, estimate, true);
        } else {
            m_intervals[s]->clear();
            m_estimates[s]->data()->clear();
            if (result.ok())
                missing << StrategyStyle::name(strategy);
        }
    }
    PlotStyle::setFeatureTicks(xAxis, result.features);
    xAxis->setRange(0.4, std::max<double>(1.0, double(causal.size())) + 0.6);
    QList<QCPAbstractPlottable*> all{m_causal};
    for (QCPGraph* graph : m_estimates)
        all << graph;
    for (const auto& bars : m_intervals)
        all << bars->bars();
    QCPRange range;
    if (PlotStyle::dataValueRange(all, range))
        PlotStyle::setPaddedRange(yAxis, std::min(0.0, range.lower), std::max(0.0, range.upper));
    QString notice;
    if (!result.ok())
        notice = QString::fromStdString(result.message);
    else if (missing.size() == core::kDesignStrategyCount)
        notice = tr("no fits in this result");
    else if (!missing.isEmpty())
        notice = tr("too few rows to fit: %1").arg(missing.join(QStringLiteral(", ")));
    PlotStyle::setNotice(this, axisRect(), notice, Qt::AlignTop | Qt::AlignLeft);
    replot(QCustomPlot::rpQueuedReplot);
}

} // namespace lev::ui
