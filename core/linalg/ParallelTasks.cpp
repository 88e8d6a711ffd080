// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#include "linalg/ParallelTasks.h"

#include "linalg/WorkerPool.h"

#include <algorithm>
#include <thread>

namespace lev::core {

namespace {

/// The helper threads of the process, shared by every run(), started on first use.
WorkerPool g_pool;

} // namespace

int ParallelTasks::workerCount(int count, int threads)
{
    const int available = static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
    const int wanted = threads > 0 ? threads : available;
    return std::max(1, std::min(wanted, count));
}

int ParallelTasks::threadsStarted()
{
    return g_pool.threadsStarted();
}

bool ParallelTasks::run(int count, int threads, const std::function<Worker()>& makeWorker,
                        const std::atomic<bool>* cancel,
                        const std::function<void(int done, int total)>& progress)
{
    std::atomic<int> next{0};
    std::atomic<int> done{0};
    std::atomic<bool> stopped{false};
    auto work = [&](bool reporting) {
        Worker worker;
        for (;;) {
            const int task = next.fetch_add(1, std::memory_order_relaxed);
            if (task >= count)
                return;
            if (cancel != nullptr && cancel->load(std::memory_order_relaxed)) {
                stopped = true;
                return;
            }
            if (!worker)
                worker = makeWorker();
            worker(task);
            const int finished = done.fetch_add(1, std::memory_order_relaxed) + 1;
            if (reporting && progress)
                progress(finished, count);
        }
    };
    g_pool.run(
        workerCount(count, threads) - 1, [&work] { work(false); }, [&work] { work(true); });
    return !stopped;
}

} // namespace lev::core
