// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#pragma once
// Runs the work of data mode on the LatestJobRunner: reading a CSV file (which can be hundreds
// of megabytes) and exploring it (fit, bootstrap, cross-validation). A new request cancels the
// running job, so only the newest request's outcome is delivered; progress arrives as a
// fraction and a phase.

#include "exploration/DataExplorer.h"
#include "io/CsvTable.h"
#include "jobs/LatestJobRunner.h"

#include <QObject>
#include <QString>
#include <memory>

namespace lev::ui {

class DataController : public QObject
{
    Q_OBJECT

public:
    using TablePointer = std::shared_ptr<const core::CsvTable>;
    using ExplorationPointer = std::shared_ptr<const core::DataExploration>;

    explicit DataController(QObject* parent = nullptr);

    /// Reads a CSV file (or a ":/" resource); ends in loaded() or loadFailed().
    void load(const QString& path);
    /// Explores `table` with `settings`; ends in explored() unless superseded or cancelled.
    void explore(TablePointer table, const core::DataExplorationSettings& settings);
    /// Cancels the running job and drops the pending one; cancelled() follows.
    void cancel() { m_runner.cancel(); }

    bool isBusy() const { return m_runner.isBusy(); }
    LatestJobRunner& runner() { return m_runner; }

signals:
    /// `fraction` in [0, 1] of the running job; `phase` says what it is doing.
    void progress(double fraction, const QString& phase);
    void loaded(lev::ui::DataController::TablePointer table, const QString& path);
    /// One line naming the file and, where it applies, the line and column.
    void loadFailed(const QString& message);
    void explored(lev::ui::DataController::ExplorationPointer exploration);
    /// The exploration failed in a way the core did not foresee (one line).
    void exploreFailed(const QString& message);
    /// The user's cancel stopped a job; nothing else is delivered for it.
    void cancelled();
    void busyChanged(bool busy);

private:
    bool m_loading = false;   ///< the newest job reads a file (else it explores)
    LatestJobRunner m_runner; ///< last: destroyed (and its worker joined) first
};

} // namespace lev::ui
