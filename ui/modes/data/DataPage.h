// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#pragma once
// Data mode's page: the DataView's plots of a user's own data and, in the dock, the data
// controls with the pane that says what the data can and cannot tell. File ▸ Import CSV… and
// File ▸ Examples open data; the page asks to be shown once an exploration starts.

#include "io/DataExample.h"
#include "modes/data/DataDiagnosticsController.h"
#include "shell/ModePage.h"

#include <optional>

class QAction;
class QTextBrowser;

namespace lev::ui {

class DataControls;
class DataMode;
class DataView;
class SessionState;

class DataPage : public ModePage
{
    Q_OBJECT

public:
    /// Dialogs open over `window`.
    DataPage(SessionState& state, QWidget* window);

    QWidget* sidePanel() override { return m_side; }
    QString sideTitle() const override;
    QList<QCustomPlot*> plots() const override;
    QString narrativeText() const override;
    QString caption() const override;
    LatestJobRunner& jobs() override;
    void addActions(const Menus& menus) override;
    void setShown(bool shown) override;
    void applyStyle() override;
    bool exportCsv(const QString& folder, QString* error) const override;

    DataMode& dataMode() { return *m_mode; }
    /// Reads `path` and asks for its columns (File ▸ Import CSV…).
    void importCsv(const QString& path);
    void openExample(const core::DataExample& example);
    DataView& view() { return *m_view; }
    DataDiagnosticsController& diagnostics() { return *m_diagnostics; }

signals:
    /// The table's exploration and its diagnostics are both drawn (after either arrives):
    /// what a screenshot or a report waits for.
    void analysisShown();

private:
    void emitIfAnalysisShown();
    /// Diagnoses the table shown with the state's diagnostics settings (when they changed, or
    /// `always` for new data).
    void diagnose(bool always);
    void openImportDialog();
    void updateNarrative();
    void onExplorationShown();

    SessionState& m_state;
    QWidget* m_window;
    DataView* m_view = nullptr;
    DataMode* m_mode = nullptr;
    DataControls* m_controls = nullptr;
    QTextBrowser* m_narrative = nullptr;
    QWidget* m_side = nullptr;
    QAction* m_leave = nullptr;
    DataDiagnosticsController* m_diagnostics = nullptr;
    DataDiagnosticsController::ReportPointer m_latestDiagnostics; ///< of the table shown
    std::optional<core::DataDiagnosticsSettings> m_diagnosed;     ///< the last request's
};

} // namespace lev::ui
