// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#include "shell/PresentationMode.h"

#include "plots/PlotStyle.h"
#include "shell/ModePage.h"

#include <QAction>
#include <QDockWidget>
#include <QMainWindow>
#include <QMenuBar>
#include <QStatusBar>

namespace lev::ui {

PresentationMode::PresentationMode(QMainWindow* window, QDockWidget* dock)
    : QObject(window), m_window(window), m_dock(dock)
{
    m_toggle = new QAction(tr("&Presentation Mode"), this);
    m_toggle->setObjectName(QStringLiteral("presentationAction"));
    m_toggle->setCheckable(true);
    m_toggle->setShortcut(QKeySequence(Qt::Key_F11));
    m_toggle->setToolTip(tr("Full screen, large type, the plots that carry the story. Keys: 1–9 "
                            "presets, Space animates c, ←/→ step c, Esc leaves."));
    connect(m_toggle, &QAction::toggled, this, &PresentationMode::setOn);

    m_leave = new QAction(this);
    m_leave->setShortcut(QKeySequence(Qt::Key_Escape));
    m_leave->setShortcutContext(Qt::WindowShortcut);
    m_leave->setEnabled(false);
    connect(m_leave, &QAction::triggered, this, [this]() { setOn(false); });
    window->addAction(m_leave);
}

void PresentationMode::setPage(ModePage* page)
{
    if (m_on && m_page != page)
        setOn(false);
    m_page = page;
    m_toggle->setEnabled(page && page->supportsPresentation());
    if (page)
        m_window->addActions(page->presentationActions()); // once: Qt keeps one of each
}

void PresentationMode::setOn(bool on)
{
    if (on == m_on || (on && (!m_page || !m_page->supportsPresentation())))
        return;
    m_on = on;
    if (m_toggle->isChecked() != on)
        m_toggle->setChecked(on);
    m_leave->setEnabled(on);
    for (QAction* action : m_page->presentationActions())
        action->setEnabled(on);
    m_dock->setVisible(!on);
    m_window->menuBar()->setVisible(!on);
    m_window->statusBar()->setVisible(!on);
    PlotStyle::setScale(on ? kScale : 1.0);
    m_page->setPresentation(on);
    if (on)
        m_window->showFullScreen();
    else
        m_window->showNormal();
    m_window->setFocus(Qt::OtherFocusReason);
}

} // namespace lev::ui
