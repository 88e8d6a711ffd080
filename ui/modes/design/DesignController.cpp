// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#include "modes/design/DesignController.h"

#include "design/ExperimentDesign.h"

namespace lev::ui {

DesignController::DesignController(QObject* parent) : QObject(parent)
{
    connect(&m_refinement, &LatestJobRunner::finished, this, &DesignController::settled);
    const auto updateBusy = [this]() {
        if (isBusy() != m_busy) {
            m_busy = isBusy();
            emit busyChanged(m_busy);
        }
    };
    connect(&m_exact, &LatestJobRunner::busyChanged, this, updateBusy);
    connect(&m_refinement, &LatestJobRunner::busyChanged, this, updateBusy);
}

void DesignController::request(const core::DesignSettings& settings)
{
    m_refinement.cancel(); // refining older settings is moot
    const ResultPointer previous = m_latestResult;
    m_exact.start(
        [this, settings, previous](const LatestJobRunner::Context& context) {
            auto result =
                std::make_shared<const core::DesignResult>(core::ExperimentDesign::computeExact(
                    settings, &context.cancelFlag(), previous.get()));
            if (context.isCancelled())
                return; // superseded: the newest request computes its own
            context.deliver([this, result]() {
                m_latestResult = result;
                emit resultReady(m_latestResult);
                refine(result);
            });
        },
        tr("Designing: the exact curves of n = %1").arg(settings.n));
}

void DesignController::refine(const ResultPointer& exact)
{
    // Started for every exact result, so that each request ends with settled().
    const ResultPointer previous = m_latestRefined;
    const core::DesignSettings& s = exact->settings;
    m_refinement.start(
        [this, exact, previous](const LatestJobRunner::Context& context) {
            if (!exact->ok() || exact->refined)
                return;
            context.reportProgress(
                0.0,
                tr("refining: %1 replications of the study").arg(exact->settings.replications));
            auto result = std::make_shared<const core::DesignResult>(
                core::ExperimentDesign::refine(*exact, &context.cancelFlag(), previous.get()));
            if (context.isCancelled() || !result->ok())
                return;
            context.reportProgress(1.0, tr("done"));
            context.deliver([this, result]() {
                m_latestResult = result;
                m_latestRefined = result;
                emit resultReady(m_latestResult);
            });
        },
        tr("Refining: %1 replications of n = %2 and the curves' Monte-Carlo points")
            .arg(s.replications)
            .arg(s.n));
}

void DesignController::cancel()
{
    m_exact.cancel();
    m_refinement.cancel();
}

} // namespace lev::ui
