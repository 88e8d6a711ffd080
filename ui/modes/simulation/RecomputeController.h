// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#pragma once
// Runs recomputes off the GUI thread, newest request wins (as KDAB hotspot's job tracker): each
// request gets a job id and cancels the running job through its atomic flag; at most one job
// runs and the newest pending settings start as soon as it stops, so the last state of a slider
// drag always arrives and superseded results are never delivered. A job first computes the
// result without the sweep, delivers it, then fills the sweep in point by point. The sweep
// depends on everything but the collinearity, so moving only c reuses the finished sweep.

#include "simulation/RecomputeResult.h"

#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QObject>
#include <QThreadPool>
#include <atomic>
#include <memory>
#include <optional>
#include <vector>

namespace lev::ui {

class RecomputeController : public QObject
{
    Q_OBJECT

public:
    using ResultPointer = std::shared_ptr<const core::RecomputeResult>;

    explicit RecomputeController(QObject* parent = nullptr);
    /// Cancels the running job and waits for it: nothing outlives the controller.
    ~RecomputeController() override;

    /// Asks for the result of `settings`; `settings.sweep` is the grid to fill in.
    void request(const core::RecomputeSettings& settings);

    bool isBusy() const { return m_running; }
    /// Jobs running right now in every controller (for tests: nothing outlives a controller).
    static int runningJobs() { return s_runningJobs.load(); }
    /// The id of the newest request (0 before the first).
    quint64 latestJob() const { return m_latestJob; }
    /// The newest delivered result, or null.
    ResultPointer latestResult() const { return m_latestResult; }
    const std::vector<core::SweepPoint>& sweep() const { return m_sweep; }

signals:
    /// The result of the newest request, without its sweep.
    void resultReady(lev::ui::RecomputeController::ResultPointer result);
    /// The sweep of the newest request so far (points in grid order; complete when done).
    void sweepUpdated(const std::vector<lev::core::SweepPoint>& points, bool complete);
    /// The newest request is fully done: result and sweep delivered.
    void settled(quint64 job);
    void busyChanged(bool busy);

private:
    struct Job
    {
        quint64 id = 0;
        core::RecomputeSettings settings;
        std::shared_ptr<std::atomic<bool>> cancel;
        bool computeSweep = false;
        std::vector<bool> sweepDone; ///< points already known when the job started
    };

    void startPending();
    void onJobFinished();
    void deliverResult(quint64 job, ResultPointer result);
    void deliverSweepPoint(const core::RecomputeSettings& key, std::size_t index,
                           core::SweepPoint point);
    static core::RecomputeSettings sweepKey(const core::RecomputeSettings& settings);

    static std::atomic<int> s_runningJobs;

    QThreadPool m_pool; ///< one worker: jobs run one at a time, newest pending next
    std::optional<core::RecomputeSettings> m_pending;
    Job m_current;
    bool m_running = false;
    quint64 m_latestJob = 0;
    QFutureWatcher<void> m_watcher;
    ResultPointer m_latestResult;
    std::vector<core::SweepPoint> m_sweep;
    std::optional<core::RecomputeSettings> m_sweepKey; ///< whose sweep m_sweep is
    std::vector<bool> m_sweepDone;
    bool m_sweepComplete = false;
};

} // namespace lev::ui
