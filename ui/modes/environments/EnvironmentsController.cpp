// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#include "modes/environments/EnvironmentsController.h"

#include "environments/EnvironmentsStudy.h"

namespace lev::ui {

EnvironmentsController::EnvironmentsController(QObject* parent) : QObject(parent)
{
    connect(&m_runner, &LatestJobRunner::finished, this, &EnvironmentsController::settled);
    connect(&m_runner, &LatestJobRunner::busyChanged, this, &EnvironmentsController::busyChanged);
    connect(&m_runner, &LatestJobRunner::cancelled, this, &EnvironmentsController::onCancelled);
}

void EnvironmentsController::request(const core::EnvironmentsSettings& settings)
{
    m_requested = settings;
    m_cancelled = false;
    m_runner.start(
        [this, settings](const LatestJobRunner::Context& context) {
            context.reportProgress(0.0, tr("the truth and the sample"));
            auto first = std::make_shared<core::EnvironmentsResult>(
                core::EnvironmentsStudy::compute(settings, &context.cancelFlag()));
            if (context.isCancelled())
                return;
            auto shown = std::make_shared<const core::EnvironmentsResult>(*first);
            context.deliver([this, shown]() { deliver(shown); });
            if (first->icpState != core::IcpState::Pending)
                return;
            core::EnvironmentsStudy::addIcp(
                *first, &context.cancelFlag(), [&context](int done, int total) {
                    context.reportProgress(double(done) / total, tr("ICP subsets"));
                });
            if (context.isCancelled())
                return; // superseded or cancelled: onCancelled() marks what is on show
            ResultPointer complete = std::move(first);
            context.deliver([this, complete]() { deliver(complete); });
        },
        tr("Environments: n = %1, γ = %2")
            .arg(settings.n)
            .arg(QString::fromStdString(core::EnvironmentsStudy::gammaText(settings.gamma))));
}

void EnvironmentsController::deliver(ResultPointer result)
{
    m_latestResult = std::move(result);
    emit resultReady(m_latestResult);
}

void EnvironmentsController::onCancelled()
{
    // The user stopped the job: a result still waiting for ICP, or one of older settings, shows
    // no ICP verdict.
    m_cancelled = true;
    if (!m_latestResult || (m_latestResult->icpState != core::IcpState::Pending &&
                            m_latestResult->settings == m_requested))
        return;
    auto marked = std::make_shared<core::EnvironmentsResult>(*m_latestResult);
    marked->icpState = core::IcpState::Cancelled;
    deliver(std::move(marked));
}

} // namespace lev::ui
