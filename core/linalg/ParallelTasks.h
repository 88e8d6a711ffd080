// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#pragma once
// Runs tasks 0..count-1 on up to N workers: the calling thread and helper threads that are
// started once and reused (WorkerPool). Tasks are handed out in order through an atomic counter,
// so every core stays busy whatever each task costs; a task that depends only on its index gives
// the same result on any worker. Calls from several threads may run at once.

#include <atomic>
#include <functional>

namespace lev::core {

class ParallelTasks
{
public:
    /// What runs the tasks of one worker; made on that worker's thread, so that it can own
    /// scratch storage reused by every task the worker runs.
    using Worker = std::function<void(int task)>;

    /// `threads` workers at most (0: all cores), never more than `count`. `cancel` is checked
    /// before each task; `progress(done, count)` is called on the calling thread after each task
    /// it ran. Returns false when cancelled.
    static bool run(int count, int threads, const std::function<Worker()>& makeWorker,
                    const std::atomic<bool>* cancel = nullptr,
                    const std::function<void(int done, int total)>& progress = {});

    /// The number of workers run() uses for `count` tasks and `threads` (0: all cores).
    static int workerCount(int count, int threads);

    /// The helper threads started so far in this process: run() starts them only while fewer
    /// than it needs exist, and keeps them.
    static int threadsStarted();
};

} // namespace lev::core
