// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
// The experiment designer's page: it builds with its six named plots; a settings change made
// with a real control reaches the plots through the job runner (and a storm of changes ends
// with the newest); the exact curves, the power and the Monte Carlo arrive in that order; a pin
// keeps ghosts until cleared; a slider drag is one undo step; a session round-trips the design
// settings and an older session without them still opens; the presets apply as named undo steps;
// the CSV export writes its tables.

#include "design/DesignResult.h"
#include "io/Preset.h"
#include "io/SessionFile.h"
#include "modes/design/DesignController.h"
#include "modes/design/DesignControls.h"
#include "modes/design/DesignPage.h"
#include "modes/design/DesignPin.h"
#include "modes/design/DesignPlot.h"
#include "modes/design/DesignPlots.h"
#include "shell/MainWindow.h"
#include "shell/SessionState.h"

#include <QCheckBox>
#include <QDir>
#include <QSignalSpy>
#include <QSlider>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <qcustomplot.h>

using lev::core::DesignSettings;
using lev::core::GeneratorKind;
using lev::core::RecomputeSettings;
using lev::ui::DesignPage;
using lev::ui::MainWindow;

namespace {

constexpr int kTimeoutMs = 60000;

DesignPage& designPage(MainWindow& window)
{
    return window.page<DesignPage>();
}

/// Shows the designer and waits for its first result.
void showDesigner(MainWindow& window)
{
    window.showPage(&designPage(window));
    QTRY_VERIFY_WITH_TIMEOUT(designPage(window).controller().latestResult() != nullptr, kTimeoutMs);
}

/// The text items of a plot.
QStringList texts(QCustomPlot* plot)
{
    QStringList out;
    for (int i = 0; i < plot->itemCount(); ++i)
        if (auto* text = qobject_cast<QCPItemText*>(plot->item(i)); text && text->visible())
            out << text->text();
    return out;
}

} // namespace

class TestDesignPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        // No leftovers of an earlier run (the last state, an autosave) change what starts.
        QStandardPaths::setTestModeEnabled(true);
        qputenv("LEVERSCOPE_NO_CLOSE_PROMPT", "1");
    }

    void pageBuildsWithItsPlots()
    {
        MainWindow window(RecomputeSettings::defaultsFor(GeneratorKind::Proxy));
        DesignPage& page = designPage(window);
        QVERIFY(window.pages().contains(&page));
        QVERIFY(page.supportsPresentation());
        const QStringList expected = {"fractionPlot", "budgetPlot",      "intervalPlot",
                                      "powerPlot",    "designGraphPlot", "allocationPlot"};
        QStringList names;
        for (QCustomPlot* plot : page.plots())
            names << plot->objectName();
        QCOMPARE(names, expected);
        // Not computed before it is shown: the simulation is the first page.
        QVERIFY(!page.controller().latestResult());
    }

    void fractionSliderReachesThePlots()
    {
        MainWindow window(RecomputeSettings::defaultsFor(GeneratorKind::Proxy));
        showDesigner(window);
        DesignPage& page = designPage(window);
        auto* slider = page.controls().findChild<QSlider*>("fractionSlider");
        QVERIFY(slider);
        slider->setFocus();
        QCOMPARE(slider->value(), qRound(window.state().design().fraction * 100));
        slider->setValue(55);
        QCOMPARE(window.state().design().fraction, 0.55);
        QTRY_COMPARE_WITH_TIMEOUT(page.controller().latestResult()->settings.fraction, 0.55,
                                  kTimeoutMs);
        QTRY_VERIFY_WITH_TIMEOUT(!page.controller().isBusy(), kTimeoutMs);
        // The π marker of plot (1) and the causal weights of plot (3) come from that result.
        QVERIFY2(texts(page.designPlots().plot("fraction")).contains("π = 0.55"),
                 qPrintable(texts(page.designPlots().plot("fraction")).join('|')));
        const auto result = page.controller().latestResult();
        QVERIFY(result->ok());
        QVERIFY(page.designPlots().pointCount("intervals") >= int(result->features.size()));
        QVERIFY(page.caption().contains("0.55"));
    }

    // The exact curves come first, then the power curves, then the Monte Carlo: three results
    // of one request, the Monte-Carlo legend entry saying "refining" until the last.
    void theStagesArriveInOrder()
    {
        MainWindow window(RecomputeSettings::defaultsFor(GeneratorKind::Proxy));
        DesignPage& page = designPage(window);
        QList<QPair<bool, bool>> stages; // (power computed, refined)
        QStringList legends;
        connect(&page.controller(), &lev::ui::DesignController::resultReady, this,
                [&](const lev::ui::DesignController::ResultPointer& result) {
                    stages.append({result->powerComputed, result->refined});
                    QCustomPlot* fraction = page.designPlots().plot("fraction");
                    legends << fraction->graph(3)->name();
                });
        showDesigner(window);
        QTRY_VERIFY_WITH_TIMEOUT(!page.controller().isBusy(), kTimeoutMs);
        const QList<QPair<bool, bool>> expected = {{false, false}, {true, false}, {true, true}};
        QCOMPARE(stages, expected);
        QCOMPARE(legends.first(), QStringLiteral("Monte Carlo: refining…"));
        QCOMPARE(legends.last(), QStringLiteral("Monte Carlo"));
        const auto result = page.controller().latestResult();
        QVERIFY(result->strategy(lev::core::DesignStrategy::Pooled).weightMean.size() > 0);
        QVERIFY(result->pooledPower.exactError <= 0.01);
    }

    // Pin and compare: the shown curves stay as ghosts through a change, until cleared.
    void aPinKeepsGhostsUntilCleared()
    {
        MainWindow window(RecomputeSettings::defaultsFor(GeneratorKind::Proxy));
        showDesigner(window);
        DesignPage& page = designPage(window);
        QTRY_VERIFY_WITH_TIMEOUT(!page.controller().isBusy(), kTimeoutMs);
        auto* fraction = qobject_cast<lev::ui::DesignPlot*>(page.designPlots().plot("fraction"));
        auto* power = qobject_cast<lev::ui::DesignPlot*>(page.designPlots().plot("power"));
        QVERIFY(fraction && power);
        QCOMPARE(fraction->pinnedPointCount(), 0);
        page.pin().pin();
        QVERIFY(page.pin().isPinned());
        QCOMPARE(fraction->pinnedPointCount(), fraction->graph(0)->dataCount() * 3);
        QVERIFY(power->pinnedPointCount() > 0);
        auto* slider = page.controls().findChild<QSlider*>("fractionSlider");
        slider->setValue(80);
        QTRY_VERIFY_WITH_TIMEOUT(!page.controller().isBusy(), kTimeoutMs);
        QVERIFY(fraction->pinnedPointCount() > 0);
        page.pin().clear();
        QCOMPARE(fraction->pinnedPointCount(), 0);
        QCOMPARE(power->pinnedPointCount(), 0);
    }

    void aStormEndsWithTheNewest()
    {
        MainWindow window(RecomputeSettings::defaultsFor(GeneratorKind::Proxy));
        showDesigner(window);
        DesignPage& page = designPage(window);
        auto* slider = page.controls().findChild<QSlider*>("fractionSlider");
        for (int value = 0; value <= 100; value += 7)
            slider->setValue(value);
        QCOMPARE(window.state().design().fraction, 0.98);
        QTRY_VERIFY_WITH_TIMEOUT(!page.controller().isBusy(), kTimeoutMs);
        QCOMPARE(page.controller().latestResult()->settings, window.state().design());
    }

    void aDragIsOneUndoStep()
    {
        MainWindow window(RecomputeSettings::defaultsFor(GeneratorKind::Proxy));
        DesignPage& page = designPage(window);
        const DesignSettings before = window.state().design();
        auto* slider = page.controls().findChild<QSlider*>("fractionSlider");
        const int steps = window.state().undoStack().count();
        for (int value : {40, 50, 60, 70})
            slider->setValue(value);
        QCOMPARE(window.state().undoStack().count(), steps + 1);
        window.state().undoStack().undo();
        QCOMPARE(window.state().design(), before);
        QCOMPARE(slider->value(), qRound(before.fraction * 100));
    }

    void randomizeBoxesEditTheSettings()
    {
        MainWindow window(RecomputeSettings::defaultsFor(GeneratorKind::Proxy));
        DesignPage& page = designPage(window);
        auto* second = page.controls().findChild<QCheckBox*>("randomize2");
        QVERIFY(second);
        QVERIFY(!second->isChecked());
        second->click();
        QCOMPARE(window.state().design().randomized, (std::vector<int>{0, 1}));
        auto* allocate = page.controls().findChild<QCheckBox*>("allocateBox");
        allocate->setChecked(true);
        QVERIFY(window.state().design().allocate);
        QVERIFY(!second->isEnabled()); // every feature is randomized when allocating
    }

    void sessionRoundTripsTheDesign()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath("design.leverscope");
        DesignSettings saved;
        {
            MainWindow window(RecomputeSettings::defaultsFor(GeneratorKind::Proxy));
            DesignSettings s = DesignSettings::defaultsFor(GeneratorKind::Latent);
            s.model.features = 6;
            s.model.latentDimension = 2;
            s.model.levers = 2;
            s.n = 777;
            s.fraction = 0.45;
            s.randomized = {0, 3, 5};
            s.variances = {1.5, 1.0, 1.0, 0.25, 1.0, 2.0};
            s.budget = 4.5;
            s.replications = 123;
            s.seed = 9007199254740993ULL; // beyond 2^53: written as a string
            s.model.loadingSeed = s.seed; // as the seed control sets them
            window.state().editDesign(s);
            saved = window.state().design();
            QString error;
            QVERIFY2(window.saveSession(path, &error), qPrintable(error));
        }
        MainWindow window(RecomputeSettings::defaultsFor(GeneratorKind::Proxy));
        QVERIFY(window.state().design() != saved);
        QString error;
        QVERIFY2(window.openSession(path, &error), qPrintable(error));
        QCOMPARE(window.state().design(), saved);

        // A session written before the designer existed opens and leaves the design as it is.
        const QString old = dir.filePath("old.leverscope");
        QVERIFY(lev::core::SessionFile::write(
            old, RecomputeSettings::defaultsFor(GeneratorKind::Chain), &error));
        QVERIFY(!lev::core::SessionFile::serialize(RecomputeSettings{}).contains("design"));
        QVERIFY2(window.openSession(old, &error), qPrintable(error));
        QCOMPARE(window.state().simulation().model.generator, GeneratorKind::Chain);
        QCOMPARE(window.state().design(), saved);
    }

    void aBadDesignInASessionIsOneLine_data()
    {
        QTest::addColumn<QByteArray>("design");
        QTest::addColumn<QString>("problem");
        QTest::newRow("fraction") << QByteArray(R"({"fraction": 1.5})") << "design.fraction";
        QTest::newRow("feature") << QByteArray(R"({"randomize": [3]})") << "design.randomize";
        QTest::newRow("variance") << QByteArray(R"({"randomize": [1], "variances": [-1, 1]})")
                                  << "variance";
        QTest::newRow("budget") << QByteArray(R"({"budget": -2})") << "budget";
        QTest::newRow("unknown") << QByteArray(R"({"pi": 0.3})") << "design.pi";
    }

    void aBadDesignInASessionIsOneLine()
    {
        QFETCH(QByteArray, design);
        QFETCH(QString, problem);
        const QByteArray text = R"({"format": "leverscope-session", "version": 1,
            "settings": {"generator": "proxy"}, "design": )" +
                                design + "}";
        RecomputeSettings settings;
        lev::core::SessionFile::ModeSettings read;
        QString error;
        QVERIFY(!lev::core::SessionFile::parse(text, "s.leverscope", &settings, &read, &error));
        QVERIFY2(error.contains(problem), qPrintable(error));
        QVERIFY(!error.contains('\n'));
    }

    void presetsApplyAsNamedSteps()
    {
        MainWindow window(RecomputeSettings::defaultsFor(GeneratorKind::Proxy));
        DesignPage& page = designPage(window);
        QStringList ids;
        for (const lev::core::Preset& preset : page.presets()) {
            ids << preset.id;
            QCOMPARE(preset.mode, QStringLiteral("design"));
            for (const QString& name : preset.presentation)
                QVERIFY2(page.designPlots().plot(name), qPrintable(preset.id + ": " + name));
        }
        QVERIFY(ids.contains("design-lever"));
        QVERIFY(ids.contains("design-proxy"));
        QVERIFY(ids.contains("design-latent"));
        // The simulation's presets are the simulation's only.
        std::vector<lev::core::Preset> simulation;
        QString error;
        QVERIFY(lev::core::Preset::loadAll(&simulation, &error));
        for (const lev::core::Preset& preset : simulation)
            QCOMPARE(preset.mode, QStringLiteral("simulation"));

        const DesignSettings before = window.state().design();
        for (int i = 0; i < int(page.presets().size()); ++i) {
            const lev::core::Preset& preset = page.presets()[std::size_t(i)];
            DesignSettings expected;
            QVERIFY2(DesignPage::presetSettings(preset, &expected, &error), qPrintable(error));
            const bool changes = !(window.state().design() == expected);
            page.applyPreset(i);
            QCOMPARE(&window.currentPage(), static_cast<lev::ui::ModePage*>(&page));
            QCOMPARE(window.state().design(), expected);
            QCOMPARE(window.state().design().model.generator, preset.settings.model.generator);
            if (changes) // a preset equal to the state is no step
                QVERIFY(window.state().undoStack().undoText().contains(preset.title));
            QVERIFY(page.narrativeText().contains(preset.title));
        }
        const DesignSettings latent = window.state().design();
        QCOMPARE(latent.model.generator, GeneratorKind::Latent);
        QCOMPARE(int(latent.randomized.size()), latent.model.features);
        while (window.state().undoStack().canUndo())
            window.state().undoStack().undo();
        QCOMPARE(window.state().design(), before);
    }

    void presentationShowsThePresetsPlots()
    {
        MainWindow window(RecomputeSettings::defaultsFor(GeneratorKind::Proxy));
        DesignPage& page = designPage(window);
        window.showPage(&page);
        page.applyPreset(0);
        window.setPresentationMode(true);
        QVERIFY(window.isPresentationMode());
        QCOMPARE(page.designPlots().presentedNames(), page.presets().front().presentation);
        window.setPresentationMode(false);
        QVERIFY(page.designPlots().presentedNames().isEmpty());
    }

    void exportWritesTheTables()
    {
        MainWindow window(RecomputeSettings::defaultsFor(GeneratorKind::Proxy));
        DesignPage& page = designPage(window);
        QTemporaryDir dir;
        QString error;
        QVERIFY(!page.exportCsv(dir.path(), &error)); // nothing computed yet
        QVERIFY(!error.isEmpty());
        showDesigner(window);
        QVERIFY2(page.exportCsv(dir.path(), &error), qPrintable(error));
        const QStringList files = QDir(dir.path()).entryList({"*.csv"}, QDir::Files, QDir::Name);
        QCOMPARE(files,
                 (QStringList{"design_allocation.csv", "design_fraction.csv", "design_power.csv",
                              "design_size.csv", "design_strategies.csv"}));
        QFile strategies(dir.filePath("design_strategies.csv"));
        QVERIFY(strategies.open(QIODevice::ReadOnly));
        const QByteArray text = strategies.readAll();
        const QList<QByteArray> lines = text.trimmed().split('\n');
        // A header and one row per strategy and feature.
        QCOMPARE(lines.size(), 1 + 4 * int(page.controller().latestResult()->features.size()));
        QVERIFY(!text.contains("nan") && !text.contains("inf"));
    }
};

QTEST_MAIN(TestDesignPage)
#include "tst_designpage.moc"
