// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
// The one job runner behind every mode's controller: under a storm of 1000 requests the newest
// wins and nothing superseded is delivered; cancel stops the running job and drops the waiting
// one; progress arrives in order; an exception becomes failed() with its message; and nothing
// outlives the runner.

#include "jobs/LatestJobRunner.h"

#include <QDeadlineTimer>
#include <QSignalSpy>
#include <QTest>
#include <QThread>
#include <mutex>
#include <set>
#include <stdexcept>
#include <vector>

using lev::ui::LatestJobRunner;
using Context = lev::ui::LatestJobRunner::Context;

namespace {

constexpr int kTimeoutMs = 20000;

/// Spins until cancelled; counts how often it saw the flag.
void waitForCancel(const Context& context, std::atomic<int>* sawCancel)
{
    while (!context.isCancelled())
        QThread::usleep(200);
    *sawCancel += 1;
}

} // namespace

class TestJobRunner : public QObject
{
    Q_OBJECT

private slots:
    void deliversAJobsResult()
    {
        LatestJobRunner runner;
        QSignalSpy finished(&runner, &LatestJobRunner::finished);
        QSignalSpy busy(&runner, &LatestJobRunner::busyChanged);
        int delivered = 0;
        const Qt::HANDLE gui = QThread::currentThreadId();
        Qt::HANDLE ranOn = nullptr;
        Qt::HANDLE deliveredOn = nullptr;
        const quint64 id = runner.start([&](const Context& context) {
            ranOn = QThread::currentThreadId();
            context.deliver([&]() {
                deliveredOn = QThread::currentThreadId();
                delivered = 42;
            });
        });
        QCOMPARE(id, quint64(1));
        QVERIFY(runner.isBusy());
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, kTimeoutMs);
        QCOMPARE(finished.first().first().toULongLong(), id);
        QCOMPARE(delivered, 42);
        QVERIFY(ranOn != gui);      // computed off the GUI thread
        QCOMPARE(deliveredOn, gui); // delivered on it
        QTRY_VERIFY(!runner.isBusy());
        QCOMPARE(busy.count(), 2); // true, then false
        QCOMPARE(busy.at(1).first().toBool(), false);
    }

    void newestWinsUnderAStormOfRequests()
    {
        LatestJobRunner runner;
        QSignalSpy finished(&runner, &LatestJobRunner::finished);
        std::vector<int> delivered;
        std::atomic<int> ran{0};
        std::set<Qt::HANDLE> threads;
        std::mutex threadsMutex;
        for (int i = 0; i < 1000; ++i) {
            runner.start([&, i](const Context& context) {
                ran += 1;
                {
                    const std::lock_guard<std::mutex> lock(threadsMutex);
                    threads.insert(QThread::currentThreadId());
                }
                QThread::usleep(300); // long enough for the storm to supersede it
                if (context.isCancelled())
                    return;
                context.deliver([&delivered, i]() { delivered.push_back(i); });
            });
            if (i % 100 == 0)
                QCoreApplication::processEvents(); // deliveries may come mid-storm
        }
        QTRY_VERIFY_WITH_TIMEOUT(!runner.isBusy(), kTimeoutMs);
        QCOMPARE(runner.latestJob(), quint64(1000));
        QVERIFY(!delivered.empty());
        QCOMPARE(delivered.back(), 999); // the last request always arrives
        // Each delivery was the newest request at its time: strictly increasing, and far fewer
        // than the requests (at most one job waits, so most never ran).
        for (std::size_t k = 1; k < delivered.size(); ++k)
            QVERIFY(delivered[k] > delivered[k - 1]);
        QVERIFY2(ran.load() < 1000, qPrintable(QString::number(ran.load())));
        QVERIFY(finished.count() >= 1);
        QCOMPARE(finished.last().first().toULongLong(), quint64(1000));
        QCOMPARE(threads.size(), std::size_t(1)); // one worker, created once and reused
    }

    void aSupersededDeliveryIsDropped()
    {
        // The first job delivers, then a newer request arrives before the event loop runs:
        // the queued delivery of the first must not run.
        LatestJobRunner runner;
        std::atomic<bool> firstDelivered{false};
        QStringList seen;
        runner.start([&](const Context& context) {
            context.deliver([&]() { seen << "first"; });
            firstDelivered = true;
        });
        // Waits without running the event loop: the delivery stays queued.
        const QDeadlineTimer deadline(kTimeoutMs);
        while (!firstDelivered.load() && !deadline.hasExpired())
            QThread::usleep(100);
        QVERIFY(firstDelivered.load());
        runner.start([&](const Context& context) { context.deliver([&]() { seen << "second"; }); });
        QTRY_VERIFY_WITH_TIMEOUT(!runner.isBusy(), kTimeoutMs);
        QCOMPARE(seen, QStringList{"second"});
    }

    void cancelStopsTheRunningJobAndDropsTheWaitingOne()
    {
        LatestJobRunner runner;
        QSignalSpy cancelled(&runner, &LatestJobRunner::cancelled);
        QSignalSpy finished(&runner, &LatestJobRunner::finished);
        std::atomic<int> sawCancel{0};
        std::atomic<bool> started{false};
        std::atomic<bool> waitingRan{false};
        bool delivered = false;
        runner.start([&](const Context& context) {
            started = true;
            waitForCancel(context, &sawCancel);
            context.deliver([&]() { delivered = true; });
        });
        QTRY_VERIFY_WITH_TIMEOUT(started.load(), kTimeoutMs);
        // A second request would cancel the first anyway; cancel() must drop it too.
        runner.start([&](const Context&) { waitingRan = true; });
        runner.cancel();
        QTRY_COMPARE_WITH_TIMEOUT(cancelled.count(), 1, kTimeoutMs);
        QVERIFY(!runner.isBusy());
        QCOMPARE(sawCancel.load(), 1);
        QVERIFY(!waitingRan.load());
        QVERIFY(!delivered);
        QCOMPARE(finished.count(), 0);
        // And the runner works afterwards.
        runner.start([](const Context&) {});
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, kTimeoutMs);
        QCOMPARE(cancelled.count(), 1);
    }

    void cancelWithNothingRunningSaysNothing()
    {
        LatestJobRunner runner;
        QSignalSpy cancelled(&runner, &LatestJobRunner::cancelled);
        runner.cancel();
        QCoreApplication::processEvents();
        QCOMPARE(cancelled.count(), 0);
        QVERIFY(!runner.isBusy());
    }

    void progressArrivesInOrderAndThrottled()
    {
        LatestJobRunner runner;
        QSignalSpy progress(&runner, &LatestJobRunner::progressed);
        QSignalSpy finished(&runner, &LatestJobRunner::finished);
        runner.start([](const Context& context) {
            for (int i = 0; i <= 10000; ++i)
                context.reportProgress(i / 10000.0, QStringLiteral("counting"));
        });
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, kTimeoutMs);
        // Once per percent: 101 reports (0, 0.01, ..., 1), not 10001.
        QVERIFY2(progress.count() >= 100 && progress.count() <= 102,
                 qPrintable(QString::number(progress.count())));
        double last = -1.0;
        for (const QList<QVariant>& report : progress) {
            QVERIFY(report.at(0).toDouble() > last);
            last = report.at(0).toDouble();
            QCOMPARE(report.at(1).toString(), QStringLiteral("counting"));
        }
        QCOMPARE(last, 1.0);
    }

    void anExceptionBecomesAFailure_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("message");
        QTest::newRow("runtime_error") << 0 << "singular matrix at row 3";
        QTest::newRow("bad_alloc") << 1 << "std::bad_alloc";
        QTest::newRow("not an exception") << 2 << "the computation failed with an unknown error";
    }

    void anExceptionBecomesAFailure()
    {
        QFETCH(int, kind);
        QFETCH(QString, message);
        LatestJobRunner runner;
        QSignalSpy failed(&runner, &LatestJobRunner::failed);
        QSignalSpy finished(&runner, &LatestJobRunner::finished);
        const quint64 id = runner.start([kind](const Context&) {
            if (kind == 0)
                throw std::runtime_error("singular matrix at row 3");
            if (kind == 1)
                throw std::bad_alloc();
            throw 17;
        });
        QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, kTimeoutMs);
        QCOMPARE(failed.first().at(0).toULongLong(), id);
        QCOMPARE(failed.first().at(1).toString(), message);
        QCOMPARE(finished.count(), 0);
        QTRY_VERIFY(!runner.isBusy());
        // The worker survived: the next job runs.
        runner.start([](const Context&) {});
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, kTimeoutMs);
    }

    void nothingOutlivesTheRunner()
    {
        std::atomic<int> sawCancel{0};
        std::atomic<bool> started{false};
        {
            LatestJobRunner runner;
            runner.start([&](const Context& context) {
                started = true;
                waitForCancel(context, &sawCancel);
            });
            QTRY_VERIFY_WITH_TIMEOUT(started.load(), kTimeoutMs);
            QCOMPARE(LatestJobRunner::runningJobs(), 1);
        } // the destructor cancels and waits
        QCOMPARE(LatestJobRunner::runningJobs(), 0);
        QCOMPARE(sawCancel.load(), 1);
        QCoreApplication::processEvents(); // nothing queued for the dead runner may run
    }
};

QTEST_GUILESS_MAIN(TestJobRunner)
#include "tst_jobrunner.moc"
