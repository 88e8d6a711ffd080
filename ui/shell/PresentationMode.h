// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#pragma once
// Presentation mode for the lecture hall (F11): full screen, type sized from the window
// (tick labels at least 2.5 % of its height), no menus, dock or status bar, and the shown page's
// own keys enabled (Esc leaves). Switching to a page without presentation support leaves it.

#include <QObject>
#include <QPointer>
#include <QSize>

class QAction;
class QDockWidget;
class QMainWindow;
class QMenu;

namespace lev::ui {

class DisplayOptions;
class ModePage;

class PresentationMode : public QObject
{
    Q_OBJECT

public:
    /// The smallest tick label as a fraction of the window's height.
    static constexpr double kTickLabelShare = 0.025;

    /// Hides `dock` (and the window's menu and status bars) while on.
    PresentationMode(QMainWindow* window, QDockWidget* dock);

    /// The checkable View ▸ Presentation Mode action (F11).
    QAction* toggleAction() const { return m_toggle; }
    /// Adds the text-size and theme actions and the presentation toggle to the View menu.
    void addViewActions(QMenu* view);
    DisplayOptions& displayOptions() const { return *m_display; }
    bool isOn() const { return m_on; }
    void setOn(bool on);
    /// Off: presentation mode keeps the window's size instead of going full screen (for
    /// --screenshot, whose picture has the size asked for).
    void setFullScreen(bool fullScreen) { m_fullScreen = fullScreen; }
    /// The page now shown: its keys are added to the window; a page without presentation
    /// support turns the mode off and disables the action.
    void setPage(ModePage* page);

    /// The scale at which PlotStyle's 8 pt tick labels are kTickLabelShare of the height of a
    /// window of `size` (of at most 4:3 width, so that narrow windows keep room), never below 1;
    /// `dotsPerInch` is the screen's logical resolution.
    static double screenScale(const QSize& size, double dotsPerInch);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void updateScreenScale();
    void restyleAll();

    QMainWindow* m_window;
    QDockWidget* m_dock;
    DisplayOptions* m_display = nullptr;
    QAction* m_toggle = nullptr;
    QAction* m_leave = nullptr; ///< Esc
    QPointer<ModePage> m_page;
    bool m_on = false;
    bool m_fullScreen = true;
};

} // namespace lev::ui
