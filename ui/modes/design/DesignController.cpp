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
    const ResultPointer previousPower = m_latestWithPower;
    m_exact.start(
        [this, settings, previous, previousPower](const LatestJobRunner::Context& context) {
            // The curves first (a few ms), then the power curves, each drawn when ready.
            auto curves =
                std::make_shared<const core::DesignResult>(core::ExperimentDesign::exactCurves(
                    settings, &context.cancelFlag(), previous.get()));
            if (context.isCancelled())
                return; // superseded: the newest request computes its own
            context.deliver([this, curves]() {
                m_latestResult = curves;
                emit resultReady(m_latestResult);
                if (!curves->ok())
                    refine(curves); // nothing to refine; it ends the request
            });
            if (!curves->ok())
                return;
            auto exact =
                std::make_shared<const core::DesignResult>(core::ExperimentDesign::addExactPower(
                    *curves, &context.cancelFlag(), previousPower.get()));
            if (context.isCancelled())
                return;
            context.deliver([this, exact]() {
                m_latestResult = exact;
                m_latestWithPower = exact;
                emit resultReady(m_latestResult);
                refine(exact);
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
                m_latestWithPower = result;
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
