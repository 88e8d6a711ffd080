// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#include "shell/PresentationMode.h"

#include "shell/DisplayOptions.h"
#include "shell/ModePage.h"

#include <QAction>
#include <QDockWidget>
#include <QEvent>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QStatusBar>
#include <algorithm>

namespace lev::ui {

namespace {

constexpr double kTickLabelPoints = 8.0; ///< PlotStyle's tick labels at scale 1
constexpr double kWidestAspect = 4.0 / 3.0;

} // namespace

PresentationMode::PresentationMode(QMainWindow* window, QDockWidget* dock)
    : QObject(window), m_window(window), m_dock(dock), m_display(new DisplayOptions(window))
{
    m_toggle = new QAction(tr("&Presentation Mode"), this);
    m_toggle->setObjectName(QStringLiteral("presentationAction"));
    m_toggle->setCheckable(true);
    m_toggle->setShortcut(QKeySequence(Qt::Key_F11));
    m_toggle->setToolTip(tr("Full screen, large type, the plots that carry the preset's story. "
                            "Keys: 1–9 and 0 (the tenth) presets, Space animates c (pauses, "
                            "resumes), [ ] or ↓ ↑ its speed, ←/→ step c, Ctrl+plus/minus text "
                            "size, Esc leaves."));
    connect(m_toggle, &QAction::toggled, this, &PresentationMode::setOn);

    m_leave = new QAction(this);
    m_leave->setShortcut(QKeySequence(Qt::Key_Escape));
    m_leave->setShortcutContext(Qt::WindowShortcut);
    m_leave->setEnabled(false);
    connect(m_leave, &QAction::triggered, this, [this]() { setOn(false); });
    window->addAction(m_leave);

    connect(m_display, &DisplayOptions::styleChanged, this, &PresentationMode::restyleAll);
    connect(m_display, &DisplayOptions::problemReported, this,
            [this](const QString& message) { m_window->statusBar()->showMessage(message, 15000); });
    window->installEventFilter(this);
}

void PresentationMode::addViewActions(QMenu* view)
{
    view->addSeparator();
    view->addActions(m_display->actions());
    view->addSeparator();
    view->addAction(m_toggle);
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
    if (on && m_fullScreen)
        m_window->showFullScreen(); // the resize that follows sets the scale again
    else if (!on && m_window->isFullScreen())
        m_window->showNormal();
    updateScreenScale();
    m_page->setPresentation(on);
    m_window->setFocus(Qt::OtherFocusReason);
}

double PresentationMode::screenScale(const QSize& size, double dotsPerInch)
{
    Q_ASSERT(dotsPerInch > 0.0);
    const double height = std::min<double>(size.height(), size.width() / kWidestAspect);
    const double tickPixels = kTickLabelPoints * dotsPerInch / 72.0;
    return std::max(1.0, kTickLabelShare * height / tickPixels);
}

bool PresentationMode::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_window && event->type() == QEvent::Resize && m_on)
        updateScreenScale();
    return QObject::eventFilter(watched, event);
}

void PresentationMode::updateScreenScale()
{
    m_display->setScreenScale(m_on ? screenScale(m_window->size(), m_window->logicalDpiY()) : 1.0);
}

void PresentationMode::restyleAll()
{
    for (ModePage* page : m_window->findChildren<ModePage*>())
        page->applyStyle();
}

} // namespace lev::ui
