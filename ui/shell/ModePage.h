// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#pragma once
// What the main window needs from a mode: a page of plots for the centre, a side panel (its
// controls and what to notice) for the dock, its menu actions, the job runner behind it, and
// the things the window does to every page (export, screenshot, presentation mode).

#include <QList>
#include <QString>
#include <QWidget>

class QAction;
class QCustomPlot;
class QMenu;
class QMenuBar;

namespace lev::ui {

class LatestJobRunner;

class ModePage : public QWidget
{
    Q_OBJECT

public:
    /// Where a page puts its actions: the menu bar (for menus of its own, placed before View),
    /// File (between the session and the export entries) and View.
    struct Menus
    {
        QMenuBar* bar = nullptr;
        QMenu* file = nullptr;
        QMenu* view = nullptr;
    };

    using QWidget::QWidget;

    /// The dock's content while the page is shown.
    virtual QWidget* sidePanel() = 0;
    virtual QString sideTitle() const = 0;
    /// The plots on show, for export and screenshots.
    virtual QList<QCustomPlot*> plots() const = 0;
    /// The "what to notice" pane as plain text.
    virtual QString narrativeText() const = 0;
    /// What the window title says about the page's state.
    virtual QString caption() const = 0;
    virtual LatestJobRunner& jobs() = 0;
    /// Adds the page's actions to the menus, once, at start.
    virtual void addActions(const Menus& menus) = 0;
    /// The window shows (true) or leaves (false) the page.
    virtual void setShown(bool shown) = 0;

    virtual bool supportsPresentation() const { return false; }
    /// Large type and only the plots that carry the story.
    virtual void setPresentation(bool on) { Q_UNUSED(on); }
    /// Window-wide keys enabled in presentation mode only.
    virtual QList<QAction*> presentationActions() const { return {}; }
    /// Re-applies PlotStyle's current scale and theme to the page's plots.
    virtual void applyStyle() {}
    /// Writes the page's numbers as CSV into `folder`; false with `error` when it cannot.
    virtual bool exportCsv(const QString& folder, QString* error) const = 0;

signals:
    void captionChanged();
    /// A line for the status bar.
    void statusChanged(const QString& message);
    /// One line for the user, shown without blocking.
    void problemReported(const QString& message);
    /// The page has something new to show: the window should switch to it.
    void showRequested();
    /// The page is done (e.g. "Back to the Simulation"): the window shows the first page.
    void leaveRequested();
};

} // namespace lev::ui
