// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#include "modes/blackbox/BlackBoxPlots.h"

#include "blackbox/BlackBoxResult.h"
#include "modes/blackbox/BlackBoxScoreboardPlot.h"
#include "modes/blackbox/CredibilitySweepPlot.h"
#include "modes/blackbox/CreditPlot.h"
#include "modes/blackbox/PartialDependencePlot.h"
#include "modes/blackbox/SurfacePlot.h"

#include <QGridLayout>

namespace lev::ui {

namespace {
constexpr int kMostPresented = 4;
/// The page's grid: six columns; the first row holds three plots, the second two.
struct Place
{
    int row, column, span;
};
constexpr Place kPlaces[] = {{0, 0, 2}, {0, 2, 2}, {0, 4, 2}, {1, 0, 3}, {1, 3, 3}};
} // namespace

BlackBoxPlots::BlackBoxPlots(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("blackBoxPlots"));
    m_sweep = new CredibilitySweepPlot(this);
    m_plots = {new BlackBoxScoreboardPlot(this), new CreditPlot(this),
               new PartialDependencePlot(this), new SurfacePlot(this), m_sweep};
    layOut();
}

const QStringList& BlackBoxPlots::names()
{
    static const QStringList names = {QStringLiteral("scoreboard"), QStringLiteral("credit"),
                                      QStringLiteral("pdp"), QStringLiteral("surface"),
                                      QStringLiteral("sweep")};
    return names;
}

BlackBoxPlot* BlackBoxPlots::plot(const QString& name) const
{
    const int index = int(names().indexOf(name));
    return index >= 0 ? m_plots.at(index) : nullptr;
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

void BlackBoxPlots::setPresentation(const QStringList& names)
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

void BlackBoxPlots::layOut()
{
    // A new grid each time: QGridLayout keeps the rows and columns it once had.
    delete m_grid;
    m_grid = new QGridLayout(this);
    m_grid->setContentsMargins(0, 0, 0, 0);
    m_grid->setSpacing(4);
    if (m_presented.isEmpty()) {
        for (int i = 0; i < int(m_plots.size()); ++i) {
            m_grid->addWidget(m_plots.at(i), kPlaces[i].row, kPlaces[i].column, 1, kPlaces[i].span);
            m_plots.at(i)->setVisible(true);
        }
        for (int column = 0; column < 6; ++column)
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

void BlackBoxPlots::applyStyle()
{
    for (BlackBoxPlot* plot : m_plots)
        plot->applyStyle();
}

} // namespace lev::ui
