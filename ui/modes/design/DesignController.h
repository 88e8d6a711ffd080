// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#pragma once
// Runs the experiment designer's computations in stages, newest settings win: on one
// LatestJobRunner the exact curves (a few ms) and then the exact power curves, each delivered
// when ready; then the Monte-Carlo refinement on a second runner that follows. A request cancels
// both; a stage's result reaches the plots only while its settings are the newest.

#include "design/DesignResult.h"
#include "design/DesignSettings.h"
#include "jobs/LatestJobRunner.h"

#include <QObject>
#include <memory>

namespace lev::ui {

class DesignController : public QObject
{
    Q_OBJECT

public:
    using ResultPointer = std::shared_ptr<const core::DesignResult>;

    explicit DesignController(QObject* parent = nullptr);

    /// Asks for the result of `settings`.
    void request(const core::DesignSettings& settings);
    /// Stops both stages; the plots keep the last result (a result left unrefined says so).
    void cancel();

    bool isBusy() const { return m_exact.isBusy() || m_refinement.isBusy(); }
    /// The refinement's runner: the long job, the one the window's job indicator follows.
    LatestJobRunner& runner() { return m_refinement; }
    LatestJobRunner& exactRunner() { return m_exact; }
    /// The newest delivered result (exact or refined), or null.
    ResultPointer latestResult() const { return m_latestResult; }

signals:
    /// A result of the newest request: the exact curves, with the power, then refined.
    void resultReady(lev::ui::DesignController::ResultPointer result);
    /// The newest request is done, its refined result delivered.
    void settled(quint64 job);
    void busyChanged(bool busy);

private:
    void refine(const ResultPointer& exact);

    ResultPointer m_latestResult;
    ResultPointer m_latestWithPower; ///< whose experiment-only power curve a pi drag reuses
    ResultPointer m_latestRefined;   ///< whose Monte-Carlo points a pi drag reuses
    bool m_busy = false;
    // Last: destroyed (and their workers joined) first.
    LatestJobRunner m_exact;
    LatestJobRunner m_refinement;
};

} // namespace lev::ui
