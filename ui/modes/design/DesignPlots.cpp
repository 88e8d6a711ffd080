// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#include "modes/design/DesignPlots.h"

#include "design/DesignResult.h"
#include "modes/design/AllocationPlot.h"
#include "modes/design/BudgetPlot.h"
#include "modes/design/FractionPlot.h"
#include "modes/design/IntervalPlot.h"
#include "modes/design/PowerPlot.h"
#include "plots/CausalGraphPlot.h"

#include "plots/PlotStyle.h"

namespace lev::ui {

namespace {

constexpr int kColumns = 3;

} // namespace

DesignPlots::DesignPlots(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("designPlots"));
    // The order of names(): the bias–variance story on top, identification and spending below.
    m_graph = new CausalGraphPlot(this);
    m_graph->setObjectName(QStringLiteral("designGraphPlot"));
    auto* fraction = new FractionPlot(this);
    auto* budget = new BudgetPlot(this);
    auto* intervals = new IntervalPlot(this);
    auto* power = new PowerPlot(this);
    auto* allocation = new AllocationPlot(this);
    m_designPlots = {fraction, budget, intervals, power, allocation};
    m_plots = {fraction, budget, intervals, power, m_graph, allocation};
    QList<NamedPlotGrid::Place> places; // two rows of three
    for (int i = 0; i < int(m_plots.size()); ++i)
        places.append({names().at(i), m_plots.at(i), i / kColumns, i % kColumns, 1});
    m_grid = std::make_unique<NamedPlotGrid>(this, places);
}

DesignPlots::~DesignPlots() = default;

const QStringList& DesignPlots::names()
{
    static const QStringList names = {QStringLiteral("fraction"),  QStringLiteral("budget"),
                                      QStringLiteral("intervals"), QStringLiteral("power"),
                                      QStringLiteral("graph"),     QStringLiteral("allocation")};
    return names;
}

int DesignPlots::pointCount(const QString& name) const
{
    QCustomPlot* shown = plot(name);
    if (shown == m_graph)
        return m_graph->pointCount();
    auto* designPlot = qobject_cast<DesignPlot*>(shown);
    return designPlot ? designPlot->pointCount() : 0;
}

void DesignPlots::showResult(const core::DesignResult& result)
{
    for (DesignPlot* plot : m_designPlots)
        plot->showResult(result);
    if (!result.ok() || result.graph.nodes().empty()) {
        m_graph->showGraph(result.settings.model, core::CausalGraph(), {},
                           result.ok() ? tr("no graph in this result")
                                       : QString::fromStdString(result.message));
        return;
    }
    QStringList cut;
    for (std::size_t j = 0; j < result.randomized.size() && j < result.features.size(); ++j)
        if (result.randomized[j])
            cut << PlotStyle::featureLabel(result.features[j]);
    m_graph->showGraph(
        result.settings.model, result.graph, result.randomized,
        cut.isEmpty() ? QString()
        : cut.size() == 1
            ? tr("randomized %1: the arrows into it cut").arg(cut[0])
            : tr("randomized %1: the arrows into them cut").arg(cut.join(QStringLiteral(", "))));
}

void DesignPlots::applyStyle()
{
    for (DesignPlot* plot : m_designPlots)
        plot->applyStyle();
    m_graph->applyStyle();
}

} // namespace lev::ui
