// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#pragma once
// Runs the experiment designer's computations on a LatestJobRunner, newest settings win: a
// request cancels the running one (the core checks the atomic flag between replications) and
// only the newest result reaches the plots. The Monte-Carlo part reports its progress.

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
    /// Stops the running computation; the plots keep the last result.
    void cancel() { m_runner.cancel(); }

    bool isBusy() const { return m_runner.isBusy(); }
    LatestJobRunner& runner() { return m_runner; }
    /// The newest delivered result, or null.
    ResultPointer latestResult() const { return m_latestResult; }

signals:
    /// The result of the newest request.
    void resultReady(lev::ui::DesignController::ResultPointer result);
    /// The newest request is done and its result delivered.
    void settled(quint64 job);
    void busyChanged(bool busy);

private:
    ResultPointer m_latestResult;
    LatestJobRunner m_runner; ///< last: destroyed (and its worker joined) first
};

} // namespace lev::ui
