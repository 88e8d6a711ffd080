// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
// Presentation mode tells the preset's story: the plots the preset names (the effect plot for the
// confounder presets) and its own text; type sized from the window; the text-size keys and the
// high-contrast theme in both window modes, persisted; key 0 for the tenth preset; the animation's
// time; and --screenshot at exactly the --size asked for.

#include "io/DataExample.h"
#include "io/Preset.h"
#include "modes/data/DataMode.h"
#include "modes/data/DataPage.h"
#include "modes/simulation/ControlPanel.h"
#include "modes/simulation/SimulationPage.h"
#include "modes/simulation/SimulationPlots.h"
#include "plots/PlotStyle.h"
#include "plots/ResultPlot.h"
#include "shell/AppSettings.h"
#include "shell/DisplayOptions.h"
#include "shell/MainWindow.h"
#include "shell/PresentationMode.h"
#include "shell/SessionState.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFontInfo>
#include <QImageReader>
#include <QLabel>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>
#include <cmath>

using lev::core::GeneratorKind;
using lev::core::Preset;
using lev::core::RecomputeSettings;
using lev::ui::MainWindow;
using lev::ui::PlotStyle;
using lev::ui::PresentationMode;
using lev::ui::SimulationPage;

namespace {

SimulationPage& sim(MainWindow& window)
{
    return window.page<SimulationPage>();
}

int presetIndex(MainWindow& window, const QString& id)
{
    const auto& presets = sim(window).presets();
    for (int i = 0; i < int(presets.size()); ++i)
        if (presets[std::size_t(i)].id == id)
            return i;
    return -1;
}

/// The presentation header as the audience reads it.
QString headline(MainWindow& window)
{
    QTextDocument document;
    document.setHtml(window.findChild<QLabel*>("headline")->text());
    return document.toPlainText().simplified();
}

/// A window at `size` in presentation mode, not full screen (as for --screenshot).
void present(MainWindow& window, const QSize& size = QSize(1280, 800))
{
    window.findChild<PresentationMode*>()->setFullScreen(false);
    window.resize(size);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.setPresentationMode(true);
    QVERIFY(window.isPresentationMode());
    window.resize(size); // as --screenshot does: the normal window may not have fitted
}

/// The names of the preset's plots that exist here ("graph" may not), in order.
QStringList existingPlots(MainWindow& window, const QStringList& names)
{
    QStringList existing;
    for (const QString& name : names)
        if (sim(window).simulationPlots().plot(name))
            existing << name;
    return existing;
}

} // namespace

