// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#include "linalg/ParallelTasks.h"

#include <algorithm>
#include <thread>
#include <vector>

namespace lev::core {

int ParallelTasks::workerCount(int count, int threads)
{
    const int available = static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
    const int wanted = threads > 0 ? threads : available;
    return std::max(1, std::min(wanted, count));
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
    std::vector<std::thread> workers;
    for (int w = 1; w < workerCount(count, threads); ++w)
        workers.emplace_back(work, false);
    work(true);
    for (auto& thread : workers)
        thread.join();
    return !stopped;
}

} // namespace lev::core
