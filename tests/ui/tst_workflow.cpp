// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
// The what-if workflow in the real window, offscreen: undo/redo of parameter changes (a drag is
// one step), presets, sessions (and a malformed one reported without blocking), and the
// presentation mode's keys.

#include "modes/simulation/ControlPanel.h"
#include "modes/simulation/SpectrumPlot.h"
#include "modes/simulation/SweepPlot.h"
#include "modes/simulation/WeightsPlot.h"
#include "shell/MainWindow.h"
#include "shell/SessionAutosave.h"

#include <QSignalSpy>
#include <QSlider>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using lev::core::GeneratorKind;
using lev::core::RecomputeSettings;
using lev::ui::MainWindow;

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
        QCOMPARE(window.undoStack().count(), 1);
        QCOMPARE(window.currentSettings().model.collinearity, 0.5);
        window.undoStack().undo(); // Ctrl+Z
        QCOMPARE(slider->value(), 900);
        QCOMPARE(window.currentSettings().model.collinearity, 0.9);
        window.undoStack().redo();
        QCOMPARE(slider->value(), 500);
        // The newest state is what gets computed.
        QTRY_VERIFY_WITH_TIMEOUT(
            window.controller().latestResult() &&
                window.controller().latestResult()->settings.model.collinearity == 0.5,
            30000);
    }

    void differentControlsAreSeparateSteps()
    {
        MainWindow window(RecomputeSettings::defaultsFor(GeneratorKind::Proxy));
        window.findChild<QSlider*>("collinearitySlider")->setValue(300);
        window.findChild<QSlider*>("noiseSlider")->setValue(50);
        QCOMPARE(window.undoStack().count(), 2);
        window.undoStack().undo();
        QCOMPARE(window.currentSettings().model.noise, 1.0);
        QCOMPARE(window.currentSettings().model.collinearity, 0.3);
    }

    void keyboardShortcutsUndoAndRedo()
    {
        MainWindow window(RecomputeSettings::defaultsFor(GeneratorKind::Proxy));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.findChild<QSlider*>("collinearitySlider")->setValue(100);
        QTest::keyClick(&window, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(window.currentSettings().model.collinearity, 0.9);
        QTest::keyClick(&window, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(window.currentSettings().model.collinearity, 0.1);
    }

    void presetsApplyAndUndo()
    {
        MainWindow window(RecomputeSettings::defaultsFor(GeneratorKind::Proxy));
        QVERIFY(window.presets().size() >= 10);
        int beta = -1;
        for (int i = 0; i < int(window.presets().size()); ++i)
            if (window.presets()[i].id == "beta-carotene")
                beta = i;
        QVERIFY(beta >= 0);
        window.applyPreset(beta);
        QVERIFY(window.currentSettings() == window.presets()[beta].settings);
        QTRY_VERIFY(window.narrativeText().contains("toy parable"));
        window.undoStack().undo();
        QVERIFY(window.currentSettings() == RecomputeSettings::defaultsFor(GeneratorKind::Proxy));
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
        QVERIFY(window.currentSettings() == settings);
        QCOMPARE(window.controls().settings().model.collinearity, 0.42);
        window.undoStack().undo(); // opening is undoable too
        QCOMPARE(window.currentSettings().model.generator, GeneratorKind::Proxy);
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
        QCOMPARE(window.undoStack().count(), 0);
        QCOMPARE(window.currentSettings().model.noise, 1.0);
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
        QCOMPARE(recovered->model.generator, GeneratorKind::Chain);
        QCOMPARE(recovered->model.collinearity, 0.333);

        MainWindow window(*recovered);
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
            window.controller().latestResult() && !window.controller().isBusy(), 30000);
        auto* weights = window.findChild<lev::ui::WeightsPlot*>("weightsPlot");
        auto* sweep = window.findChild<lev::ui::SweepPlot*>("sweepPlot");
        QCOMPARE(weights->pinnedPointCount(), 0);
        QTest::keyClick(&window, Qt::Key_P, Qt::ControlModifier);
        QVERIFY(window.hasPin());
        QVERIFY(weights->pinnedPointCount() > 0);
        QVERIFY(sweep->pinnedPointCount() > 0);
        // The ghost stays while the live state moves on.
        window.findChild<QSlider*>("collinearitySlider")->setValue(200);
        QTRY_VERIFY_WITH_TIMEOUT(
            window.controller().latestResult()->settings.model.collinearity == 0.2, 30000);
        QVERIFY(weights->pinnedPointCount() > 0);
        QTest::keyClick(&window, Qt::Key_P, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(!window.hasPin());
        QCOMPARE(weights->pinnedPointCount(), 0);
        QCOMPARE(sweep->pinnedPointCount(), 0);
    }

    void presentationModeKeys()
    {
        MainWindow window(RecomputeSettings::defaultsFor(GeneratorKind::Proxy));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTest::keyClick(&window, Qt::Key_F11);
        QVERIFY(window.isPresentationMode());
        QTest::keyClick(&window, Qt::Key_2); // the second preset
        QVERIFY(window.currentSettings() == window.presets()[1].settings);
        const double c = window.currentSettings().model.collinearity;
        QTest::keyClick(&window, Qt::Key_Right);
        QCOMPARE(window.currentSettings().model.collinearity, c + 0.01);
        QTest::keyClick(&window, Qt::Key_Left);
        QCOMPARE(window.currentSettings().model.collinearity, c);
        QTest::keyClick(&window, Qt::Key_Space);
        QVERIFY(window.isAnimating());
        QTRY_VERIFY_WITH_TIMEOUT(window.currentSettings().model.collinearity > c + 0.05, 10000);
        QTest::keyClick(&window, Qt::Key_Space);
        QVERIFY(!window.isAnimating());
        QTest::keyClick(&window, Qt::Key_Escape);
        QVERIFY(!window.isPresentationMode());
        // Outside presentation mode, plain digits do nothing.
        const RecomputeSettings before = window.currentSettings();
        QTest::keyClick(&window, Qt::Key_5);
        QVERIFY(window.currentSettings() == before);
    }
};

QTEST_MAIN(TestWorkflow)
#include "tst_workflow.moc"
