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

#include <QGridLayout>

namespace lev::ui {

namespace {

constexpr int kColumns = 3;
constexpr int kMostPresented = 4;

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
    layOut();
}

const QStringList& DesignPlots::names()
{
    static const QStringList names = {QStringLiteral("fraction"),  QStringLiteral("budget"),
                                      QStringLiteral("intervals"), QStringLiteral("power"),
                                      QStringLiteral("graph"),     QStringLiteral("allocation")};
    return names;
}

QCustomPlot* DesignPlots::plot(const QString& name) const
{
    const int index = int(names().indexOf(name));
    return index >= 0 ? m_plots.at(index) : nullptr;
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

void DesignPlots::setPresentation(const QStringList& names)
{
    QStringList shown;
    for (const QString& name : names)
        if (plot(name) && !shown.contains(name) && shown.size() < kMostPresented)
            shown << name;
    if (shown == m_presented)
        return;
    m_presented = shown;
    layOut();
}

void DesignPlots::layOut()
{
    // A new grid each time: QGridLayout keeps the rows and columns it once had.
    delete m_grid;
    m_grid = new QGridLayout(this);
    m_grid->setContentsMargins(0, 0, 0, 0);
    m_grid->setSpacing(4);
    if (m_presented.isEmpty()) {
        for (int i = 0; i < int(m_plots.size()); ++i) {
            m_grid->addWidget(m_plots.at(i), i / kColumns, i % kColumns);
            m_plots.at(i)->setVisible(true);
        }
        for (int column = 0; column < kColumns; ++column)
            m_grid->setColumnStretch(column, 1);
        m_grid->setRowStretch(0, 1);
        m_grid->setRowStretch(1, 1);
        return;
    }
    for (int i = 0; i < int(m_plots.size()); ++i)
        m_plots.at(i)->setVisible(m_presented.contains(names().at(i)));
    const int count = int(m_presented.size());
    const int columns = count == 4 ? 2 : count;
    for (int i = 0; i < count; ++i)
        m_grid->addWidget(plot(m_presented.at(i)), i / columns, i % columns);
    for (int column = 0; column < columns; ++column)
        m_grid->setColumnStretch(column, 1);
    for (int row = 0; row < (count + columns - 1) / columns; ++row)
        m_grid->setRowStretch(row, 1);
}

void DesignPlots::applyStyle()
{
    for (DesignPlot* plot : m_designPlots)
        plot->applyStyle();
    m_graph->applyStyle();
}

} // namespace lev::ui
