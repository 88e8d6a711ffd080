// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#pragma once
// Runs background jobs on one worker thread, newest request wins: every start() gets a job id
// and cancels the running job through its atomic flag; at most one job waits, what a job
// delivers reaches the GUI thread queued and only while it is the newest, and an exception
// thrown by a job becomes failed() with its message.

#include <QObject>
#include <QString>
#include <atomic>
#include <condition_variable>
#include <functional>
#include <memory>
#include <mutex>
#include <thread>

namespace lev::ui {

class LatestJobRunner : public QObject
{
    Q_OBJECT

public:
    /// What a running job sees: its cancel flag, and queued ways back to the GUI thread.
    class Context
    {
    public:
        quint64 id() const { return m_id; }
        bool isCancelled() const { return m_cancel->load(); }
        const std::atomic<bool>& cancelFlag() const { return *m_cancel; }
        /// `fraction` in [0, 1]; forwarded at most once per percent (and always at 1).
        void reportProgress(double fraction, const QString& phase) const;
        /// Runs `onGuiThread` there, unless this job is superseded or cancelled by then.
        void deliver(std::function<void()> onGuiThread) const;

    private:
        friend class LatestJobRunner;
        LatestJobRunner* m_runner = nullptr;
        quint64 m_id = 0;
        std::shared_ptr<std::atomic<bool>> m_cancel;
        mutable double m_reported = -1.0;
    };
    using Job = std::function<void(const Context& context)>;

    explicit LatestJobRunner(QObject* parent = nullptr);
    /// Cancels the running job and waits for it: nothing outlives the runner.
    ~LatestJobRunner() override;

    /// Queues `job` as the newest, replacing a waiting one and cancelling the running one.
    /// `description` says what it does, for the status bar.
    quint64 start(Job job, const QString& description = {});
    /// Cancels the running job and drops the waiting one; cancelled() follows when either
    /// existed.
    void cancel();

    bool isBusy() const { return m_busy; }
    quint64 latestJob() const { return m_latest; }
    QString description() const { return m_description; }
    /// Jobs waiting or running right now in every runner (for tests: nothing outlives a
    /// runner).
    static int runningJobs() { return s_running.load(); }

signals:
    void busyChanged(bool busy);
    void progressed(double fraction, const QString& phase);
    /// The newest job ended without being superseded or cancelled.
    void finished(quint64 job);
    /// The newest job threw; `message` is what it said.
    void failed(quint64 job, const QString& message);
    /// cancel() stopped a running job; nothing more is delivered for it.
    void cancelled(quint64 job);

private:
    struct Pending
    {
        quint64 id = 0;
        Job job;
        std::shared_ptr<std::atomic<bool>> cancel;
    };

    void workerLoop();
    void jobEnded(quint64 id, bool wasCancelled, const QString& failure);
    void becomeIdle();
    bool isCurrent(quint64 id) const { return id == m_latest && !m_userCancelled; }

    static std::atomic<int> s_running;

    // GUI-thread state.
    quint64 m_latest = 0;
    bool m_busy = false;
    bool m_userCancelled = false;
    QString m_description;

    // Shared with the worker, under m_mutex.
    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::unique_ptr<Pending> m_pending;
    std::shared_ptr<std::atomic<bool>> m_runningCancel;
    int m_queuedOrRunning = 0;
    bool m_stop = false;
    std::thread m_worker; ///< created once, last: the members above exist while it runs
};

} // namespace lev::ui
