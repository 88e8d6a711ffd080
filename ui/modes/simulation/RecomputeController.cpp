// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#include "modes/simulation/RecomputeController.h"

#include "simulation/Recompute.h"

#include <QMetaObject>
#include <QtConcurrent/QtConcurrentRun>
#include <algorithm>

namespace lev::ui {

std::atomic<int> RecomputeController::s_runningJobs{0};

RecomputeController::RecomputeController(QObject* parent) : QObject(parent)
{
    m_pool.setMaxThreadCount(1);
    connect(&m_watcher, &QFutureWatcher<void>::finished, this, &RecomputeController::onJobFinished);
}

RecomputeController::~RecomputeController()
{
    m_pending.reset();
    if (m_current.cancel)
        m_current.cancel->store(true);
    m_watcher.waitForFinished();
    m_pool.waitForDone();
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
    m_pending = settings;
    m_latestJob += 1;
    if (m_running) {
        m_current.cancel->store(true);
        return; // onJobFinished starts the pending request
    }
    startPending();
}

void RecomputeController::startPending()
{
    if (!m_pending)
        return;
    m_current = Job{};
    m_current.id = m_latestJob;
    m_current.settings = *m_pending;
    m_current.cancel = std::make_shared<std::atomic<bool>>(false);
    m_pending.reset();

    const core::RecomputeSettings key = sweepKey(m_current.settings);
    const bool sameSweep = m_sweepKey && *m_sweepKey == key;
    m_current.computeSweep = !m_current.settings.sweep.empty() && !(sameSweep && m_sweepComplete);
    if (!sameSweep) {
        m_sweep.assign(m_current.settings.sweep.size(), core::SweepPoint{});
        for (std::size_t i = 0; i < m_sweep.size(); ++i)
            m_sweep[i].collinearity = m_current.settings.sweep[i];
        m_sweepDone.assign(m_sweep.size(), false);
        m_sweepKey = key;
        m_sweepComplete = m_current.settings.sweep.empty();
    }
    m_current.sweepDone = m_sweepDone;

    if (!m_running) {
        m_running = true;
        emit busyChanged(true);
    }
    const Job job = m_current;
    s_runningJobs += 1;
    m_watcher.setFuture(QtConcurrent::run(&m_pool, [this, job]() {
        // Counts down however the job ends.
        struct Running
        {
            ~Running() { s_runningJobs -= 1; }
        } running;
        core::RecomputeSettings withoutSweep = job.settings;
        withoutSweep.sweep.clear();
        auto result = std::make_shared<const core::RecomputeResult>(
            core::Recompute::run(withoutSweep, job.cancel.get()));
        if (result->status == core::RecomputeStatus::Cancelled)
            return;
        // Queued to the controller's thread; the destructor waits for this job, so `this` lives.
        QMetaObject::invokeMethod(
            this, [this, id = job.id, result]() { deliverResult(id, result); },
            Qt::QueuedConnection);
        if (!job.computeSweep)
            return;
        for (std::size_t i = 0; i < job.settings.sweep.size(); ++i) {
            if (job.sweepDone[i])
                continue;
            const auto point =
                core::Recompute::sweepPoint(job.settings, job.settings.sweep[i], job.cancel.get());
            if (!point)
                return;
            QMetaObject::invokeMethod(
                this,
                [this, key = sweepKey(job.settings), i, point = *point]() {
                    deliverSweepPoint(key, i, point);
                },
                Qt::QueuedConnection);
        }
    }));
}

void RecomputeController::deliverResult(quint64 job, ResultPointer result)
{
    if (job != m_latestJob)
        return; // superseded while queued
    m_latestResult = std::move(result);
    emit resultReady(m_latestResult);
    emit sweepUpdated(m_sweep, m_sweepComplete);
}

void RecomputeController::deliverSweepPoint(const core::RecomputeSettings& key, std::size_t index,
                                            core::SweepPoint point)
{
    // A superseded job's point still counts when only the collinearity changed since.
    if (!m_sweepKey || !(*m_sweepKey == key) || index >= m_sweep.size())
        return;
    m_sweep[index] = point;
    m_sweepDone[index] = true;
    m_sweepComplete = std::all_of(m_sweepDone.begin(), m_sweepDone.end(), [](bool d) { return d; });
    emit sweepUpdated(m_sweep, m_sweepComplete);
}

void RecomputeController::onJobFinished()
{
    if (m_pending) {
        startPending();
        return;
    }
    m_running = false;
    emit busyChanged(false);
    if (m_current.id == m_latestJob)
        emit settled(m_current.id);
}

} // namespace lev::ui
