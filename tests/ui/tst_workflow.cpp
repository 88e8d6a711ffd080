// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
// The what-if workflow in the real window, offscreen: undo/redo of parameter changes (a drag is
// one step), presets, sessions (and a malformed one reported without blocking), and the
// presentation mode's keys.

#include "io/SessionFile.h"
#include "modes/data/DataMode.h"
#include "modes/data/DataPage.h"
#include "modes/simulation/ControlPanel.h"
#include "modes/simulation/SimulationPage.h"
#include "modes/simulation/SpectrumPlot.h"
#include "modes/simulation/SweepPlot.h"
#include "modes/simulation/WeightsPlot.h"
#include "plots/PlotStyle.h"
#include "shell/MainWindow.h"
#include "shell/SessionAutosave.h"
#include "shell/SessionState.h"

#include <QDockWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QSlider>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using lev::core::GeneratorKind;
using lev::core::RecomputeSettings;
using lev::ui::MainWindow;
using lev::ui::SimulationPage;

namespace {

SimulationPage& sim(MainWindow& window)
{
    return window.page<SimulationPage>();
}

/// Visible items on a plot's pinned layer, and visible "pinned" labels.
int visiblePinItems(QCustomPlot* plot)
{
    int visible = 0;
    for (int i = 0; i < plot->itemCount(); ++i) {
        QCPAbstractItem* item = plot->item(i);
        if (!item->visible())
            continue;
        auto* text = qobject_cast<QCPItemText*>(item);
        if (item->layer() == lev::ui::PlotStyle::pinnedLayer(plot) ||
            (text && text->text() == QLatin1String("pinned")))
            ++visible;
    }
    return visible;
}

} // namespace

