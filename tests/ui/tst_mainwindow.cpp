// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
// The main window driven as a user would, offscreen: sliders update the plots, a burst of
// slider moves ends showing the last value, generators change the feature set, closing during a
// recompute shuts down cleanly, undo and redo work from the keyboard (each key bound once), and
// a session saved from a parable tells its story when opened.

#include "jobs/LatestJobRunner.h"
#include "modes/simulation/ControlPanel.h"
#include "modes/simulation/SimulationPage.h"
#include "modes/simulation/SpectrumPlot.h"
#include "modes/simulation/WeightsPlot.h"
#include "plots/ResultPlot.h"
#include "shell/MainWindow.h"
#include "shell/SessionState.h"

#include <QComboBox>
#include <QLabel>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QSlider>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>
#include <QToolButton>
#include <qcustomplot.h>

using lev::core::GeneratorKind;
using lev::core::RecomputeSettings;
using lev::ui::MainWindow;
using lev::ui::RecomputeController;
using lev::ui::SimulationPage;

namespace {

RecomputeController& controllerOf(MainWindow& window)
{
    return window.page<SimulationPage>().controller();
}

/// Data points a plottable holds: a colour map's finite cells, a graph's or bars' points.
int pointsOf(QCPAbstractPlottable* plottable)
{
    if (auto* map = qobject_cast<QCPColorMap*>(plottable)) {
        int finite = 0;
        QCPColorMapData* data = map->data(); // cell() is not const
        for (int x = 0; x < data->keySize(); ++x)
            for (int y = 0; y < data->valueSize(); ++y)
                finite += std::isfinite(data->cell(x, y)) ? 1 : 0;
        return finite;
    }
    return plottable->interface1D() ? plottable->interface1D()->dataCount() : 0;
}

/// Whether any graph of the plot holds a point with value `y` (to 1e-9).
bool plotHoldsValue(QCustomPlot* plot, double y)
{
    for (int g = 0; g < plot->graphCount(); ++g)
        for (auto it = plot->graph(g)->data()->constBegin();
             it != plot->graph(g)->data()->constEnd(); ++it)
            if (std::abs(it->value - y) < 1e-9)
                return true;
    return false;
}

/// Collects the warnings Qt prints while it is installed (e.g. "Ambiguous shortcut overload").
class WarningCatcher
{
public:
    WarningCatcher() { s_previous = qInstallMessageHandler(&WarningCatcher::handle); }
    ~WarningCatcher()
    {
        qInstallMessageHandler(s_previous);
        s_warnings.clear();
    }
    const QStringList& warnings() const { return s_warnings; }

private:
    static void handle(QtMsgType type, const QMessageLogContext& context, const QString& message)
    {
        if (type == QtWarningMsg)
            s_warnings << message;
        if (s_previous)
            s_previous(type, context, message);
    }
    static inline QtMessageHandler s_previous = nullptr;
    static inline QStringList s_warnings;
};

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName("LeverscopeTests");
        QCoreApplication::setApplicationName("tst_mainwindow");
    }

    void aColourMapOfNonFiniteCellsHoldsNoData()
    {
        // The count above must be able to fail: a map of NaN cells holds nothing.
        QCustomPlot plot;
        auto* map = new QCPColorMap(plot.xAxis, plot.yAxis);
        map->data()->setSize(3, 2);
        map->data()->fill(std::nan(""));
        QCOMPARE(pointsOf(map), 0);
        map->data()->setCell(1, 1, 0.5);
        map->data()->setCell(2, 0, std::numeric_limits<double>::infinity());
        QCOMPARE(pointsOf(map), 1);
    }

    void everyPlotHoldsDataAfterTheFirstRecompute()
    {
        MainWindow window(RecomputeSettings::defaultsFor(GeneratorKind::Proxy));
        window.show();
        QSignalSpy settled(&controllerOf(window), &RecomputeController::settled);
        QTRY_VERIFY_WITH_TIMEOUT(settled.count() >= 1, 30000);
        for (QCustomPlot* plot : window.plots()) {
            int points = 0;
            for (int i = 0; i < plot->plottableCount(); ++i)
                points += pointsOf(plot->plottable(i));
            if (plot->plottableCount() == 0) // drawn with items (the causal graph): its nodes
                points = qobject_cast<lev::ui::ResultPlot*>(plot)->pointCount();
            QVERIFY2(points > 0, qPrintable(plot->objectName() + " is empty"));
        }
        QVERIFY(!window.narrativeText().isEmpty());
        QVERIFY(!window.narrativeText().contains("nan", Qt::CaseInsensitive));
    }

    void movingTheSliderUpdatesThePlots()
    {
        MainWindow window(RecomputeSettings::defaultsFor(GeneratorKind::Proxy));
        window.show();
        auto* slider = window.findChild<QSlider*>("collinearitySlider");
        QVERIFY(slider);
        auto* spectrum = window.findChild<lev::ui::SpectrumPlot*>("spectrumPlot");
        QVERIFY(spectrum);
        // The proxy's population eigenvalues are 1 ± c.
        QTRY_VERIFY_WITH_TIMEOUT(plotHoldsValue(spectrum, 1.9), 30000);
        slider->setFocus();
        QTest::keyClick(slider, Qt::Key_PageDown); // 0.900 -> 0.850
        QCOMPARE(slider->value(), 850);
        QTRY_VERIFY_WITH_TIMEOUT(plotHoldsValue(spectrum, 1.85), 30000);
        QVERIFY(!plotHoldsValue(spectrum, 1.9));
    }

    void aBurstOfSliderMovesEndsOnTheLastValue()
    {
        MainWindow window(RecomputeSettings::defaultsFor(GeneratorKind::Proxy));
        window.show();
        auto* slider = window.findChild<QSlider*>("collinearitySlider");
        auto* spectrum = window.findChild<lev::ui::SpectrumPlot*>("spectrumPlot");
        QRandomGenerator random(12345);
        int value = 0;
        for (int i = 0; i < 200; ++i) {
            value = int(random.bounded(999));
            slider->setValue(value);
            if (i % 20 == 0)
                QCoreApplication::processEvents(); // let some results through mid-storm
        }
        const double c = value / 1000.0;
        QTRY_VERIFY_WITH_TIMEOUT(
            controllerOf(window).latestResult() &&
                controllerOf(window).latestResult()->settings.model.collinearity == c,
            30000);
        QTRY_VERIFY_WITH_TIMEOUT(plotHoldsValue(spectrum, 1.0 + c), 30000);
        QTRY_VERIFY_WITH_TIMEOUT(!controllerOf(window).isBusy(), 60000);
        QVERIFY(plotHoldsValue(spectrum, 1.0 + c)); // and nothing older replaced it
    }

    void switchingGeneratorsChangesTheFeatures()
    {
        MainWindow window(RecomputeSettings::defaultsFor(GeneratorKind::Proxy));
        window.show();
        auto* weights = window.findChild<lev::ui::WeightsPlot*>("weightsPlot");
        QTRY_VERIFY_WITH_TIMEOUT(controllerOf(window).latestResult() != nullptr, 30000);
        QCOMPARE(controllerOf(window).latestResult()->truth.features.size(), std::size_t(2));
        const int proxyPoints = weights->pointCount();
        auto* combo = window.findChild<QComboBox*>("generatorCombo");
        combo->setCurrentIndex(combo->findData(int(GeneratorKind::Latent)));
        QTRY_VERIFY_WITH_TIMEOUT(controllerOf(window).latestResult()->settings.model.generator ==
                                     GeneratorKind::Latent,
                                 30000);
        QCOMPARE(controllerOf(window).latestResult()->truth.features.size(), std::size_t(20));
        QCOMPARE(controllerOf(window).latestResult()->settings.model.latentDimension, 3);
        QTRY_VERIFY(weights->pointCount() > proxyPoints);
        combo->setCurrentIndex(combo->findData(int(GeneratorKind::Collider)));
        QTRY_VERIFY_WITH_TIMEOUT(controllerOf(window).latestResult()->settings.model.generator ==
                                     GeneratorKind::Collider,
                                 30000);
        QCOMPARE(controllerOf(window).latestResult()->truth.features.back(), std::string("C"));
    }

    void initialSettingsAreShownAsGiven()
    {
        RecomputeSettings settings = RecomputeSettings::defaultsFor(GeneratorKind::Latent);
        settings.model.features = 40;
        settings.model.latentDimension = 5;
        settings.n = 10;
        MainWindow window(settings);
        const RecomputeSettings shown = window.page<SimulationPage>().controls().settings();
        QCOMPARE(shown.model.features, 40);
        QCOMPARE(shown.model.latentDimension, 5);
        QCOMPARE(shown.n, 10);
        QTRY_VERIFY_WITH_TIMEOUT(controllerOf(window).latestResult() != nullptr, 30000);
        QCOMPARE(controllerOf(window).latestResult()->status,
                 lev::core::RecomputeStatus::NotIdentifiable);
        QVERIFY(window.narrativeText().contains("not identifiable"));
    }

    void theStatusBarSaysWhatRunsAndCancelsIt()
    {
        RecomputeSettings heavy = RecomputeSettings::defaultsFor(GeneratorKind::Latent);
        heavy.model.features = 200;
        heavy.n = 2000;
        heavy.replications = 5000;
        MainWindow window(heavy);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto* indicator = window.findChild<QWidget*>("jobIndicator");
        auto* description = window.findChild<QLabel*>("jobDescription");
        auto* cancel = window.findChild<QToolButton*>("cancelJobButton");
        QVERIFY(indicator && description && cancel);
        QVERIFY(controllerOf(window).isBusy());
        QTRY_VERIFY_WITH_TIMEOUT(indicator->isVisible(), 10000); // after a moment, not at once
        QCOMPARE(description->text(), QString("Computing 5000 replications"));
        QSignalSpy cancelled(&controllerOf(window).runner(), &lev::ui::LatestJobRunner::cancelled);
        QTest::mouseClick(cancel, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(cancelled.count(), 1, 30000);
        QVERIFY(!controllerOf(window).isBusy());
        QVERIFY(!indicator->isVisible());
        QVERIFY(controllerOf(window).latestResult() == nullptr); // nothing cancelled arrives
    }

    void redoFromTheKeyboardRestoresTheValue_data()
    {
        QTest::addColumn<QKeyCombination>("redo");
        QTest::newRow("Ctrl+Y") << QKeyCombination(Qt::ControlModifier, Qt::Key_Y);
        QTest::newRow("Ctrl+Shift+Z")
            << QKeyCombination(Qt::ControlModifier | Qt::ShiftModifier, Qt::Key_Z);
    }

    void redoFromTheKeyboardRestoresTheValue()
    {
        QFETCH(QKeyCombination, redo);
        WarningCatcher catcher;
        MainWindow window(RecomputeSettings::defaultsFor(GeneratorKind::Proxy));
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        auto* slider = window.findChild<QSlider*>("collinearitySlider");
        slider->setFocus();
        slider->setValue(500);
        QCOMPARE(window.state().simulation().model.collinearity, 0.5);
        QTest::keyClick(&window, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(window.state().simulation().model.collinearity, 0.9);
        QCOMPARE(slider->value(), 900);
        QTest::keyClick(&window, redo.key(), redo.keyboardModifiers());
        QCOMPARE(window.state().simulation().model.collinearity, 0.5);
        QCOMPARE(slider->value(), 500);
        for (const QString& warning : catcher.warnings())
            QVERIFY2(!warning.contains("Ambiguous shortcut"), qPrintable(warning));
    }

    void aSessionSavedFromAParableTellsItsStory_data()
    {
        QTest::addColumn<QString>("id");
        QTest::newRow("beta-carotene") << "beta-carotene";
        QTest::newRow("hdl-torcetrapib") << "hdl-torcetrapib";
        QTest::newRow("ldopa") << "ldopa-side-effects";
    }

    void aSessionSavedFromAParableTellsItsStory()
    {
        // The path --session takes (MainWindow::openSession, as File > Open does) in a window that
        // never applied the preset: the story comes from the file, not from what was on screen.
        QFETCH(QString, id);
        QTemporaryDir folder;
        QVERIFY(folder.isValid());
        const QString path = folder.filePath("parable.leverscope");
        QString title;
        QString firstSentence;
        {
            MainWindow author(RecomputeSettings::defaultsFor(GeneratorKind::Proxy));
            author.setAskBeforeClosing(false);
            SimulationPage& page = author.page<SimulationPage>();
            int index = -1;
            for (int i = 0; i < int(page.presets().size()); ++i)
                if (page.presets()[std::size_t(i)].id == id)
                    index = i;
            QVERIFY(index >= 0);
            page.applyPreset(index);
            title = page.presets()[std::size_t(index)].title;
            firstSentence = page.presets()[std::size_t(index)].story.front();
            QString error;
            QVERIFY2(author.saveSession(path, &error), qPrintable(error));
        }
        MainWindow reader(RecomputeSettings::defaultsFor(GeneratorKind::Latent));
        reader.setAskBeforeClosing(false);
        reader.show();
        QVERIFY(!reader.narrativeText().contains(title));
        QString error;
        QVERIFY2(reader.openSession(path, &error), qPrintable(error));
        QTRY_VERIFY_WITH_TIMEOUT(reader.narrativeText().contains(title), 30000);
        QVERIFY2(reader.narrativeText().contains(firstSentence),
                 qPrintable(reader.narrativeText()));
    }

    void closingDuringARecomputeShutsDownCleanly()
    {
        RecomputeSettings heavy = RecomputeSettings::defaultsFor(GeneratorKind::Latent);
        heavy.model.features = 200;
        heavy.n = 2000;
        heavy.replications = 5000;
        auto* window = new MainWindow(heavy);
        window->show();
        QVERIFY(controllerOf(*window).isBusy());
        window->close();
        delete window; // must cancel and wait, not hang or crash
        QCOMPARE(lev::ui::LatestJobRunner::runningJobs(), 0);
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
