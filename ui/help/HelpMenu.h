// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#pragma once
// The Help menu of the main window: Contents (F1) opens the guide, What's This (Shift+F1), the
// keyboard shortcuts and the glossary; installing it gives every plot of the pages its
// What's This text and tooltip (PlotExplanations). The tooltips stay quiet while the window is
// full screen (presentation mode): a resting mouse must not cover a plot on the projector.

#include <QList>
#include <QObject>
#include <QPointer>

class QMainWindow;
class QMenu;

namespace lev::ui {

class HelpWindow;
class ModePage;

class HelpMenu : public QObject
{
    Q_OBJECT

public:
    /// Adds the Help menu to the window's menu bar (the caller may append to it) and explains
    /// the plots of `pages`.
    static QMenu* install(QMainWindow* window, const QList<ModePage*>& pages);

    /// The help window, made on first use.
    HelpWindow* helpWindow();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    explicit HelpMenu(QMainWindow* window);

    QMainWindow* m_window = nullptr;
    QPointer<HelpWindow> m_helpWindow;
};

} // namespace lev::ui
