// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#include "modes/blackbox/BlackBoxController.h"

#include "blackbox/BlackBox.h"

#include <algorithm>

namespace lev::ui {

namespace {

/// A sweep point asks the core only for the scores and the credit: the smallest grids.
core::BlackBoxSettings sweepPointSettings(const core::BlackBoxSettings& settings, double c)
{
    core::BlackBoxSettings point = settings.atCollinearity(c);
    point.gridSize = 2;
    point.iceCurves = 0;
    point.sliceGridSize = 2;
    return point;
}

} // namespace

BlackBoxController::BlackBoxController(QObject* parent) : QObject(parent)
{
    connect(&m_runner, &LatestJobRunner::finished, this, &BlackBoxController::settled);
    connect(&m_runner, &LatestJobRunner::busyChanged, this, &BlackBoxController::busyChanged);
}

core::BlackBoxSettings BlackBoxController::sweepKey(const core::BlackBoxSettings& settings)
{
    // What a sweep point depends on: neither c nor what only the main result shows.
    core::BlackBoxSettings key = settings;
    key.model.collinearity = 0.0;
    key.replications = 1;
    key.pdpFeature = 0;
    key.sliceFirst = 0;
    key.sliceSecond = 0;
    key.threads = 0;
    return key;
}

void BlackBoxController::request(const core::BlackBoxSettings& settings)
{
    const core::BlackBoxSettings key = sweepKey(settings);
    if (!(m_sweepKey && *m_sweepKey == key)) {
        m_sweep.assign(settings.sweep.size(), core::BlackBoxSweepPoint{});
        for (std::size_t i = 0; i < m_sweep.size(); ++i)
            m_sweep[i].collinearity = settings.sweep[i];
        m_sweepDone.assign(m_sweep.size(), false);
        m_sweepKey = key;
        m_sweepComplete = settings.sweep.empty();
    }
    const bool computeSweep = !settings.sweep.empty() && !m_sweepComplete;
    const std::vector<bool> known = m_sweepDone;

    m_runner.start(
        [this, settings, computeSweep, known](const LatestJobRunner::Context& context) {
            core::BlackBoxSettings main = settings;
            main.sweep.clear();
            if (main.replications > 1 || main.learner.trees > main.kProvisionalTrees ||
                main.n > main.kProvisionalRows) {
                auto provisional = std::make_shared<const core::BlackBoxResult>(
                    core::BlackBox::run(main.provisional(), &context.cancelFlag()));
                if (provisional->status == core::BlackBoxStatus::Ok)
                    context.deliver([this, provisional]() { deliverResult(provisional, true); });
            }
            const int total = main.replications + (computeSweep ? int(settings.sweep.size()) : 0);
            const auto progress = [&](const core::BlackBoxResult& partial) {
                auto copy = std::make_shared<const core::BlackBoxResult>(partial);
                context.reportProgress(double(partial.replicationsDone) / total, tr("fits"));
                context.deliver([this, copy]() { deliverResult(copy, false); });
            };
            auto result = std::make_shared<const core::BlackBoxResult>(
                core::BlackBox::run(main, &context.cancelFlag(), progress));
            if (context.isCancelled())
                return;
            // The complete result once more: its status and the summary over every refit.
            context.deliver([this, result]() { deliverResult(result, false); });
            if (!computeSweep || result->status != core::BlackBoxStatus::Ok)
                return;
            for (std::size_t i = 0; i < settings.sweep.size(); ++i) {
                context.reportProgress(double(main.replications + int(i)) / total, tr("sweep"));
                if (known[i])
                    continue;
                const core::BlackBoxResult at = core::BlackBox::run(
                    sweepPointSettings(main, settings.sweep[i]), &context.cancelFlag());
                if (at.status != core::BlackBoxStatus::Ok)
                    return;
                const core::BlackBoxSweepPoint point =
                    core::BlackBox::sweepPointOf(settings.sweep[i], at);
                context.deliver([this, i, point]() { deliverSweepPoint(i, point); });
            }
            context.reportProgress(1.0, tr("sweep"));
        },
        tr("Fitting %1 × %2 trees").arg(settings.replications).arg(settings.learner.trees));
}

core::BlackBoxSettings
BlackBoxController::provisionalSettings(const core::BlackBoxSettings& settings)
{
    return settings.provisional();
}

void BlackBoxController::deliverResult(ResultPointer result, bool provisional)
{
    m_provisional = provisional;
    m_latestResult = std::move(result);
    emit resultReady(m_latestResult);
}

void BlackBoxController::deliverSweepPoint(std::size_t index, const core::BlackBoxSweepPoint& point)
{
    if (index >= m_sweep.size())
        return;
    m_sweep[index] = point;
    m_sweepDone[index] = true;
    m_sweepComplete = std::all_of(m_sweepDone.begin(), m_sweepDone.end(), [](bool d) { return d; });
    emit sweepUpdated(m_sweep, m_sweepComplete);
}

} // namespace lev::ui
