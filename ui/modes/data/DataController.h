// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#pragma once
// Runs the work of data mode off the GUI thread: reading a CSV file (which can be hundreds of
// megabytes) and exploring it (fit, bootstrap, cross-validation). One job at a time; a new
// request cancels the running job through its atomic flag and starts as soon as it stops, so
// only the newest request's result is delivered. Progress arrives as a fraction and a phase.

#include "exploration/DataExplorer.h"
#include "io/CsvTable.h"

#include <QFutureWatcher>
#include <QObject>
#include <QString>
#include <QThreadPool>
#include <atomic>
#include <functional>
#include <memory>

namespace lev::ui {

class DataController : public QObject
{
    Q_OBJECT

public:
    using TablePointer = std::shared_ptr<const core::CsvTable>;
    using ExplorationPointer = std::shared_ptr<const core::DataExploration>;

    explicit DataController(QObject* parent = nullptr);
    /// Cancels the running job and waits for it: nothing outlives the controller.
    ~DataController() override;

    /// Reads a CSV file (or a ":/" resource); ends in loaded() or loadFailed().
    void load(const QString& path);
    /// Explores `table` with `settings`; ends in explored() unless superseded or cancelled.
    void explore(TablePointer table, const core::DataExplorationSettings& settings);
    /// Cancels the running job and drops the pending one; cancelled() follows.
    void cancel();

    bool isBusy() const { return m_running; }
    /// Jobs running right now in every controller (for tests: nothing outlives a controller).
    static int runningJobs() { return s_runningJobs.load(); }

signals:
    /// `fraction` in [0, 1] of the running job; `phase` says what it is doing.
    void progress(double fraction, const QString& phase);
    void loaded(lev::ui::DataController::TablePointer table, const QString& path);
    /// One line naming the file and, where it applies, the line and column.
    void loadFailed(const QString& message);
    void explored(lev::ui::DataController::ExplorationPointer exploration);
    /// The user's cancel stopped a job; nothing else is delivered for it.
    void cancelled();
    void busyChanged(bool busy);

private:
    using Progress = std::function<void(double fraction, const QString& phase)>;
    /// Runs on the worker: checks `cancel`, reports through `progress` (from the worker thread)
    /// and returns what to run on the GUI thread with its outcome (empty when cancelled).
    using Work = std::function<std::function<void()>(const std::atomic<bool>& cancel,
                                                     const Progress& progress)>;

    void submit(Work work);
    void startPending();
    void onJobFinished();

    static std::atomic<int> s_runningJobs;

    QThreadPool m_pool; ///< one worker
    QFutureWatcher<void> m_watcher;
    Work m_pending;
    std::shared_ptr<std::atomic<bool>> m_cancel;
    std::function<void()> m_deliver; ///< the finished job's outcome, run on the GUI thread
    quint64 m_job = 0;               ///< id of the newest job
    bool m_userCancelled = false;
    bool m_running = false;
};

} // namespace lev::ui
