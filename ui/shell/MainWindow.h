// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#pragma once
// The application's window, a thin shell: the menus, a stack of mode pages (ui/modes/Modes.cpp
// lists them) with the shown page's controls in the dock, and the status bar with what is
// running. The state lives in the SessionState; the pages observe it and draw.

#include "shell/SessionAutosave.h"
#include "simulation/RecomputeSettings.h"

#include <QList>
#include <QMainWindow>

class QCustomPlot;
class QLabel;
class QStackedWidget;

namespace lev::ui {

class ExportActions;
class JobIndicator;
class ModePage;
class PresentationMode;
class SessionFileActions;
class SessionState;

class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(const core::RecomputeSettings& initial, QWidget* parent = nullptr);
    ~MainWindow() override;

    SessionState& state() { return *m_state; }
    /// The mode pages in the order of the list of modes; the first is the home page.
    const QList<ModePage*>& pages() const { return m_pages; }
    ModePage& currentPage() const;
    /// The page of type `Page` (e.g. SimulationPage).
    template <typename Page> Page& page() const { return *findChild<Page*>(); }
    void showPage(ModePage* page);
    /// What autosave and the last state keep: every mode's settings and the mode shown.
    SessionAutosave::State savedState() const;
    /// Brings back the other modes' settings and the mode shown of a saved state.
    void restoreModes(const core::SessionFile::ModeSettings& modes);

    /// The shown page's plots and "what to notice" text.
    QList<QCustomPlot*> plots() const;
    QString narrativeText() const;

    bool openSession(const QString& path, QString* error);
    bool saveSession(const QString& path, QString* error);
    void setPresentationMode(bool on);
    bool isPresentationMode() const;
    ExportActions& exports() { return *m_exports; }
    bool saveScreenshot(const QString& path, QString* error);
    /// Brings back the last run's window geometry and dock layout (AppSettings); false when
    /// none was saved. Not done for screenshots, which have a size of their own.
    bool restoreLayout();
    /// Closing with unsaved changes asks Save / Discard / Cancel unless this is off (it is off
    /// when the environment variable LEVERSCOPE_NO_CLOSE_PROMPT is set).
    void setAskBeforeClosing(bool ask) { m_askBeforeClosing = ask; }

signals:
    /// A non-blocking message for the user was shown (also in the status bar).
    void problemReported(const QString& message);

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void createMenus();
    void reportProblem(const QString& message);
    void updateTitle();
    void askAboutUnsavedChanges();
    void showAbout();

    SessionState* m_state = nullptr;
    SessionAutosave* m_autosave = nullptr;
    SessionFileActions* m_sessionFiles = nullptr;
    ExportActions* m_exports = nullptr;
    PresentationMode* m_presentation = nullptr;
    QList<ModePage*> m_pages;
    QStackedWidget* m_stack = nullptr;
    QStackedWidget* m_sides = nullptr; ///< the pages' side panels, in the dock
    QDockWidget* m_dock = nullptr;
    QLabel* m_status = nullptr;
    JobIndicator* m_jobs = nullptr;
    bool m_askBeforeClosing = true;
    bool m_closeConfirmed = false;
};

} // namespace lev::ui
