// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#include "modes/simulation/RecomputeController.h"

#include "simulation/Recompute.h"

#include <algorithm>

namespace lev::ui {

RecomputeController::RecomputeController(QObject* parent) : QObject(parent)
{
    connect(&m_runner, &LatestJobRunner::finished, this, &RecomputeController::settled);
    connect(&m_runner, &LatestJobRunner::busyChanged, this, &RecomputeController::busyChanged);
}

core::RecomputeSettings RecomputeController::sweepKey(const core::RecomputeSettings& settings)
{
    core::RecomputeSettings key = settings;
    key.model.collinearity = 0.0;
    key.threads = 0;
    return key;
}

void RecomputeController::request(const core::RecomputeSettings& settings)
{
    const core::RecomputeSettings key = sweepKey(settings);
    const bool sameSweep = m_sweepKey && *m_sweepKey == key;
    if (!sameSweep) {
        m_sweep.assign(settings.sweep.size(), core::SweepPoint{});
        for (std::size_t i = 0; i < m_sweep.size(); ++i)
            m_sweep[i].collinearity = settings.sweep[i];
        m_sweepDone.assign(m_sweep.size(), false);
        m_sweepKey = key;
        m_sweepComplete = settings.sweep.empty();
    }
    const bool computeSweep = !settings.sweep.empty() && !m_sweepComplete;
    const std::vector<bool> known = m_sweepDone; // points the job need not compute

    m_runner.start(
        [this, settings, computeSweep, known](const LatestJobRunner::Context& context) {
            core::RecomputeSettings withoutSweep = settings;
            withoutSweep.sweep.clear();
            auto result = std::make_shared<const core::RecomputeResult>(
                core::Recompute::run(withoutSweep, &context.cancelFlag()));
            // A superseded job's deliveries are dropped by the runner; its sweep points stop
            // at the cancel flag.
            context.deliver([this, result]() { deliverResult(result); });
            if (!computeSweep)
                return;
            const std::size_t total = settings.sweep.size();
            for (std::size_t i = 0; i < total; ++i) {
                context.reportProgress(double(i) / double(total), tr("sweep"));
                if (known[i])
                    continue;
                const auto point =
                    core::Recompute::sweepPoint(settings, settings.sweep[i], &context.cancelFlag());
                if (!point)
                    return;
                context.deliver([this, i, point = *point]() { deliverSweepPoint(i, point); });
            }
            context.reportProgress(1.0, tr("sweep"));
        },
        tr("Computing %1 replications").arg(settings.replications));
}

void RecomputeController::deliverResult(ResultPointer result)
{
    m_latestResult = std::move(result);
    emit resultReady(m_latestResult);
    emit sweepUpdated(m_sweep, m_sweepComplete);
}

void RecomputeController::deliverSweepPoint(std::size_t index, const core::SweepPoint& point)
{
    if (index >= m_sweep.size())
        return;
    m_sweep[index] = point;
    m_sweepDone[index] = true;
    m_sweepComplete = std::all_of(m_sweepDone.begin(), m_sweepDone.end(), [](bool d) { return d; });
    emit sweepUpdated(m_sweep, m_sweepComplete);
}

} // namespace lev::ui
