// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#include "RunMonitor.h"

#include <chrono>
#include <cstdio>
#include <unistd.h>

namespace lev::app {

std::atomic<bool> RunMonitor::s_interrupted{false};

namespace {

constexpr auto kFirstDraw = std::chrono::seconds(1);
constexpr auto kRedraw = std::chrono::milliseconds(500);

} // namespace

RunMonitor::RunMonitor(const QString& name) : m_name(name.toUtf8())
{
    s_interrupted.store(false);
    struct sigaction action = {};
    action.sa_handler = &RunMonitor::onInterrupt;
    sigemptyset(&action.sa_mask);
    sigaction(SIGINT, &action, &m_previous);
    if (::isatty(STDERR_FILENO))
        m_thread = std::thread([this] { draw(); });
}

RunMonitor::~RunMonitor()
{
    finish();
    sigaction(SIGINT, &m_previous, nullptr);
}

void RunMonitor::onInterrupt(int)
{
    s_interrupted.store(true); // lock-free: safe in a signal handler
}

void RunMonitor::finish()
{
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_stop = true;
    }
    m_wake.notify_all();
    if (m_thread.joinable())
        m_thread.join();
}

void RunMonitor::draw()
{
    const auto start = std::chrono::steady_clock::now();
    std::unique_lock<std::mutex> lock(m_mutex);
    if (!m_wake.wait_for(lock, kFirstDraw, [this] { return m_stop; })) {
        for (;;) {
            const auto seconds = std::chrono::duration_cast<std::chrono::seconds>(
                                     std::chrono::steady_clock::now() - start)
                                     .count();
            const double fraction = m_fraction.load();
            char done[16] = "";
            if (fraction >= 0.0)
                std::snprintf(done, sizeof done, "%3.0f%% ", 100.0 * fraction);
            std::fprintf(stderr, "\rleverscope %s: %s%llds%s (Ctrl+C stops)\033[K",
                         m_name.constData(), done, static_cast<long long>(seconds),
                         s_interrupted.load() ? ", stopping" : "");
            std::fflush(stderr);
            m_drawn = true;
            if (m_wake.wait_for(lock, kRedraw, [this] { return m_stop; }))
                break;
        }
    }
    if (m_drawn) {
        std::fputs("\r\033[K", stderr);
        std::fflush(stderr);
    }
}

} // namespace lev::app
