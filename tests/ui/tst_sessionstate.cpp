// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
// The session's one state object: consecutive edits of one control merge into one undo step, a
// drag back to its start is no step, named steps stand alone, each mode keeps its own settings
// value, the unsaved-changes flag follows the undo stack's clean state, the pin comes and goes,
// and a control that receives the state it just sent changes nothing (half-typed text in a
// spin box survives a change made by another control).

#include "modes/data/DataControls.h"
#include "modes/simulation/ControlPanel.h"
#include "shell/SessionState.h"

#include <QDoubleSpinBox>
#include <QLineEdit>
#include <QSignalSpy>
#include <QSlider>
#include <QSpinBox>
#include <QTest>

using lev::core::GeneratorKind;
using lev::core::RecomputeSettings;
using lev::ui::ControlPanel;
using lev::ui::DataControls;
using lev::ui::DataSettings;
using lev::ui::SessionState;

namespace {

RecomputeSettings proxy()
{
    return RecomputeSettings::defaultsFor(GeneratorKind::Proxy);
}

RecomputeSettings atCollinearity(double c)
{
    RecomputeSettings settings = proxy();
    settings.model.collinearity = c;
    return settings;
}

} // namespace

class TestSessionState : public QObject
{
    Q_OBJECT

private slots:
    void editsOfOneControlMerge_data()
    {
        QTest::addColumn<QList<double>>("drag");
        QTest::addColumn<int>("steps");
        QTest::newRow("one value") << QList<double>{0.5} << 1;
        QTest::newRow("a drag") << QList<double>{0.8, 0.7, 0.6, 0.5} << 1;
        QTest::newRow("a drag back to the start") << QList<double>{0.8, 0.7, 0.9} << 0;
    }

    void editsOfOneControlMerge()
    {
        QFETCH(QList<double>, drag);
        QFETCH(int, steps);
        SessionState state(proxy()); // c = 0.9
        QSignalSpy changed(&state, &SessionState::simulationChanged);
        for (double c : drag)
            state.editSimulation(atCollinearity(c));
        QCOMPARE(changed.count(), drag.size());
        QCOMPARE(state.undoStack().count(), steps);
        QCOMPARE(state.simulation().model.collinearity, drag.back());
        if (steps == 1) {
            state.undoStack().undo();
            QCOMPARE(state.simulation().model.collinearity, 0.9);
            state.undoStack().redo();
            QCOMPARE(state.simulation().model.collinearity, drag.back());
        }
    }

    void differentControlsAndNamedStepsStandAlone()
    {
        SessionState state(proxy());
        state.editSimulation(atCollinearity(0.5));
        RecomputeSettings noisy = atCollinearity(0.5);
        noisy.model.noise = 2.0;
        state.editSimulation(noisy);
        QCOMPARE(state.undoStack().count(), 2);
        // A preset that changes only c is still a step of its own, named.
        state.replaceSimulation(atCollinearity(0.3), "Preset: test");
        state.editSimulation(atCollinearity(0.2));
        QCOMPARE(state.undoStack().count(), 4);
        QCOMPARE(state.undoStack().text(2), QString("Preset: test"));
        QCOMPARE(state.undoStack().text(0), QString("Change collinearity"));
    }

    void theStateHoldsNoSweepGrid()
    {
        RecomputeSettings withGrid = proxy();
        withGrid.sweep = RecomputeSettings::defaultSweepGrid();
        SessionState state(withGrid);
        QVERIFY(state.simulation().sweep.empty());
        withGrid.model.collinearity = 0.4;
        state.editSimulation(withGrid);
        QVERIFY(state.simulation().sweep.empty());
        QCOMPARE(state.simulation().model.collinearity, 0.4);
    }

