// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#pragma once
// Runs the black box on the LatestJobRunner, newest request wins: a job first delivers a cheap
// provisional result (one fit of a few trees on few rows, marked as such), then the result after
// every refit (the first fit first, "k of R fits"), then fills in the collinearity sweep point by
// point. The sweep depends on everything but c, so moving only c reuses the finished sweep.

#include "blackbox/BlackBoxResult.h"
#include "blackbox/BlackBoxSettings.h"
#include "jobs/LatestJobRunner.h"

#include <QObject>
#include <memory>
#include <optional>
#include <vector>

namespace lev::ui {

class BlackBoxController : public QObject
{
    Q_OBJECT

public:
    using ResultPointer = std::shared_ptr<const core::BlackBoxResult>;

    explicit BlackBoxController(QObject* parent = nullptr);

    /// Asks for the result of `settings`; `settings.sweep` is the grid to fill in (one core run
    /// of settings.sweepReplications refits per point).
    void request(const core::BlackBoxSettings& settings);
    /// Stops the running job; what was delivered stays (a partial result says "k of R fits").
    void cancel() { m_runner.cancel(); }

    bool isBusy() const { return m_runner.isBusy(); }
    LatestJobRunner& runner() { return m_runner; }
    /// The newest delivered result (possibly partial: replicationsDone < replicationsRequested),
    /// or null.
    ResultPointer latestResult() const { return m_latestResult; }
    /// The sweep of the newest request so far, in grid order; points not yet computed have no
    /// features (causalEffect is empty).
    const std::vector<core::BlackBoxSweepPoint>& sweep() const { return m_sweep; }
    bool isSweepComplete() const { return m_sweepComplete; }
    /// The latest result is the provisional one: one fit of provisionalSettings().
    bool isProvisional() const { return m_provisional; }
    /// What the provisional result is computed with (BlackBoxSettings::provisional).
    static core::BlackBoxSettings provisionalSettings(const core::BlackBoxSettings& settings);

signals:
    /// The newest request's result so far: after each refit, and once more when it is complete.
    void resultReady(lev::ui::BlackBoxController::ResultPointer result);
    /// The sweep of the newest request so far.
    void sweepUpdated(const std::vector<lev::core::BlackBoxSweepPoint>& points, bool complete);
    /// The newest request is fully done: every refit and the sweep delivered.
    void settled(quint64 job);
    void busyChanged(bool busy);

private:
    void deliverResult(ResultPointer result, bool provisional);
    void deliverSweepPoint(std::size_t index, const core::BlackBoxSweepPoint& point);
    static core::BlackBoxSettings sweepKey(const core::BlackBoxSettings& settings);

    ResultPointer m_latestResult;
    std::vector<core::BlackBoxSweepPoint> m_sweep;
    std::optional<core::BlackBoxSettings> m_sweepKey; ///< whose sweep m_sweep is
    std::vector<bool> m_sweepDone;
    bool m_sweepComplete = false;
    bool m_provisional = false;
    LatestJobRunner m_runner; ///< last: destroyed (and its worker joined) first
};

} // namespace lev::ui
