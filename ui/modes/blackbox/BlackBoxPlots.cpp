// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#include "modes/blackbox/BlackBoxPlots.h"

#include "blackbox/BlackBoxResult.h"
#include "modes/blackbox/BlackBoxScoreboardPlot.h"
#include "modes/blackbox/CredibilitySweepPlot.h"
#include "modes/blackbox/CreditPlot.h"
#include "modes/blackbox/PartialDependencePlot.h"
#include "modes/blackbox/SurfacePlot.h"

namespace lev::ui {

BlackBoxPlots::BlackBoxPlots(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("blackBoxPlots"));
    m_sweep = new CredibilitySweepPlot(this);
    m_plots = {new BlackBoxScoreboardPlot(this), new CreditPlot(this),
               new PartialDependencePlot(this), new SurfacePlot(this), m_sweep};
    // Six columns: the first row holds three plots, the second two.
    const int rows[] = {0, 0, 0, 1, 1}, columns[] = {0, 2, 4, 0, 3}, spans[] = {2, 2, 2, 3, 3};
    QList<NamedPlotGrid::Place> places;
    for (int i = 0; i < int(m_plots.size()); ++i)
        places.append({names().at(i), m_plots.at(i), rows[i], columns[i], spans[i]});
    m_grid = std::make_unique<NamedPlotGrid>(this, places);
}

BlackBoxPlots::~BlackBoxPlots() = default;

const QStringList& BlackBoxPlots::names()
{
    static const QStringList names = {QStringLiteral("scoreboard"), QStringLiteral("credit"),
                                      QStringLiteral("pdp"), QStringLiteral("surface"),
                                      QStringLiteral("sweep")};
    return names;
}

BlackBoxPlot* BlackBoxPlots::plot(const QString& name) const
{
    return static_cast<BlackBoxPlot*>(m_grid->plot(name));
}

void BlackBoxPlots::showResult(const core::BlackBoxResult& result)
{
    for (BlackBoxPlot* plot : m_plots)
        plot->showResult(result);
}

void BlackBoxPlots::showSweep(const std::vector<core::BlackBoxSweepPoint>& points,
                              double collinearity)
{
    m_sweep->setCollinearity(collinearity);
    m_sweep->showSweep(points);
}

void BlackBoxPlots::applyStyle()
{
    for (BlackBoxPlot* plot : m_plots)
        plot->applyStyle();
}

} // namespace lev::ui
