// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#include "modes/environments/EnvironmentsPlots.h"

#include "modes/environments/AnchorPathPlot.h"
#include "modes/environments/EnvironmentCloudPlot.h"
#include "modes/environments/EnvironmentGraphPlot.h"
#include "modes/environments/IcpPlot.h"
#include "modes/environments/ShiftRiskPlot.h"

#include <QGridLayout>

namespace lev::ui {

namespace {

constexpr int kMostPresented = 4;

} // namespace

EnvironmentsPlots::EnvironmentsPlots(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("environmentsPlots"));
    m_own = {new AnchorPathPlot(this), new ShiftRiskPlot(this), new EnvironmentCloudPlot(this),
             new IcpPlot(this), new EnvironmentGraphPlot(this)};
    for (EnvironmentsPlot* plot : m_own)
        m_plots << plot;
    layOut();
}

const QStringList& EnvironmentsPlots::names()
{
    static const QStringList names = {QStringLiteral("path"), QStringLiteral("risk"),
                                      QStringLiteral("clouds"), QStringLiteral("icp"),
                                      QStringLiteral("graph")};
    return names;
}

EnvironmentsPlot* EnvironmentsPlots::plot(const QString& name) const
{
    const int index = int(names().indexOf(name));
    return index >= 0 ? m_own.at(index) : nullptr;
}

int EnvironmentsPlots::pointCount(const QString& name) const
{
    const EnvironmentsPlot* shown = plot(name);
    return shown ? shown->pointCount() : 0;
}

void EnvironmentsPlots::showResult(const core::EnvironmentsResult& result)
{
    for (EnvironmentsPlot* plot : m_own)
        plot->showResult(result);
}

void EnvironmentsPlots::setPresentation(const QStringList& names)
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

void EnvironmentsPlots::layOut()
{
    // A new grid each time: QGridLayout keeps the rows and columns it once had.
    delete m_grid;
    m_grid = new QGridLayout(this);
    m_grid->setContentsMargins(0, 0, 0, 0);
    m_grid->setSpacing(4);
    if (m_presented.isEmpty()) {
        // The story on top (path, risk, graph), the evidence below (clouds, ICP, wider).
        const int places[][3] = {{0, 0, 2}, {0, 2, 2}, {1, 0, 3}, {1, 3, 3}, {0, 4, 2}};
        for (int i = 0; i < int(m_plots.size()); ++i) {
            m_grid->addWidget(m_plots.at(i), places[i][0], places[i][1], 1, places[i][2]);
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

void EnvironmentsPlots::applyStyle()
{
    for (EnvironmentsPlot* plot : m_own)
        plot->applyStyle();
}

} // namespace lev::ui
