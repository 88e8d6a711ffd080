// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#pragma once
// Runs the environments mode on a LatestJobRunner, newest settings win: a job delivers the
// truth, the sample and the anchor-regression fits first (ICP pending), then runs ICP over 2^p
// subsets with progress and delivers the result again with it. Cancelling stops ICP; the
// result on show then says ICP was cancelled, never an older ICP.

#include "environments/EnvironmentsResult.h"
#include "jobs/LatestJobRunner.h"

#include <QObject>
#include <memory>

namespace lev::ui {

class EnvironmentsController : public QObject
{
    Q_OBJECT

public:
    using ResultPointer = std::shared_ptr<const core::EnvironmentsResult>;

    explicit EnvironmentsController(QObject* parent = nullptr);

    /// Asks for the result of `settings`.
    void request(const core::EnvironmentsSettings& settings);
    /// Stops the running job. The result on show then has ICP cancelled when it was still
    /// waiting for ICP or belongs to older settings: no ICP verdict outlives its settings.
    void cancel() { m_runner.cancel(); }
    /// The newest request was cancelled (until the next request).
    bool wasCancelled() const { return m_cancelled; }

    bool isBusy() const { return m_runner.isBusy(); }
    LatestJobRunner& runner() { return m_runner; }
    /// The newest delivered result, or null.
    ResultPointer latestResult() const { return m_latestResult; }

signals:
    /// The newest request's result: first with ICP pending, then with ICP.
    void resultReady(lev::ui::EnvironmentsController::ResultPointer result);
    /// The newest request is done and its result delivered.
    void settled(quint64 job);
    void busyChanged(bool busy);

private:
    void deliver(ResultPointer result);
    void onCancelled();

    ResultPointer m_latestResult;
    core::EnvironmentsSettings m_requested;
    bool m_cancelled = false;
    LatestJobRunner m_runner; ///< last: destroyed (and its worker joined) first
};

} // namespace lev::ui
