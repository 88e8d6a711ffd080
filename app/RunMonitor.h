// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#pragma once
// Watches over a long headless run: Ctrl+C (SIGINT) sets the cancel flag that the core checks
// between tasks, and while stderr is a terminal a status line shows the time taken and the
// fraction done (redrawn twice a second after the first second, erased at the end).

#include <QString>

#include <atomic>
#include <condition_variable>
#include <csignal>
#include <mutex>
#include <thread>

namespace lev::app {

class RunMonitor
{
public:
    explicit RunMonitor(const QString& name);
    ~RunMonitor();
    RunMonitor(const RunMonitor&) = delete;
    RunMonitor& operator=(const RunMonitor&) = delete;

    /// The flag SIGINT sets; pass it to the core as its cancel flag.
    const std::atomic<bool>* cancelFlag() const { return &s_interrupted; }
    bool interrupted() const { return s_interrupted.load(); }
    /// The fraction done in [0, 1], from any thread; unknown until set.
    void setProgress(double fraction) { m_fraction.store(fraction); }
    /// Stops drawing and erases the status line (also done by the destructor).
    void finish();

    /// The exit code of an interrupted run (128 + SIGINT, as a shell reports it).
    static constexpr int kInterruptedExitCode = 130;

private:
    static void onInterrupt(int);
    void draw();

    static std::atomic<bool> s_interrupted;
    QByteArray m_name;
    std::atomic<double> m_fraction{-1.0};
    struct sigaction m_previous = {};
    std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_stop = false;
    bool m_drawn = false;
    std::thread m_thread;
};

} // namespace lev::app
