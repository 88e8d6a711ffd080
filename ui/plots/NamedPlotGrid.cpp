// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#include "plots/NamedPlotGrid.h"

#include <QGridLayout>
#include <QWidget>
#include <qcustomplot.h>

#include <algorithm>

namespace lev::ui {

namespace {

constexpr double kWideAspect = 1.5; ///< 16:10 and 16:9 are wide, 4:3 and 5:4 are not

} // namespace

NamedPlotGrid::NamedPlotGrid(QWidget* owner, const QList<Place>& places, Three three, bool layOut)
    : m_owner(owner), m_places(places), m_three(three)
{
    Q_ASSERT(owner);
    if (layOut)
        this->layOut();
}

QCustomPlot* NamedPlotGrid::plot(const QString& name) const
{
    for (const Place& place : m_places)
        if (place.name == name)
            return place.plot;
    return nullptr;
}

QStringList NamedPlotGrid::names() const
{
    QStringList names;
    for (const Place& place : m_places)
        names << place.name;
    return names;
}

QList<QCustomPlot*> NamedPlotGrid::plots() const
{
    QList<QCustomPlot*> plots;
    for (const Place& place : m_places)
        plots << place.plot;
    return plots;
}

void NamedPlotGrid::setPresentation(const QStringList& names)
{
    QStringList shown;
    for (const QString& name : names)
        if (plot(name) && !shown.contains(name) && shown.size() < kMostPresented)
            shown << name;
    if (shown == m_presented)
        return;
    m_presented = shown;
    if (m_grid)
        layOut();
}

void NamedPlotGrid::followWindowShape()
{
    if (m_three == Three::TwoAboveOneWhenNarrow && m_grid && !m_presented.isEmpty() &&
        isNarrow() != m_narrow)
        layOut();
}

void NamedPlotGrid::layOut()
{
    // A new grid each time: QGridLayout keeps the rows and columns it once had.
    delete m_grid;
    m_grid = new QGridLayout(m_owner);
    m_grid->setContentsMargins(0, 0, 0, 0);
    m_grid->setSpacing(4);
    if (m_presented.isEmpty()) {
        int rows = 0, columns = 0;
        for (const Place& place : m_places) {
            m_grid->addWidget(place.plot, place.row, place.column, 1, place.columnSpan);
            place.plot->setVisible(true);
            rows = std::max(rows, place.row + 1);
            columns = std::max(columns, place.column + place.columnSpan);
        }
        for (int column = 0; column < columns; ++column)
            m_grid->setColumnStretch(column, 1);
        for (int row = 0; row < rows; ++row)
            m_grid->setRowStretch(row, 1);
        return;
    }
    for (const Place& place : m_places)
        place.plot->setVisible(m_presented.contains(place.name));
    const int count = int(m_presented.size());
    // On a 4:3 screen three in a row may be too narrow for their labels: two above, one below.
    m_narrow = m_three == Three::TwoAboveOneWhenNarrow && isNarrow();
    const int columns = count == 4 || (count == 3 && m_narrow) ? 2 : count;
    for (int i = 0; i < count; ++i) {
        const bool last = i == count - 1 && i % columns == 0 && columns > 1;
        m_grid->addWidget(plot(m_presented.at(i)), i / columns, i % columns, 1, last ? columns : 1);
    }
    for (int column = 0; column < columns; ++column)
        m_grid->setColumnStretch(column, 1);
    for (int row = 0; row < (count + columns - 1) / columns; ++row)
        m_grid->setRowStretch(row, 1);
}

bool NamedPlotGrid::isNarrow() const
{
    const QWidget* screen = m_owner->window();
    return screen && screen->width() < kWideAspect * screen->height();
}

} // namespace lev::ui