    void dataModeKeepsItsOwnValue()
    {
        SessionState state(proxy());
        const RecomputeSettings simulation = state.simulation();
        QSignalSpy simulationChanged(&state, &SessionState::simulationChanged);
        QSignalSpy dataChanged(&state, &SessionState::dataChanged);
        DataSettings data = state.data();
        QCOMPARE(data.bootstrapResamples, 200);
        data.bootstrapResamples = 50;
        state.editData(data);
        data.bootstrapResamples = 60; // the same control: merges
        state.editData(data);
        data.seed = 7;
        state.editData(data);
        QCOMPARE(dataChanged.count(), 3);
        QCOMPARE(simulationChanged.count(), 0);
        QVERIFY(state.simulation() == simulation); // R of the simulation is not touched
        QCOMPARE(state.undoStack().count(), 2);
        state.undoStack().undo();
        QCOMPARE(state.data().seed, std::uint64_t(1));
        QCOMPARE(state.data().bootstrapResamples, 60);
        // The first fields of both values (generator, estimator) never merge into each other.
        RecomputeSettings chain = proxy();
        chain.model.generator = GeneratorKind::Chain;
        state.editSimulation(chain); // replaces the undone seed step
        QCOMPARE(state.undoStack().count(), 2);
        data = state.data();
        data.estimator.kind = lev::core::EstimatorKind::Ridge;
        state.editData(data);
        QCOMPARE(state.undoStack().count(), 3);
    }

    void modifiedFollowsTheCleanState()
    {
        SessionState state(proxy());
        QSignalSpy modified(&state, &SessionState::modifiedChanged);
        QVERIFY(!state.isModified());
        state.editSimulation(atCollinearity(0.5));
        QVERIFY(state.isModified());
        state.markSaved("/tmp/x.leverscope");
        QVERIFY(!state.isModified());
        QCOMPARE(state.sessionPath(), QString("/tmp/x.leverscope"));
        state.editSimulation(atCollinearity(0.4)); // after a save: a new step, no merge
        QCOMPARE(state.undoStack().count(), 2);
        QVERIFY(state.isModified());
        state.undoStack().undo();
        QVERIFY(!state.isModified());
        QVERIFY(modified.count() >= 4);
    }

    void thePinComesAndGoes()
    {
        SessionState state(proxy());
        QSignalSpy pin(&state, &SessionState::pinChanged);
        auto result = std::make_shared<lev::core::RecomputeResult>();
        result->settings = atCollinearity(0.5);
        state.setPin({result, {}});
        QVERIFY(state.pin().has_value());
        QCOMPARE(state.pin()->result->settings.model.collinearity, 0.5);
        state.clearPin();
        state.clearPin(); // nothing to clear: no signal
        QVERIFY(!state.pin().has_value());
        QCOMPARE(pin.count(), 2);
        QCOMPARE(state.undoStack().count(), 0); // the pin is not a settings change
    }

    void aControlPanelIsNotWrittenBackTo()
    {
        SessionState state(proxy());
        ControlPanel panel(state);
        auto* lambda = panel.findChild<QDoubleSpinBox*>("lambdaSpin");
        auto* noise = panel.findChild<QSlider*>("noiseSlider");
        QVERIFY(lambda && noise);
        auto* editor = lambda->findChild<QLineEdit*>();
        QVERIFY(editor);
        // The user is typing a λ (not committed yet) when another control changes the state.
        editor->setText("0.75");
        noise->setValue(50);
        QCOMPARE(state.simulation().model.noise, 0.5);
        QCOMPARE(state.undoStack().count(), 1);
        QCOMPARE(editor->text(), QString("0.75")); // not overwritten by the state it sent
        QVERIFY(panel.settings() == state.simulation());
        // A change from elsewhere (undo) is shown.
        state.undoStack().undo();
        QCOMPARE(noise->value(), 100);
        QVERIFY(panel.settings() == state.simulation());
    }

    void dataControlsAreNotWrittenBackTo()
    {
        SessionState state(proxy());
        DataControls controls(state);
        auto* seed = controls.findChild<QSpinBox*>("dataSeedSpin");
        auto* resamples = controls.findChild<QSpinBox*>("bootstrapSpin");
        QVERIFY(seed && resamples);
        auto* editor = seed->findChild<QLineEdit*>();
        editor->setText("4242");
        resamples->setValue(300);
        QCOMPARE(state.data().bootstrapResamples, 300);
        QCOMPARE(editor->text(), QString("4242"));
        QCOMPARE(state.data().seed, std::uint64_t(1));
        state.undoStack().undo();
        QCOMPARE(resamples->value(), 200);
    }
};

QTEST_MAIN(TestSessionState)
#include "tst_sessionstate.moc"
