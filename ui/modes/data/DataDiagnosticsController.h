// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#pragma once
// Runs data mode's diagnostics (Belsley table, sensitivity, HC3) on their own LatestJobRunner,
// beside the exploration's: a change of the diagnostics settings recomputes only them, and the
// newest request wins.

#include "diagnostics/DataDiagnostics.h"
#include "jobs/LatestJobRunner.h"

#include <QObject>
#include <memory>

namespace lev::ui {

class DataDiagnosticsController : public QObject
{
    Q_OBJECT

public:
    using TablePointer = std::shared_ptr<const core::CsvTable>;
    using ReportPointer = std::shared_ptr<const core::DataDiagnosticsReport>;

    explicit DataDiagnosticsController(QObject* parent = nullptr);

    /// Diagnoses the columns `exploration` names in `table`; ends in diagnosed() unless
    /// superseded or cancelled.
    void diagnose(TablePointer table, const core::DataExplorationSettings& exploration,
                  const core::DataDiagnosticsSettings& settings);
    void cancel() { m_runner.cancel(); }
    LatestJobRunner& runner() { return m_runner; }

signals:
    void diagnosed(lev::ui::DataDiagnosticsController::ReportPointer report);
    /// The diagnostics failed in a way the core did not foresee (one line).
    void diagnoseFailed(const QString& message);

private:
    LatestJobRunner m_runner; ///< last: destroyed (and its worker joined) first
};

} // namespace lev::ui
