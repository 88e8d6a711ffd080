// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#include "jobs/LatestJobRunner.h"

#include <QMetaObject>
#include <exception>

namespace lev::ui {

std::atomic<int> LatestJobRunner::s_running{0};

namespace {
constexpr double kProgressStep = 0.01; ///< progress is forwarded once per this step
} // namespace

void LatestJobRunner::Context::reportProgress(double fraction, const QString& phase) const
{
    if (fraction < 1.0 && fraction - m_reported < kProgressStep)
        return;
    m_reported = fraction;
    LatestJobRunner* runner = m_runner;
    QMetaObject::invokeMethod(
        runner,
        [runner, id = m_id, fraction, phase]() {
            if (runner->isCurrent(id))
                emit runner->progressed(fraction, phase);
        },
        Qt::QueuedConnection);
}

void LatestJobRunner::Context::deliver(std::function<void()> onGuiThread) const
{
    LatestJobRunner* runner = m_runner;
    QMetaObject::invokeMethod(
        runner,
        [runner, id = m_id, onGuiThread = std::move(onGuiThread)]() {
            if (runner->isCurrent(id))
                onGuiThread();
        },
        Qt::QueuedConnection);
}

LatestJobRunner::LatestJobRunner(QObject* parent)
    : QObject(parent), m_worker([this]() { workerLoop(); })
{
}

LatestJobRunner::~LatestJobRunner()
{
    {
        const std::lock_guard<std::mutex> lock(m_mutex);
        m_stop = true;
        if (m_pending) {
            m_pending.reset();
            s_running -= 1;
        }
        if (m_runningCancel)
            m_runningCancel->store(true);
    }
    m_wake.notify_one();
    m_worker.join();
}

quint64 LatestJobRunner::start(Job job, const QString& description)
{
    Q_ASSERT(job);
    m_latest += 1;
    m_userCancelled = false;
    m_description = description;
    {
        const std::lock_guard<std::mutex> lock(m_mutex);
        if (!m_pending) { // a replaced waiting job never runs, so never ends
            m_queuedOrRunning += 1;
            s_running += 1;
        }
        m_pending = std::make_unique<Pending>(
            Pending{m_latest, std::move(job), std::make_shared<std::atomic<bool>>(false)});
        if (m_runningCancel)
            m_runningCancel->store(true);
    }
    m_wake.notify_one();
    if (!m_busy) {
        m_busy = true;
        emit busyChanged(true);
    }
    return m_latest;
}

void LatestJobRunner::cancel()
{
    bool stopped = false;
    bool idle = false;
    {
        const std::lock_guard<std::mutex> lock(m_mutex);
        if (m_pending) {
            m_pending.reset();
            m_queuedOrRunning -= 1;
            s_running -= 1;
            stopped = true;
        }
        if (m_runningCancel) {
            m_runningCancel->store(true);
            stopped = true;
        }
        idle = m_queuedOrRunning == 0;
    }
    if (!stopped)
        return;
    m_userCancelled = true;
    if (idle && m_busy) // only a waiting job was dropped: nothing will end
        becomeIdle();
}

void LatestJobRunner::workerLoop()
{
    for (;;) {
        std::unique_ptr<Pending> next;
        {
            std::unique_lock<std::mutex> lock(m_mutex);
            m_wake.wait(lock, [this]() { return m_stop || m_pending; });
            if (m_stop)
                return;
            next = std::move(m_pending);
            m_runningCancel = next->cancel;
        }
        Context context;
        context.m_runner = this;
        context.m_id = next->id;
        context.m_cancel = next->cancel;
        QString failure;
        try {
            next->job(context);
        } catch (const std::exception& error) {
            failure = QString::fromLocal8Bit(error.what());
            if (failure.isEmpty())
                failure = tr("the computation failed");
        } catch (...) {
            failure = tr("the computation failed with an unknown error");
        }
        const bool wasCancelled = next->cancel->load();
        {
            const std::lock_guard<std::mutex> lock(m_mutex);
            m_runningCancel.reset();
        }
        next.reset(); // the job's captures go on this thread, before it counts as ended
        s_running -= 1;
        QMetaObject::invokeMethod(
            this,
            [this, id = context.m_id, wasCancelled, failure]() {
                jobEnded(id, wasCancelled, failure);
            },
            Qt::QueuedConnection);
    }
}

void LatestJobRunner::jobEnded(quint64 id, bool wasCancelled, const QString& failure)
{
    if (isCurrent(id)) {
        if (!failure.isEmpty())
            emit failed(id, failure);
        else if (!wasCancelled)
            emit finished(id);
    }
    bool idle = false;
    {
        const std::lock_guard<std::mutex> lock(m_mutex);
        m_queuedOrRunning -= 1;
        idle = m_queuedOrRunning == 0;
    }
    if (idle)
        becomeIdle();
}

void LatestJobRunner::becomeIdle()
{
    const bool userCancelled = m_userCancelled;
    m_userCancelled = false;
    m_busy = false;
    emit busyChanged(false);
    if (userCancelled)
        emit cancelled(m_latest);
}

} // namespace lev::ui
