// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
// A slider storm in front of a class: thousands of random parameter changes to the running
// window. Afterwards the result shown is the last state's, memory has not grown, and no
// recompute outlives the window.

#include "jobs/LatestJobRunner.h"
#include "modes/simulation/ControlPanel.h"
#include "modes/simulation/SimulationPage.h"
#include "shell/MainWindow.h"
#include "shell/SessionState.h"

#include <QComboBox>
#include <QFile>
#include <QRandomGenerator>
#include <QSlider>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTest>
#include <QThreadPool>
#include <optional>
#include <unistd.h>

using lev::core::GeneratorKind;
using lev::core::RecomputeSettings;
using lev::ui::MainWindow;

// Under AddressSanitizer freed memory waits in a quarantine of up to 256 MB before reuse (to
// catch use after free), which this test would measure as growth; for this executable the
// quarantine is kept at 8 MB. (An ASAN_OPTIONS environment variable still overrides it.)
#if defined(__has_feature)
#if __has_feature(address_sanitizer)
#define LEV_TEST_UNDER_ASAN 1
#endif
#endif
#if defined(__SANITIZE_ADDRESS__) || defined(LEV_TEST_UNDER_ASAN)
extern "C" const char* __asan_default_options()
{
    return "quarantine_size_mb=8";
}
#endif

namespace {

/// The resident set size, or nothing where /proc/self/statm cannot be read.
std::optional<double> residentMegabytes()
{
    QFile statm(QStringLiteral("/proc/self/statm"));
    if (!statm.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QList<QByteArray> fields = statm.readAll().split(' ');
    bool ok = false;
    const double pages = fields.size() > 1 ? fields[1].toDouble(&ok) : 0.0;
    if (!ok || pages <= 0.0)
        return std::nullopt;
    return pages * double(sysconf(_SC_PAGESIZE)) / 1048576.0;
}

void storm(MainWindow& window, QRandomGenerator& random, int changes)
{
    auto* slider = window.findChild<QSlider*>("collinearitySlider");
    auto* noise = window.findChild<QSlider*>("noiseSlider");
    auto* generator = window.findChild<QComboBox*>("generatorCombo");
    auto* estimator = window.findChild<QComboBox*>("estimatorCombo");
    auto* n = window.findChild<QSpinBox*>("sampleSizeSpin");
    for (int i = 0; i < changes; ++i) {
        switch (random.bounded(10)) {
        case 0:
            generator->setCurrentIndex(int(random.bounded(generator->count())));
            break;
        case 1:
            estimator->setCurrentIndex(int(random.bounded(estimator->count())));
            break;
        case 2:
            n->setValue(3 + int(random.bounded(400)));
            break;
        case 3:
            noise->setValue(int(random.bounded(noise->maximum() + 1)));
            break;
        default:
            slider->setValue(int(random.bounded(slider->maximum() + 1)));
        }
        if (random.bounded(25) == 0)
            QCoreApplication::processEvents(); // results arrive mid-storm, as in a real drag
    }
}

lev::ui::RecomputeController& controllerOf(MainWindow& window)
{
    return window.page<lev::ui::SimulationPage>().controller();
}

void waitUntilSettled(MainWindow& window)
{
    QTRY_VERIFY_WITH_TIMEOUT(!controllerOf(window).isBusy(), 120000);
    QCoreApplication::processEvents();
}

} // namespace

class TestSliderStorm : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void stormEndsOnTheLastStateWithoutGrowingMemory()
    {
        if (!residentMegabytes())
            QSKIP("/proc/self/statm cannot be read here: resident memory cannot be measured");
        auto* window = new MainWindow(RecomputeSettings::defaultsFor(GeneratorKind::Proxy));
        window->show();
        QRandomGenerator random(2026);

        storm(*window, random, 500); // warm-up: caches, fonts, thread pool
        waitUntilSettled(*window);
        const std::optional<double> before = residentMegabytes();

        storm(*window, random, 4000);
        waitUntilSettled(*window);
        const std::optional<double> after = residentMegabytes();
        QVERIFY(before && after);

        const RecomputeSettings& current = window->state().simulation();
        RecomputeSettings shown = controllerOf(*window).latestResult()->settings;
        shown.sweep.clear();
        QVERIFY2(shown == current, "the plots show an older state");
        QVERIFY(window->page<lev::ui::SimulationPage>().controls().settings() == current);
        qInfo("resident memory: %.1f MB after warm-up, %.1f MB after 4000 changes (+%.1f MB)",
              *before, *after, *after - *before);
        QVERIFY2(*after - *before < 40.0, "memory grew during the storm");

        storm(*window, random, 300); // and close in the middle of it
        delete window;
        QCOMPARE(lev::ui::LatestJobRunner::runningJobs(), 0);
    }
};

QTEST_MAIN(TestSliderStorm)
#include "tst_sliderstorm.moc"