class TestPresentation : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName("LeverscopeTests");
        QCoreApplication::setApplicationName("tst_presentation");
    }

    void init()
    {
        QFile::remove(lev::ui::AppSettings::path()); // default text size and theme
    }

    void confounderPresetsShowEffectAndStory_data()
    {
        QTest::addColumn<QString>("id");
        QTest::newRow("confounder") << "confounder";
        QTest::newRow("homocysteine") << "homocysteine";
        QTest::newRow("beta-carotene") << "beta-carotene";
    }

    void confounderPresetsShowEffectAndStory()
    {
        QFETCH(QString, id);
        MainWindow window(RecomputeSettings::defaultsFor(GeneratorKind::Proxy));
        present(window);
        const int index = presetIndex(window, id);
        QVERIFY2(index >= 0 && index < 9, qPrintable(id));
        QTest::keyClick(&window, Qt::Key(Qt::Key_1 + index));
        QVERIFY(window.state().simulation() == sim(window).presets()[std::size_t(index)].settings);

        lev::ui::SimulationPlots& plots = sim(window).simulationPlots();
        QVERIFY(plots.presentedNames().contains("effect"));
        QVERIFY(plots.plot("effect")->isVisible());
        QVERIFY(!plots.plot("heatmap")->isVisible());
        const Preset& preset = sim(window).presets()[std::size_t(index)];
        const QString text = headline(window);
        QVERIFY2(text.contains(preset.title), qPrintable(text));
        for (const QString& sentence : preset.story)
            QVERIFY2(text.contains(sentence.simplified()), qPrintable(sentence));
        // The generic line of the side pane is not what the room reads.
        QVERIFY(!text.contains("stayed about the same"));
    }

    void shownPlotsFollowThePresetsList_data()
    {
        QTest::addColumn<int>("index");
        std::vector<Preset> presets;
        QString error;
        QVERIFY2(Preset::loadAll(&presets, &error), qPrintable(error));
        QCOMPARE(presets.size(), std::size_t(10));
        for (int i = 0; i < int(presets.size()); ++i)
            QTest::newRow(qPrintable(presets[std::size_t(i)].id)) << i;
    }

    void shownPlotsFollowThePresetsList()
    {
        QFETCH(int, index);
        MainWindow window(RecomputeSettings::defaultsFor(GeneratorKind::Proxy));
        present(window, QSize(1600, 1000));
        sim(window).applyPreset(index);
        const Preset& preset = sim(window).presets()[std::size_t(index)];
        const QStringList expected = existingPlots(window, preset.presentation);
        QVERIFY(!expected.isEmpty());
        lev::ui::SimulationPlots& plots = sim(window).simulationPlots();
        QCOMPARE(plots.presentedNames(), expected);
        for (const QString& name : plots.names())
            QCOMPARE(plots.plot(name)->isVisible(), expected.contains(name));

        // One row for up to three, two rows of two for four, in the preset's order.
        QCoreApplication::processEvents();
        QList<QPoint> corners;
        for (const QString& name : expected)
            corners << plots.plot(name)->geometry().topLeft();
        if (expected.size() == 4) {
            QCOMPARE(corners[0].y(), corners[1].y());
            QCOMPARE(corners[2].y(), corners[3].y());
            QVERIFY(corners[2].y() > corners[0].y());
            QCOMPARE(corners[0].x(), corners[2].x());
            QVERIFY(corners[1].x() > corners[0].x());
        } else {
            for (int i = 1; i < corners.size(); ++i) {
                QCOMPARE(corners[i].y(), corners[0].y());
                QVERIFY(corners[i].x() > corners[i - 1].x());
            }
        }
        // Leaving brings every plot back.
        window.setPresentationMode(false);
        for (lev::ui::ResultPlot* plot : plots.plots())
            QVERIFY(plot->isVisible());
    }

    void withoutAPresetTheTeachingPresetsPlotsAndAnHonestHeader()
    {
        MainWindow window(RecomputeSettings::defaultsFor(GeneratorKind::Proxy));
        present(window);
        const int beta = presetIndex(window, "beta-carotene");
        QVERIFY(beta >= 0);
        sim(window).applyPreset(beta);
        // Moving c keeps the story: it is what the lecturer animates.
        RecomputeSettings moved = window.state().simulation();
        moved.model.collinearity = 0.999;
        window.state().editSimulation(moved);
        QVERIFY(sim(window).activePreset());
        QString text = headline(window);
        QVERIFY2(text.contains(sim(window).presets()[std::size_t(beta)].title), qPrintable(text));
        QVERIFY2(text.contains("c = 0.999"), qPrintable(text));
        QVERIFY2(!text.contains("c = 1.00"), qPrintable(text));

        // Another generator, in a state no preset has (the teaching preset's settings would make
        // that preset active): the latent teaching preset's plots are shown.
        RecomputeSettings latentState = RecomputeSettings::defaultsFor(GeneratorKind::Latent);
        latentState.model.features = 30;
        window.state().editSimulation(latentState);
        QVERIFY(!sim(window).activePreset());
        int latent = -1;
        for (int i = 0; i < int(sim(window).presets().size()) && latent < 0; ++i)
            if (sim(window).presets()[std::size_t(i)].settings.model.generator ==
                GeneratorKind::Latent)
                latent = i;
        QVERIFY(latent >= 0 && latent < 5);
        QCOMPARE(sim(window).simulationPlots().presentedNames(),
                 existingPlots(window, sim(window).presets()[std::size_t(latent)].presentation));
        text = headline(window);
        QVERIFY2(!text.contains(sim(window).presets()[std::size_t(beta)].title), qPrintable(text));
    }

    void keyZeroAppliesTheTenthPreset()
    {
        MainWindow window(RecomputeSettings::defaultsFor(GeneratorKind::Proxy));
        present(window);
        QCOMPARE(sim(window).presets().size(), std::size_t(10));
        QTest::keyClick(&window, Qt::Key_0);
        QVERIFY(window.state().simulation() == sim(window).presets()[9].settings);
        QVERIFY(headline(window).contains(sim(window).presets()[9].title));
        QTest::keyClick(&window, Qt::Key_1);
        QVERIFY(window.state().simulation() == sim(window).presets()[0].settings);
        QVERIFY(window.findChild<QAction*>("presentationAction")->toolTip().contains("0"));
    }

    void tickLabelsAreReadableFromTheBack_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::newRow("1024x768") << QSize(1024, 768);
        QTest::newRow("1280x800") << QSize(1280, 800);
        QTest::newRow("1920x1080") << QSize(1920, 1080);
    }

    void tickLabelsAreReadableFromTheBack()
    {
        QFETCH(QSize, size);
        MainWindow window(RecomputeSettings::defaultsFor(GeneratorKind::Proxy));
        present(window, size);
        QCOMPARE(window.size(), size);
        // What the room sees: the pixel size of a tick label, against 2.5 % of the height
        // (and not more than 3.5 %, or the plots lose their room).
        const QFont tick = sim(window).simulationPlots().plot("weights")->xAxis->tickLabelFont();
        const int pixels = QFontInfo(tick).pixelSize();
        QVERIFY2(pixels >= std::floor(0.025 * size.height()),
                 qPrintable(QString("%1 px at height %2").arg(pixels).arg(size.height())));
        QVERIFY2(pixels <= std::ceil(0.035 * size.height()), qPrintable(QString::number(pixels)));
        window.setPresentationMode(false);
        QCOMPARE(PlotStyle::scale(), 1.0);
    }

    void everyPresetFitsTheScreen_data()
    {
        QTest::addColumn<int>("index");
        QTest::addColumn<QSize>("size");
        std::vector<Preset> presets;
        QString error;
        QVERIFY2(Preset::loadAll(&presets, &error), qPrintable(error));
        for (const QSize& size : {QSize(1024, 768), QSize(1280, 800), QSize(1920, 1080)})
            for (int i = 0; i < int(presets.size()); ++i)
                QTest::addRow("%s %dx%d", qPrintable(presets[std::size_t(i)].id), size.width(),
                              size.height())
                    << i << size;
    }

    void everyPresetFitsTheScreen()
    {
        // The story's text leaves the plots most of the screen, and the window keeps its size.
        // With LEVERSCOPE_PRESENTATION_SHOTS=FOLDER each state is also saved there as a PNG.
        QFETCH(int, index);
        QFETCH(QSize, size);
        MainWindow window(RecomputeSettings::defaultsFor(GeneratorKind::Proxy));
        present(window, size);
        sim(window).applyPreset(index);
        QTRY_VERIFY_WITH_TIMEOUT(sim(window).controller().latestResult() &&
                                     sim(window).controller().latestResult()->settings.model ==
                                         window.state().simulation().model,
                                 60000);
        QCoreApplication::processEvents();
        QCOMPARE(window.size(), size);
        const int header = window.findChild<QLabel*>("headline")->height();
        QVERIFY2(header <= 0.35 * size.height(), qPrintable(QString::number(header)));
        const QStringList shown = sim(window).simulationPlots().presentedNames();
        // Four, or three on a window narrower than 3:2, take two rows.
        const bool narrow = size.width() < 1.5 * size.height();
        const int rows = shown.size() == 4 || (shown.size() == 3 && narrow) ? 2 : 1;
        for (const QString& name : shown) {
            const QSize plot = sim(window).simulationPlots().plot(name)->size();
            QVERIFY2(plot.height() >= 0.55 * size.height() / rows,
                     qPrintable(QString("%1: %2 px high").arg(name).arg(plot.height())));
        }
        const QString folder = qEnvironmentVariable("LEVERSCOPE_PRESENTATION_SHOTS");
        if (!folder.isEmpty())
            QVERIFY(
                window.grab().save(QString("%1/%2-%3x%4.png")
                                       .arg(folder, sim(window).presets()[std::size_t(index)].id)
                                       .arg(size.width())
                                       .arg(size.height())));
    }

    void textSizeKeysScaleAndPersist()
    {
        {
            MainWindow window(RecomputeSettings::defaultsFor(GeneratorKind::Proxy));
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            QCOMPARE(PlotStyle::scale(), 1.0);
            QCPAxis* axis = sim(window).simulationPlots().plot("weights")->xAxis;
            QCOMPARE(axis->tickLabelFont().pointSizeF(), 8.0);

            QTest::keyClick(&window, Qt::Key_Plus, Qt::ControlModifier);
            QVERIFY(std::abs(PlotStyle::scale() - 1.15) < 1e-12);
            QVERIFY(std::abs(axis->tickLabelFont().pointSizeF() - 8.0 * 1.15) < 1e-9);
            QTest::keyClick(&window, Qt::Key_Equal, Qt::ControlModifier);
            QVERIFY(std::abs(PlotStyle::scale() - 1.15 * 1.15) < 1e-12);
            QCOMPARE(lev::ui::AppSettings::textSizeStep(), 2);

            // In presentation mode, with the menus hidden, the keys still work.
            window.findChild<PresentationMode*>()->setFullScreen(false);
            window.resize(1280, 800);
            window.setPresentationMode(true);
            const double screen =
                PresentationMode::screenScale(window.size(), window.logicalDpiY());
            QVERIFY(std::abs(PlotStyle::scale() - screen * 1.15 * 1.15) < 1e-9);
            QTest::keyClick(&window, Qt::Key_Minus, Qt::ControlModifier);
            QVERIFY(std::abs(PlotStyle::scale() - screen * 1.15) < 1e-9);
            window.setPresentationMode(false);
            QVERIFY(std::abs(PlotStyle::scale() - 1.15) < 1e-12);
            QVERIFY(std::abs(axis->tickLabelFont().pointSizeF() - 8.0 * 1.15) < 1e-9);
        }
        {
            // The next start comes back at the saved size; Ctrl+0 resets it.
            MainWindow window(RecomputeSettings::defaultsFor(GeneratorKind::Proxy));
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            QCOMPARE(lev::ui::AppSettings::textSizeStep(), 1);
            QVERIFY(std::abs(PlotStyle::scale() - 1.15) < 1e-12);
            QTest::keyClick(&window, Qt::Key_0, Qt::ControlModifier);
            QCOMPARE(PlotStyle::scale(), 1.0);
            QCOMPARE(lev::ui::AppSettings::textSizeStep(), 0);
        }
    }

    void dataModePlotsFollowTheTextSize()
    {
        MainWindow window(RecomputeSettings::defaultsFor(GeneratorKind::Proxy));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        lev::ui::DataMode& data = window.page<lev::ui::DataPage>().dataMode();
        QSignalSpy shown(&data, &lev::ui::DataMode::explorationShown);
        const auto longley = lev::core::DataExample::byId("longley");
        QVERIFY(longley);
        data.openExample(*longley);
        QVERIFY(shown.wait(60000));
        const QList<QCustomPlot*> plots = window.plots();
        QVERIFY(!plots.isEmpty());
        QList<double> before;
        for (QCustomPlot* plot : plots)
            for (QCPAxisRect* rect : plot->axisRects())
                for (QCPAxis* axis : rect->axes())
                    before << axis->tickLabelFont().pointSizeF();
        QTest::keyClick(&window, Qt::Key_Plus, Qt::ControlModifier);
        int i = 0;
        for (QCustomPlot* plot : plots)
            for (QCPAxisRect* rect : plot->axisRects())
                for (QCPAxis* axis : rect->axes()) {
                    const double ratio = axis->tickLabelFont().pointSizeF() / before.at(i++);
                    QVERIFY2(std::abs(ratio - 1.15) < 1e-6,
                             qPrintable(QString("%1: %2").arg(plot->objectName()).arg(ratio)));
                }
        QCOMPARE(i, int(before.size()));
    }

    void highContrastThemeRestylesAndPersists()
    {
        {
            MainWindow window(RecomputeSettings::defaultsFor(GeneratorKind::Proxy));
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            QVERIFY(!PlotStyle::highContrast());
            QCPAxis* axis = sim(window).simulationPlots().plot("weights")->yAxis;
            const double normalWidth = axis->basePen().widthF();
            QVERIFY(axis->basePen().color() != QColor(Qt::black));
            window.findChild<lev::ui::DisplayOptions*>()->actions().last()->trigger();
            QVERIFY(PlotStyle::highContrast());
            QCOMPARE(axis->basePen().color(), QColor(Qt::black));
            QVERIFY(axis->basePen().widthF() > 1.5 * normalWidth);
            QVERIFY(lev::ui::AppSettings::highContrast());
        }
        {
            MainWindow window(RecomputeSettings::defaultsFor(GeneratorKind::Proxy));
            QVERIFY(PlotStyle::highContrast());
            window.findChild<lev::ui::DisplayOptions*>()->setHighContrast(false);
            QVERIFY(!PlotStyle::highContrast());
        }
        QVERIFY(!lev::ui::AppSettings::highContrast());
    }

    void themedColoursStandOutOnWhite_data()
    {
        QTest::addColumn<QColor>("colour");
        QTest::newRow("causal") << PlotStyle::causal();
        QTest::newRow("population") << PlotStyle::population();
        QTest::newRow("estimate") << PlotStyle::estimate();
        QTest::newRow("interventional") << PlotStyle::interventional();
        QTest::newRow("sample") << PlotStyle::sample();
        QTest::newRow("resampled") << PlotStyle::resampled();
    }

    void themedColoursStandOutOnWhite()
    {
        // WCAG 2: contrast = 1.05 / (L + 0.05) against white; 3:1 for graphics.
        QFETCH(QColor, colour);
        const auto luminance = [](const QColor& c) {
            const auto linear = [](double v) {
                return v <= 0.04045 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
            };
            return 0.2126 * linear(c.redF()) + 0.7152 * linear(c.greenF()) +
                   0.0722 * linear(c.blueF());
        };
        PlotStyle::setHighContrast(true);
        const QColor themed = PlotStyle::themed(colour);
        PlotStyle::setHighContrast(false);
        QVERIFY2(1.05 / (luminance(themed) + 0.05) >= 3.0, qPrintable(themed.name()));
        QVERIFY2(std::abs(themed.hue() - colour.hue()) <= 3, qPrintable(themed.name())); // 8-bit
        QCOMPARE(PlotStyle::themed(colour), colour);
    }

    void animationTakesItsTimeAndEndsAtTheTop()
    {
        MainWindow window(RecomputeSettings::defaultsFor(GeneratorKind::Proxy));
        present(window);
        SimulationPage& page = sim(window);
        QCOMPARE(page.animationSeconds(), SimulationPage::kDefaultAnimationSeconds);
        // ] is faster, [ slower; each is one of the listed speeds.
        QTest::keyClick(&window, Qt::Key_BracketRight);
        QVERIFY(page.animationSeconds() < SimulationPage::kDefaultAnimationSeconds);
        QTest::keyClick(&window, Qt::Key_BracketLeft);
        QTest::keyClick(&window, Qt::Key_BracketLeft);
        QVERIFY(page.animationSeconds() > SimulationPage::kDefaultAnimationSeconds);

        constexpr double kSeconds = 3.0;
        page.setAnimationSeconds(kSeconds);
        RecomputeSettings start = window.state().simulation();
        start.model.collinearity = 0.0;
        window.state().editSimulation(start);
        QElapsedTimer clock;
        clock.start();
        QTest::keyClick(&window, Qt::Key_Space);
        QVERIFY(page.isAnimating());
        // Evenly in −log10(1 − c), which runs from 0 to 3: halfway in time is c = 1 − 10^−1.5
        // ≈ 0.968, not 0.5. The wait may end late on a loaded machine, so the bound above
        // follows the time that really passed.
        QTest::qWait(int(kSeconds * 500));
        const double waited = clock.elapsed() / 1000.0;
        const double halfway = window.state().simulation().model.collinearity;
        QVERIFY2(halfway > 0.9 && -std::log10(1.0 - halfway) <= 3.0 * waited / kSeconds + 0.3,
                 qPrintable(QStringLiteral("c = %1 after %2 s").arg(halfway).arg(waited)));
        QTRY_VERIFY_WITH_TIMEOUT(!page.isAnimating(), 10000);
        // It takes its time (not a jump to the end) and ends; the bounds are loose because a
        // loaded machine (or a sanitizer build) delays the first and last frames.
        const double elapsed = clock.elapsed() / 1000.0;
        QVERIFY2(elapsed >= 0.8 * kSeconds && elapsed <= kSeconds + 4.0,
                 qPrintable(QString::number(elapsed)));
        QCOMPARE(window.state().simulation().model.collinearity,
                 RecomputeSettings::defaultSweepGrid().back());
        QCOMPARE(RecomputeSettings::defaultSweepGrid().back(), 0.999);

        // Space pauses and resumes; from the top it starts again at 0.
        QTest::keyClick(&window, Qt::Key_Space);
        QVERIFY(page.isAnimating());
        QTRY_VERIFY_WITH_TIMEOUT(window.state().simulation().model.collinearity > 0.0, 2000);
        QTest::keyClick(&window, Qt::Key_Space);
        QVERIFY(!page.isAnimating());
        const double paused = window.state().simulation().model.collinearity;
        QVERIFY(paused < 0.999);
        QTest::qWait(200);
        QCOMPARE(window.state().simulation().model.collinearity, paused);
    }

    void screenshotHasTheSizeAskedFor_data()
    {
        QTest::addColumn<QString>("size");
        QTest::addColumn<QSize>("expected");
        QTest::newRow("1920x1080") << "1920x1080" << QSize(1920, 1080);
        QTest::newRow("1024x768") << "1024x768" << QSize(1024, 768);
        QTest::newRow("800x600, the smallest") << "800x600" << QSize(800, 600);
        QTest::newRow("799x600 is refused") << "799x600" << QSize();
    }

    void screenshotHasTheSizeAskedFor()
    {
        QFETCH(QString, size);
        QFETCH(QSize, expected);
        QTemporaryDir folder;
        QVERIFY(folder.isValid());
        const QString path = folder.filePath("p.png");
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert("QT_QPA_PLATFORM", "offscreen");
        environment.insert("XDG_CONFIG_HOME", folder.filePath("config"));
        environment.insert("XDG_RUNTIME_DIR", folder.path());
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral(LEVERSCOPE_BINARY),
                      {"--generator", "confounder", "--reps", "20", "--presentation",
                       "--screenshot", path, "--size", size});
        QVERIFY(process.waitForFinished(120000));
        const QString errors = QString::fromLocal8Bit(process.readAllStandardError());
        if (!expected.isValid()) {
            QCOMPARE(process.exitCode(), 2);
            QCOMPARE(errors.trimmed().count('\n'), 0);
            QVERIFY2(errors.contains("800x600"), qPrintable(errors));
            QVERIFY(!QFile::exists(path));
            return;
        }
        QVERIFY2(process.exitCode() == 0, qPrintable(errors));
        QImageReader reader(path);
        QCOMPARE(reader.format(), QByteArray("png"));
        QCOMPARE(reader.size(), expected);
    }
};

QTEST_MAIN(TestPresentation)
#include "tst_presentation.moc"
