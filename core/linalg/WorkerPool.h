// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#pragma once
// Helper threads started when first needed and kept for later calls: run() lets up to h of them
// join the calling thread on one job. Calls from several threads at once share the helpers; each
// caller always works on its own job, so no call waits for another's.

#include <condition_variable>
#include <deque>
#include <functional>
#include <mutex>
#include <thread>
#include <vector>

namespace lev::core {

class WorkerPool
{
public:
    WorkerPool() = default;
    /// Stops and joins the helpers; no run() may be in progress.
    ~WorkerPool();
    WorkerPool(const WorkerPool&) = delete;
    WorkerPool& operator=(const WorkerPool&) = delete;

    /// Calls `callerWork` on the calling thread while up to `helpers` pool threads each call
    /// `helperWork` once, and returns when all these calls have returned. A helper that comes
    /// free only after `callerWork` has returned does not join, so both must tolerate that (work
    /// handed out through a shared counter does). Starts helper threads only while the pool has
    /// fewer than `helpers`.
    void run(int helpers, const std::function<void()>& helperWork,
             const std::function<void()>& callerWork);

    /// The helper threads started so far (they are never stopped before the destructor).
    int threadsStarted() const;

private:
    struct Job
    {
        const std::function<void()>* work = nullptr;
        int openSlots = 0; ///< helpers that may still join
        int active = 0;    ///< helpers inside `work`
    };

    void helperLoop();
    void withdraw(Job& job);

    mutable std::mutex m_mutex;
    std::condition_variable m_jobPosted;
    std::condition_variable m_helperLeft;
    std::deque<Job*> m_jobs; ///< jobs with open slots, oldest first
    std::vector<std::thread> m_threads;
    bool m_stopping = false;
};

} // namespace lev::core
