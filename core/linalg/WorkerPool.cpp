// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#include "linalg/WorkerPool.h"

#include <algorithm>
#include <cassert>

namespace lev::core {

WorkerPool::~WorkerPool()
{
    {
        const std::lock_guard<std::mutex> lock(m_mutex);
        assert(m_jobs.empty());
        m_stopping = true;
    }
    m_jobPosted.notify_all();
    for (std::thread& thread : m_threads)
        thread.join();
}

int WorkerPool::threadsStarted() const
{
    const std::lock_guard<std::mutex> lock(m_mutex);
    return static_cast<int>(m_threads.size());
}

void WorkerPool::run(int helpers, const std::function<void()>& helperWork,
                     const std::function<void()>& callerWork)
{
    if (helpers <= 0) {
        callerWork();
        return;
    }
    Job job;
    job.work = &helperWork;
    job.openSlots = helpers;
    {
        const std::lock_guard<std::mutex> lock(m_mutex);
        while (static_cast<int>(m_threads.size()) < helpers)
            m_threads.emplace_back(&WorkerPool::helperLoop, this);
        m_jobs.push_back(&job);
    }
    m_jobPosted.notify_all();
    // Whatever callerWork does, the job leaves the queue and its helpers finish before it ends.
    struct Withdraw
    {
        WorkerPool* pool;
        Job* job;
        ~Withdraw() { pool->withdraw(*job); }
    } withdraw{this, &job};
    callerWork();
}

void WorkerPool::withdraw(Job& job)
{
    std::unique_lock<std::mutex> lock(m_mutex);
    m_jobs.erase(std::remove(m_jobs.begin(), m_jobs.end(), &job), m_jobs.end());
    m_helperLeft.wait(lock, [&job] { return job.active == 0; });
}

void WorkerPool::helperLoop()
{
    std::unique_lock<std::mutex> lock(m_mutex);
    for (;;) {
        m_jobPosted.wait(lock, [this] { return m_stopping || !m_jobs.empty(); });
        if (m_stopping)
            return;
        Job* job = m_jobs.front();
        if (--job->openSlots == 0)
            m_jobs.pop_front();
        ++job->active;
        lock.unlock();
        (*job->work)();
        lock.lock();
        if (--job->active == 0)
            m_helperLeft.notify_all();
    }
}

} // namespace lev::core
