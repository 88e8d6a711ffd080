// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#pragma once
// Runs the simulation's recomputes on the LatestJobRunner, newest request wins: a job first
// computes the result without the sweep, delivers it, then fills the sweep in point by point.
// The sweep depends on everything but the collinearity, so moving only c reuses the finished
// sweep (docs/math.md §4).

#include "jobs/LatestJobRunner.h"
#include "simulation/RecomputeResult.h"

#include <QObject>
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

    /// Asks for the result of `settings`; `settings.sweep` is the grid to fill in.
    void request(const core::RecomputeSettings& settings);

    bool isBusy() const { return m_runner.isBusy(); }
    LatestJobRunner& runner() { return m_runner; }
    /// The id of the newest request (0 before the first).
    quint64 latestJob() const { return m_runner.latestJob(); }
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
    void deliverResult(ResultPointer result);
    void deliverSweepPoint(std::size_t index, const core::SweepPoint& point);
    static core::RecomputeSettings sweepKey(const core::RecomputeSettings& settings);

    ResultPointer m_latestResult;
    std::vector<core::SweepPoint> m_sweep;
    std::optional<core::RecomputeSettings> m_sweepKey; ///< whose sweep m_sweep is
    std::vector<bool> m_sweepDone;
    bool m_sweepComplete = false;
    LatestJobRunner m_runner; ///< last: destroyed (and its worker joined) first
};

} // namespace lev::ui
