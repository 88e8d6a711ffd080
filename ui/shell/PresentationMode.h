// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#pragma once
// Presentation mode for the lecture hall (F11): full screen, large type (PlotStyle scale 1.6),
// no menus, dock or status bar, and the shown page's own keys enabled (Esc leaves). Works on
// the pages that support it; switching to one that does not leaves it.

#include <QObject>
#include <QPointer>

class QAction;
class QDockWidget;
class QMainWindow;

namespace lev::ui {

class ModePage;

class PresentationMode : public QObject
{
    Q_OBJECT

public:
    static constexpr double kScale = 1.6;

    /// Hides `dock` (and the window's menu and status bars) while on.
    PresentationMode(QMainWindow* window, QDockWidget* dock);

    /// The checkable View ▸ Presentation Mode action (F11).
    QAction* toggleAction() const { return m_toggle; }
    bool isOn() const { return m_on; }
    void setOn(bool on);
    /// The page now shown: its keys are added to the window; a page without presentation
    /// support turns the mode off and disables the action.
    void setPage(ModePage* page);

private:
    QMainWindow* m_window;
    QDockWidget* m_dock;
    QAction* m_toggle = nullptr;
    QAction* m_leave = nullptr; ///< Esc
    QPointer<ModePage> m_page;
    bool m_on = false;
};

} // namespace lev::ui
