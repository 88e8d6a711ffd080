// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#include "help/HelpMenu.h"

#include "help/HelpWindow.h"
#include "help/PlotExplanations.h"
#include "shell/ModePage.h"

#include <QAction>
#include <QEvent>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QWhatsThis>
#include <qcustomplot.h>

namespace lev::ui {

HelpMenu::HelpMenu(QMainWindow* window) : QObject(window), m_window(window)
{
    setObjectName(QStringLiteral("helpMenu"));
}

QMenu* HelpMenu::install(QMainWindow* window, const QList<ModePage*>& pages)
{
    auto* help = new HelpMenu(window);
    QMenu* menu = window->menuBar()->addMenu(tr("&Help"));
    menu->setObjectName(QStringLiteral("helpMenuEntries"));
    menu->setToolTipsVisible(true);

    QAction* contents = menu->addAction(
        tr("&Contents"), help, [help]() { help->helpWindow()->showPage(HelpWindow::Page::Guide); });
    contents->setObjectName(QStringLiteral("helpContentsAction"));
    contents->setShortcut(QKeySequence::HelpContents);
    contents->setToolTip(tr("A short guide: what the plots show, the generators, presenting, "
                            "your own data"));
    QAction* whatsThis = QWhatsThis::createAction(menu);
    whatsThis->setObjectName(QStringLiteral("whatsThisAction"));
    whatsThis->setToolTip(tr("Then click a plot: what it draws, how to read it, what to notice"));
    menu->addAction(whatsThis);
    QAction* shortcuts = menu->addAction(tr("&Keyboard Shortcuts"), help, [help]() {
        help->helpWindow()->showPage(HelpWindow::Page::Shortcuts);
    });
    shortcuts->setObjectName(QStringLiteral("helpShortcutsAction"));
    QAction* glossary = menu->addAction(tr("&Glossary"), help, [help]() {
        help->helpWindow()->showPage(HelpWindow::Page::Glossary);
    });
    glossary->setObjectName(QStringLiteral("helpGlossaryAction"));
    menu->addSeparator();

    QList<QWidget*> plots;
    for (ModePage* page : pages) {
        for (QCustomPlot* plot : page->plots())
            if (!plots.contains(plot))
                plots << plot;
        for (QCustomPlot* plot : page->findChildren<QCustomPlot*>())
            if (!plots.contains(plot))
                plots << plot;
    }
    const QStringList missing = PlotExplanations::apply(plots);
    for (QWidget* plot : plots)
        plot->installEventFilter(help);
    Q_ASSERT_X(missing.isEmpty(), "HelpMenu::install",
               "every plot has an entry in resources/help/plots.json");
    return menu;
}

bool HelpMenu::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::ToolTip && m_window->isFullScreen())
        return true; // presenting: no tooltip over the plots
    return QObject::eventFilter(watched, event);
}

HelpWindow* HelpMenu::helpWindow()
{
    if (!m_helpWindow)
        m_helpWindow = new HelpWindow(m_window);
    return m_helpWindow;
}

} // namespace lev::ui
