// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#pragma once
// What each plot says about itself: a What's This text (what is drawn, how to read it, what to
// notice) and a short tooltip, by the plot's objectName, from one table
// (resources/help/plots.json).

#include <QList>
#include <QString>
#include <QStringList>

class QWidget;

namespace lev::ui {

class PlotExplanations
{
public:
    struct Explanation
    {
        QString toolTip;
        QString whatsThis; ///< rich text
        bool isEmpty() const { return toolTip.isEmpty() || whatsThis.isEmpty(); }
    };

    /// The explanation of the plot with this objectName; empty when the table has none.
    static Explanation of(const QString& objectName);
    /// Gives every plot its What's This text and tooltip; returns the objectNames the table
    /// has no entry for (none, unless a plot was added without its explanation).
    static QStringList apply(const QList<QWidget*>& plots);
};

} // namespace lev::ui