class TestWorkflow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        // Keep the tests' QSettings away from the user's.
        QCoreApplication::setOrganizationName("LeverscopeTests");
        QCoreApplication::setApplicationName("tst_workflow");
    }

    void aSliderDragIsOneUndoStep()
    {
        MainWindow window(RecomputeSettings::defaultsFor(GeneratorKind::Proxy));
        auto* slider = window.findChild<QSlider*>("collinearitySlider");
        QCOMPARE(slider->value(), 900);
        for (int v = 880; v >= 500; v -= 20)
            slider->setValue(v);
        QCOMPARE(window.state().undoStack().count(), 1);
        QCOMPARE(window.state().simulation().model.collinearity, 0.5);
        window.state().undoStack().undo(); // Ctrl+Z
        QCOMPARE(slider->value(), 900);
        QCOMPARE(window.state().simulation().model.collinearity, 0.9);
        window.state().undoStack().redo();
        QCOMPARE(slider->value(), 500);
        // The newest state is what gets computed.
        QTRY_VERIFY_WITH_TIMEOUT(
            sim(window).controller().latestResult() &&
                sim(window).controller().latestResult()->settings.model.collinearity == 0.5,
            30000);
    }

    void differentControlsAreSeparateSteps()
    {
        MainWindow window(RecomputeSettings::defaultsFor(GeneratorKind::Proxy));
        window.findChild<QSlider*>("collinearitySlider")->setValue(300);
        window.findChild<QSlider*>("noiseSlider")->setValue(50);
        QCOMPARE(window.state().undoStack().count(), 2);
        window.state().undoStack().undo();
        QCOMPARE(window.state().simulation().model.noise, 1.0);
        QCOMPARE(window.state().simulation().model.collinearity, 0.3);
    }

    void keyboardShortcutsUndoAndRedo()
    {
        MainWindow window(RecomputeSettings::defaultsFor(GeneratorKind::Proxy));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.findChild<QSlider*>("collinearitySlider")->setValue(100);
        QTest::keyClick(&window, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(window.state().simulation().model.collinearity, 0.9);
        QTest::keyClick(&window, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(window.state().simulation().model.collinearity, 0.1);
    }

    void presetsApplyAndUndo()
    {
        MainWindow window(RecomputeSettings::defaultsFor(GeneratorKind::Proxy));
        QVERIFY(sim(window).presets().size() >= 10);
        int beta = -1;
        for (int i = 0; i < int(sim(window).presets().size()); ++i)
            if (sim(window).presets()[i].id == "beta-carotene")
                beta = i;
        QVERIFY(beta >= 0);
        sim(window).applyPreset(beta);
        QVERIFY(window.state().simulation() == sim(window).presets()[beta].settings);
        QTRY_VERIFY(window.narrativeText().contains("toy parable"));
        window.state().undoStack().undo();
        QVERIFY(window.state().simulation() ==
                RecomputeSettings::defaultsFor(GeneratorKind::Proxy));
    }

    void sessionsRoundTripThroughTheWindow()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("lecture.leverscope");
        RecomputeSettings settings = RecomputeSettings::defaultsFor(GeneratorKind::Confounder);
        settings.model.collinearity = 0.42;
        QString error;
        {
            MainWindow window(settings);
            QVERIFY2(window.saveSession(path, &error), qPrintable(error));
        }
        MainWindow window(RecomputeSettings::defaultsFor(GeneratorKind::Proxy));
        QVERIFY2(window.openSession(path, &error), qPrintable(error));
        QVERIFY(window.state().simulation() == settings);
        QCOMPARE(sim(window).controls().settings().model.collinearity, 0.42);
        window.state().undoStack().undo(); // opening is undoable too
        QCOMPARE(window.state().simulation().model.generator, GeneratorKind::Proxy);
    }

    void aMalformedSessionIsRefusedWithTheField()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("bad.leverscope");
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"({"format": "leverscope-session", "version": 1, "settings": {"noise": -2}})");
        file.close();
        MainWindow window(RecomputeSettings::defaultsFor(GeneratorKind::Proxy));
        QString error;
        QVERIFY(!window.openSession(path, &error));
        QVERIFY2(error.contains("bad.leverscope") && error.contains("noise"), qPrintable(error));
        QCOMPARE(window.state().undoStack().count(), 0);
        QCOMPARE(window.state().simulation().model.noise, 1.0);
    }

    void anUncleanExitIsRecovered()
    {
        using lev::ui::SessionAutosave;
        QFile::remove(SessionAutosave::path());
        {
            auto* window = new MainWindow(RecomputeSettings::defaultsFor(GeneratorKind::Chain));
            window->findChild<QSlider*>("collinearitySlider")->setValue(333);
            QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(SessionAutosave::path()), 10000);
            delete window; // no closeEvent: as if the program had been killed
        }
        const auto recovered = SessionAutosave::recover();
        QVERIFY(recovered.has_value());
        QCOMPARE(recovered->simulation.model.generator, GeneratorKind::Chain);
        QCOMPARE(recovered->simulation.model.collinearity, 0.333);

        MainWindow window(recovered->simulation);
        window.restoreModes(recovered->modes);
        window.show();
        window.close(); // a clean exit leaves nothing to recover
        QVERIFY(!QFile::exists(SessionAutosave::path()));
        QVERIFY(!SessionAutosave::recover().has_value());
    }

    void pinShowsAGhostUntilCleared()
    {
        MainWindow window(RecomputeSettings::defaultsFor(GeneratorKind::Proxy));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTRY_VERIFY_WITH_TIMEOUT(
            sim(window).controller().latestResult() && !sim(window).controller().isBusy(), 30000);
        auto* weights = window.findChild<lev::ui::WeightsPlot*>("weightsPlot");
        auto* sweep = window.findChild<lev::ui::SweepPlot*>("sweepPlot");
        QCOMPARE(weights->pinnedPointCount(), 0);
        QTest::keyClick(&window, Qt::Key_P, Qt::ControlModifier);
        QVERIFY(window.state().pin().has_value());
        QVERIFY(weights->pinnedPointCount() > 0);
        QVERIFY(sweep->pinnedPointCount() > 0);
        // The ghost stays while the live state moves on.
        window.findChild<QSlider*>("collinearitySlider")->setValue(200);
        QTRY_VERIFY_WITH_TIMEOUT(
            sim(window).controller().latestResult()->settings.model.collinearity == 0.2, 30000);
        QVERIFY(weights->pinnedPointCount() > 0);
        QTest::keyClick(&window, Qt::Key_P, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(!window.state().pin().has_value());
        QCOMPARE(weights->pinnedPointCount(), 0);
        QCOMPARE(sweep->pinnedPointCount(), 0);
    }

    void clearingThePinLeavesNothingBehindAfterADataVisit()
    {
        MainWindow window(RecomputeSettings::defaultsFor(GeneratorKind::Proxy));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto settledOnce = [&]() {
            return sim(window).controller().latestResult() && !sim(window).controller().isBusy();
        };
        QTRY_VERIFY_WITH_TIMEOUT(settledOnce(), 30000);
        auto* sweep = window.findChild<lev::ui::SweepPlot*>("sweepPlot");
        QTest::keyClick(&window, Qt::Key_P, Qt::ControlModifier);
        QVERIFY(window.state().pin().has_value());
        QVERIFY(sweep->pinnedPointCount() > 0);
        QVERIFY(visiblePinItems(sweep) > 0); // the check below can fail
        QTest::keyClick(&window, Qt::Key_P, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(!window.state().pin().has_value());

        // To data mode (File > Examples > Longley) and back.
        QAction* longley = nullptr;
        for (QAction* action : window.menuBar()->findChildren<QAction*>())
            if (action->text().startsWith("Longley"))
                longley = action;
        QVERIFY(longley);
        QSignalSpy shown(&window.page<lev::ui::DataPage>().dataMode(),
                         &lev::ui::DataMode::explorationShown);
        longley->trigger();
        QVERIFY(shown.wait(60000));
        QVERIFY(&window.currentPage() == &window.page<lev::ui::DataPage>());
        QTest::keyClick(&window, Qt::Key_I, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(&window.currentPage() == &sim(window));
        QTRY_VERIFY_WITH_TIMEOUT(settledOnce(), 30000);
        QCoreApplication::processEvents();

        QCOMPARE(window.plots().size(), 8);
        for (QCustomPlot* plot : window.plots()) {
            auto* resultPlot = qobject_cast<lev::ui::ResultPlot*>(plot);
            QVERIFY(resultPlot);
            QVERIFY2(resultPlot->pinnedPointCount() == 0, qPrintable(plot->objectName()));
            QVERIFY2(visiblePinItems(plot) == 0, qPrintable(plot->objectName()));
        }
    }

    void theTitleShowsUnsavedChangesAndTheSession()
    {
        QTemporaryDir dir;
        MainWindow window(RecomputeSettings::defaultsFor(GeneratorKind::Proxy));
        QVERIFY(!window.isWindowModified());
        QVERIFY(window.windowTitle().contains("[*]"));
        QVERIFY(window.windowTitle().contains("c = 0.900"));
        window.findChild<QSlider*>("collinearitySlider")->setValue(400);
        QVERIFY(window.isWindowModified());
        QVERIFY(window.windowTitle().contains("c = 0.400"));
        QString error;
        const QString path = dir.filePath("lecture.leverscope");
        QVERIFY2(window.saveSession(path, &error), qPrintable(error));
        QVERIFY(!window.isWindowModified());
        QVERIFY(window.windowTitle().startsWith("lecture.leverscope[*]"));
        window.state().undoStack().undo();
        QVERIFY(window.isWindowModified());
        window.state().undoStack().redo(); // back at the saved state
        QVERIFY(!window.isWindowModified());
    }

    void closingWithUnsavedChangesAsks()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("asked.leverscope");
        MainWindow window(RecomputeSettings::defaultsFor(GeneratorKind::Proxy));
        window.setAskBeforeClosing(true);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QString error;
        QVERIFY(window.saveSession(path, &error));
        window.findChild<QSlider*>("collinearitySlider")->setValue(250);

        // Cancel: the window stays.
        QVERIFY(!window.close());
        auto* box = window.findChild<QMessageBox*>("unsavedChangesBox");
        QVERIFY(box && box->isVisible());
        box->button(QMessageBox::Cancel)->click();
        QVERIFY(window.isVisible());
        QTRY_VERIFY(window.findChild<QMessageBox*>("unsavedChangesBox") == nullptr);

        // Save: the session file gets the change, then the window closes.
        QVERIFY(!window.close());
        QTRY_VERIFY(window.findChild<QMessageBox*>("unsavedChangesBox") != nullptr);
        box = window.findChild<QMessageBox*>("unsavedChangesBox");
        box->button(QMessageBox::Save)->click();
        QTRY_VERIFY(!window.isVisible());
        MainWindow reopened(RecomputeSettings::defaultsFor(GeneratorKind::Chain));
        QVERIFY(reopened.openSession(path, &error));
        QCOMPARE(reopened.state().simulation().model.collinearity, 0.25);

        // Discard: closes without writing.
        reopened.setAskBeforeClosing(true);
        reopened.show();
        reopened.findChild<QSlider*>("collinearitySlider")->setValue(111);
        QVERIFY(!reopened.close());
        QTRY_VERIFY(reopened.findChild<QMessageBox*>("unsavedChangesBox") != nullptr);
        reopened.findChild<QMessageBox*>("unsavedChangesBox")
            ->button(QMessageBox::Discard)
            ->click();
        QTRY_VERIFY(!reopened.isVisible());
        RecomputeSettings onDisk;
        QVERIFY(lev::core::SessionFile::read(path, &onDisk, &error));
        QCOMPARE(onDisk.model.collinearity, 0.25);

        // And the question can be switched off (tests, scripts).
        MainWindow quiet(RecomputeSettings::defaultsFor(GeneratorKind::Proxy));
        quiet.setAskBeforeClosing(false);
        quiet.show();
        quiet.findChild<QSlider*>("collinearitySlider")->setValue(123);
        QVERIFY(quiet.close());
    }

    void geometryAndDockComeBackOnStart()
    {
        QSize saved;
        {
            MainWindow window(RecomputeSettings::defaultsFor(GeneratorKind::Proxy));
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            window.resize(window.size() - QSize(40, 30)); // the offscreen screen bounds it
            window.findChild<QDockWidget*>("settingsDock")->setFloating(true);
            QCoreApplication::processEvents();
            saved = window.size();
            QVERIFY(window.close());
        }
        MainWindow window(RecomputeSettings::defaultsFor(GeneratorKind::Proxy));
        QVERIFY(!window.findChild<QDockWidget*>("settingsDock")->isFloating());
        QVERIFY(window.restoreLayout());
        QCOMPARE(window.size(), saved);
        QVERIFY(window.findChild<QDockWidget*>("settingsDock")->isFloating());
        window.findChild<QDockWidget*>("settingsDock")->setFloating(false);
        window.show();
        QVERIFY(window.close()); // leaves the dock docked for the tests after this one
    }

    void presentationModeKeys()
    {
        MainWindow window(RecomputeSettings::defaultsFor(GeneratorKind::Proxy));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTest::keyClick(&window, Qt::Key_F11);
        QVERIFY(window.isPresentationMode());
        QTest::keyClick(&window, Qt::Key_2); // the second preset
        QVERIFY(window.state().simulation() == sim(window).presets()[1].settings);
        const double c = window.state().simulation().model.collinearity;
        QTest::keyClick(&window, Qt::Key_Right);
        QCOMPARE(window.state().simulation().model.collinearity, c + 0.01);
        QTest::keyClick(&window, Qt::Key_Left);
        QCOMPARE(window.state().simulation().model.collinearity, c);
        QTest::keyClick(&window, Qt::Key_Space);
        QVERIFY(sim(window).isAnimating());
        QTRY_VERIFY_WITH_TIMEOUT(window.state().simulation().model.collinearity > c + 0.05, 10000);
        QTest::keyClick(&window, Qt::Key_Space);
        QVERIFY(!sim(window).isAnimating());
        QTest::keyClick(&window, Qt::Key_Escape);
        QVERIFY(!window.isPresentationMode());
        // Outside presentation mode, plain digits do nothing.
        const RecomputeSettings before = window.state().simulation();
        QTest::keyClick(&window, Qt::Key_5);
        QVERIFY(window.state().simulation() == before);
    }
};

QTEST_MAIN(TestWorkflow)
#include "tst_workflow.moc"
