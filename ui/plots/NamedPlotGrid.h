// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#pragma once
// A mode's plots, listed once, each under its name and at its place in the page's grid; laid
// out in their owner widget as that grid, or as presentation mode's named few (at most four:
// one to three in a row, four in two rows of two).

#include <QList>
#include <QString>
#include <QStringList>

class QCustomPlot;
class QGridLayout;
class QWidget;

namespace lev::ui {

class NamedPlotGrid
{
public:
    /// A plot, its name (as presets and the command line say it) and its cell in the page's grid.
    struct Place
    {
        QString name;
        QCustomPlot* plot = nullptr;
        int row = 0;
        int column = 0;
        int columnSpan = 1;
    };
    /// How presentation mode lays out three plots: always in a row, or, on a window narrower
    /// than 3:2, two above one.
    enum class Three
    {
        InARow,
        TwoAboveOneWhenNarrow
    };
    static constexpr int kMostPresented = 4;

    /// Lays the plots out in `owner` at once unless `layOut` is false (e.g. for the export
    /// gallery, which sizes each plot itself).
    NamedPlotGrid(QWidget* owner, const QList<Place>& places, Three three = Three::InARow,
                  bool layOut = true);

    /// The plot of that name; nullptr for a name with no plot here.
    QCustomPlot* plot(const QString& name) const;
    /// The names, in the order the places were given.
    QStringList names() const;
    /// The plots, in that order.
    QList<QCustomPlot*> plots() const;

    /// Shows only the named plots, in that order (unknown names and repeats skipped, at most
    /// kMostPresented); an empty list: every plot in the page's grid.
    void setPresentation(const QStringList& names);
    /// The names of the plots on show in presentation mode, in their order; empty outside it.
    const QStringList& presentedNames() const { return m_presented; }
    /// Lays out again if the window changed its shape since (for Three::TwoAboveOneWhenNarrow).
    void followWindowShape();

private:
    void layOut();
    bool isNarrow() const;

    QWidget* m_owner;
    QList<Place> m_places;
    Three m_three;
    QGridLayout* m_grid = nullptr;
    QStringList m_presented;
    bool m_narrow = false; ///< the layout was made for a narrow window
};

} // namespace lev::ui
