// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
// The recompute controller: newest request wins, the last state always arrives, superseded
// results are never delivered, the sweep is reused when only c moves, and nothing outlives it.

#include "jobs/LatestJobRunner.h"
#include "modes/simulation/RecomputeController.h"

#include <QSignalSpy>
#include <QTest>
#include <QThreadPool>

using lev::core::GeneratorKind;
using lev::core::RecomputeSettings;
using lev::ui::RecomputeController;

Q_DECLARE_METATYPE(lev::ui::RecomputeController::ResultPointer)

class TestRecomputeController : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { qRegisterMetaType<RecomputeController::ResultPointer>(); }

    void deliversTheRequestedResult()
    {
        RecomputeController controller;
        QSignalSpy results(&controller, &RecomputeController::resultReady);
        RecomputeSettings settings = RecomputeSettings::defaultsFor(GeneratorKind::Proxy);
        settings.model.collinearity = 0.42;
        controller.request(settings);
        QTRY_COMPARE_WITH_TIMEOUT(results.count(), 1, 10000);
        const auto result = results.at(0).at(0).value<RecomputeController::ResultPointer>();
        QCOMPARE(result->settings.model.collinearity, 0.42);
        QVERIFY(result->ok());
    }

    void newestRequestWinsAfterABurst()
    {
        RecomputeController controller;
        QSignalSpy results(&controller, &RecomputeController::resultReady);
        QSignalSpy settled(&controller, &RecomputeController::settled);
        RecomputeSettings settings = RecomputeSettings::defaultsFor(GeneratorKind::Latent);
        settings.sweep = RecomputeSettings::defaultSweepGrid();
        for (int i = 0; i < 200; ++i) {
            settings.model.collinearity = 0.001 * ((i * 37) % 999);
            controller.request(settings);
        }
        const double last = settings.model.collinearity;
        QTRY_VERIFY_WITH_TIMEOUT(settled.count() >= 1, 60000);
        QCOMPARE(settled.last().at(0).toULongLong(), controller.latestJob());
        QVERIFY(results.count() >= 1);
        // Every delivered result is the newest at its time; the last one is the last request.
        const auto final = results.last().at(0).value<RecomputeController::ResultPointer>();
        QCOMPARE(final->settings.model.collinearity, last);
        QVERIFY2(results.count() < 200, "superseded requests must not all be delivered");
        // The sweep is complete and belongs to these settings.
        for (const auto& point : controller.sweep())
            QVERIFY(point.r2ObservationalMean.has_value());
    }

    void movingOnlyCollinearityReusesTheSweep()
    {
        RecomputeController controller;
        QSignalSpy settled(&controller, &RecomputeController::settled);
        QSignalSpy sweeps(&controller, &RecomputeController::sweepUpdated);
        RecomputeSettings settings = RecomputeSettings::defaultsFor(GeneratorKind::Proxy);
        settings.sweep = RecomputeSettings::defaultSweepGrid();
        controller.request(settings);
        QTRY_COMPARE_WITH_TIMEOUT(settled.count(), 1, 30000);
        const int sweepSignalsAfterFirst = sweeps.count();
        QVERIFY(sweepSignalsAfterFirst > int(settings.sweep.size())); // filled point by point
        settings.model.collinearity = 0.5;
        controller.request(settings);
        QTRY_COMPARE_WITH_TIMEOUT(settled.count(), 2, 30000);
        // Only the one update that comes with the result: no point was recomputed.
        QCOMPARE(sweeps.count(), sweepSignalsAfterFirst + 1);
        settings.model.noise = 2.0; // changes the sweep
        controller.request(settings);
        QTRY_COMPARE_WITH_TIMEOUT(settled.count(), 3, 30000);
        QVERIFY(sweeps.count() > sweepSignalsAfterFirst + 1 + int(settings.sweep.size()));
    }

    void destroyingWhileBusyStopsTheWorker()
    {
        {
            RecomputeController controller;
            RecomputeSettings settings = RecomputeSettings::defaultsFor(GeneratorKind::Latent);
            settings.model.features = 200;
            settings.n = 1000;
            settings.replications = 20000;
            controller.request(settings);
            QVERIFY(controller.isBusy());
            QCOMPARE(lev::ui::LatestJobRunner::runningJobs(), 1);
        } // the destructor cancels and waits
        QCOMPARE(lev::ui::LatestJobRunner::runningJobs(), 0);
    }
};

QTEST_GUILESS_MAIN(TestRecomputeController)
#include "tst_recomputecontroller.moc"
