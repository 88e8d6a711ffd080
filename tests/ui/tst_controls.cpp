// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
// The simulation's controls show exactly the value in use: their ranges are the core's validation
// limits (RecomputeSettings::validate), so any value the core accepts is shown as is and a value
// it rejects never reaches the state. The effect b, the confounding g and the levers |S| are
// shown where the generator has them, set by presets, and edited (and undone) like the others.

#include "controls/ExactDoubleSpinBox.h"
#include "controls/SeedSpinBox.h"
#include "io/Preset.h"
#include "io/SettingsJson.h"
#include "modes/simulation/ControlPanel.h"
#include "shell/SessionState.h"

#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QSlider>
#include <QSpinBox>
#include <QTest>
#include <QUndoStack>

#include <algorithm>
#include <cmath>

using lev::core::EstimatorKind;
using lev::core::GeneratorKind;
using lev::core::ModelSettings;
using lev::core::RecomputeSettings;
using lev::ui::ControlPanel;
using lev::ui::ExactDoubleSpinBox;
using lev::ui::SeedSpinBox;
using lev::ui::SessionState;

namespace {

GeneratorKind generatorNamed(const QString& name)
{
    const auto kind = lev::core::generatorFromName(name.toStdString());
    Q_ASSERT(kind);
    return *kind;
}

/// The generator's defaults with one option set, as the command line sets it (plus what that
/// option needs to be valid: an estimator for lambda and components, p for k and levers).
RecomputeSettings withOption(const QString& generator, const QString& option, double value)
{
    RecomputeSettings s = RecomputeSettings::defaultsFor(generatorNamed(generator));
    // Only the whole-number options read it; lambda's 1e12 does not fit an int.
    const int whole = std::abs(value) < 1e9 ? int(value) : 0;
    if (option == "n")
        s.n = whole;
    else if (option == "p")
        s.model.features = whole;
    else if (option == "k") {
        s.model.features = std::max(s.model.features, whole);
        s.model.latentDimension = whole;
    } else if (option == "levers") {
        s.model.features = std::max(s.model.features, whole);
        s.model.levers = whole;
    } else if (option == "reps")
        s.replications = whole;
    else if (option == "effect")
        s.model.effect = value;
    else if (option == "confounding")
        s.model.confounding = value;
    else if (option == "lambda") {
        s.estimator.kind = EstimatorKind::Ridge;
        s.estimator.lambda = value;
    } else if (option == "components") {
        s.model.features = std::max(s.model.features, whole);
        s.estimator.kind = EstimatorKind::Pcr;
        s.estimator.components = whole;
    } else if (option == "collinearity")
        s.model.collinearity = value;
    else if (option == "noise")
        s.model.noise = value;
    else
        Q_ASSERT_X(false, "withOption", "unknown option");
    return s;
}

/// What the panel shows for the option: a spin box's value or a slider's value label.
double shownValue(const ControlPanel& panel, const QString& option)
{
    const QHash<QString, QString> spins = {
        {"n", "sampleSizeSpin"},  {"p", "featuresSpin"},        {"k", "latentSpin"},
        {"levers", "leversSpin"}, {"reps", "replicationsSpin"}, {"components", "componentsSpin"}};
    const QHash<QString, QString> reals = {
        {"effect", "effectSpin"}, {"confounding", "confoundingSpin"}, {"lambda", "lambdaSpin"}};
    if (spins.contains(option))
        return panel.findChild<QSpinBox*>(spins[option])->value();
    if (reals.contains(option)) {
        auto* spin = panel.findChild<QDoubleSpinBox*>(reals[option]);
        // The text reads back as the value: nothing rounded away on screen either.
        const QString text = spin->findChild<QLineEdit*>()->text();
        if (text.toDouble() != spin->value())
            return std::nan("");
        return spin->value();
    }
    const QString label = option == "collinearity" ? "collinearityValue" : "noiseValue";
    return panel.findChild<QLabel*>(label)->text().toDouble();
}

} // namespace

class TestControls : public QObject
{
    Q_OBJECT

private slots:
    void spinBoxesShowTheValueInUse_data()
    {
        QTest::addColumn<QString>("generator");
        QTest::addColumn<QString>("option");
        QTest::addColumn<double>("value");
        // n = 2 and p = 300 were shown as 3 and 200 while ranges were narrower than the core's.
        QTest::newRow("proxy -n 2") << "proxy"
                                    << "n" << 2.0;
        QTest::newRow("latent -p 300") << "latent"
                                       << "p" << 300.0;
        QTest::newRow("latent -p 1000") << "latent"
                                        << "p" << 1000.0;
        QTest::newRow("confounder -p 1") << "confounder"
                                         << "p" << 1.0;
        QTest::newRow("latent -k 250") << "latent"
                                       << "k" << 250.0;
        QTest::newRow("latent --levers 20") << "latent"
                                            << "levers" << 20.0;
        QTest::newRow("proxy -n 1000000") << "proxy"
                                          << "n" << 1e6;
        QTest::newRow("proxy --reps 1") << "proxy"
                                        << "reps" << 1.0;
        QTest::newRow("proxy --reps 100000") << "proxy"
                                             << "reps" << 1e5;
        QTest::newRow("latent --components 150") << "latent"
                                                 << "components" << 150.0;
        QTest::newRow("proxy --effect 0.3") << "proxy"
                                            << "effect" << 0.3;
        QTest::newRow("proxy --effect -1000000") << "proxy"
                                                 << "effect" << -1e6;
        QTest::newRow("chain --effect 1e-7") << "chain"
                                             << "effect" << 1e-7;
        QTest::newRow("confounder --confounding -1.5") << "confounder"
                                                       << "confounding" << -1.5;
        QTest::newRow("confounder --confounding 0.123456789") << "confounder"
                                                              << "confounding" << 0.123456789;
        QTest::newRow("proxy --lambda 0.00001") << "proxy"
                                                << "lambda" << 1e-5;
        QTest::newRow("proxy --lambda 1e12") << "proxy"
                                             << "lambda" << 1e12;
        QTest::newRow("proxy --collinearity 0.999") << "proxy"
                                                    << "collinearity" << 0.999;
        QTest::newRow("proxy --collinearity 0.9995") << "proxy"
                                                     << "collinearity" << 0.9995;
        QTest::newRow("proxy --noise 0.125") << "proxy"
                                             << "noise" << 0.125;
        QTest::newRow("proxy --noise 7.5") << "proxy"
                                           << "noise" << 7.5;
    }

    void spinBoxesShowTheValueInUse()
    {
        QFETCH(QString, generator);
        QFETCH(QString, option);
        QFETCH(double, value);
        const RecomputeSettings settings = withOption(generator, option, value);
        QVERIFY2(settings.validate().empty(), settings.validate().c_str()); // the core accepts it
        SessionState state(settings);
        ControlPanel panel(state);
        QCOMPARE(shownValue(panel, option), value);
        QVERIFY(panel.settings() == state.simulation()); // and every other control too
        QCOMPARE(state.undoStack().count(), 0);          // showing it edited nothing
    }

    void theRangesAreTheCoresLimits_data()
    {
        QTest::addColumn<QString>("generator");
        QTest::addColumn<QString>("option");
        QTest::addColumn<QString>("spin");
        QTest::newRow("n") << "proxy"
                           << "n"
                           << "sampleSizeSpin";
        QTest::newRow("p") << "confounder"
                           << "p"
                           << "featuresSpin";
        QTest::newRow("reps") << "proxy"
                              << "reps"
                              << "replicationsSpin";
    }

    void theRangesAreTheCoresLimits()
    {
        // The spin box's ends are accepted by the core, one step beyond is not.
        QFETCH(QString, generator);
        QFETCH(QString, option);
        QFETCH(QString, spin);
        SessionState state(RecomputeSettings::defaultsFor(generatorNamed(generator)));
        ControlPanel panel(state);
        auto* box = panel.findChild<QSpinBox*>(spin);
        QVERIFY(box);
        QVERIFY2(withOption(generator, option, box->minimum()).validate().empty(),
                 withOption(generator, option, box->minimum()).validate().c_str());
        QVERIFY2(withOption(generator, option, box->maximum()).validate().empty(),
                 withOption(generator, option, box->maximum()).validate().c_str());
        QVERIFY(!withOption(generator, option, box->minimum() - 1).validate().empty());
        QVERIFY(!withOption(generator, option, box->maximum() + 1.0).validate().empty());
    }

    void theRealRangesAreTheCoresLimits_data()
    {
        QTest::addColumn<QString>("option");
        QTest::addColumn<QString>("spin");
        QTest::newRow("effect") << "effect"
                                << "effectSpin";
        QTest::newRow("confounding") << "confounding"
                                     << "confoundingSpin";
        QTest::newRow("lambda") << "lambda"
                                << "lambdaSpin";
    }

    void theRealRangesAreTheCoresLimits()
    {
        QFETCH(QString, option);
        QFETCH(QString, spin);
        SessionState state(RecomputeSettings::defaultsFor(GeneratorKind::Confounder));
        ControlPanel panel(state);
        auto* box = panel.findChild<QDoubleSpinBox*>(spin);
        QVERIFY(box);
        for (double end : {box->minimum(), box->maximum()}) {
            QVERIFY(withOption("confounder", option, end).validate().empty());
            const double beyond =
                end + (end > 0 ? 1.0 : -1.0) * std::max(1.0, std::abs(end) * 1e-9);
            QVERIFY2(!withOption("confounder", option, beyond).validate().empty(),
                     qPrintable(QString::number(beyond)));
        }
    }

    void stepsLandOnRoundNumbers_data()
    {
        QTest::addColumn<QString>("spin");
        QTest::addColumn<double>("from");
        QTest::addColumn<int>("steps");
        QTest::addColumn<double>("to");
        QTest::addColumn<QString>("text");
        // b steps by 0.1; λ by a tenth of its decade (0.01 from 0.3, 10 from 250).
        QTest::newRow("b 0.3 up") << "effectSpin" << 0.3 << 1 << 0.4 << "0.4";
        QTest::newRow("b 0.1 down twice") << "effectSpin" << 0.1 << -2 << -0.1 << "-0.1";
        QTest::newRow("λ 0.3 up") << "lambdaSpin" << 0.3 << 1 << 0.31 << "0.31";
        QTest::newRow("λ 250 down") << "lambdaSpin" << 250.0 << -1 << 240.0 << "240";
    }

    void stepsLandOnRoundNumbers()
    {
        QFETCH(QString, spin);
        QFETCH(double, from);
        QFETCH(int, steps);
        QFETCH(double, to);
        QFETCH(QString, text);
        RecomputeSettings settings = RecomputeSettings::defaultsFor(GeneratorKind::Proxy);
        settings.estimator.kind = EstimatorKind::Ridge;
        settings.model.effect = spin == "effectSpin" ? from : 1.0;
        settings.estimator.lambda = spin == "lambdaSpin" ? from : 1.0;
        SessionState state(settings);
        ControlPanel panel(state);
        auto* box = panel.findChild<QDoubleSpinBox*>(spin);
        QVERIFY(box);
        box->stepBy(steps);
        const double inUse = spin == "effectSpin" ? state.simulation().model.effect
                                                  : state.simulation().estimator.lambda;
        QVERIFY2(inUse == to,
                 qPrintable(QString::number(inUse, 'g', 17))); // exactly, no 0.4000...01
        QCOMPARE(box->findChild<QLineEdit*>()->text(), text);
    }

    void aLargeSeedIsShownAsIs()
    {
        RecomputeSettings settings = RecomputeSettings::defaultsFor(GeneratorKind::Proxy);
        settings.seed = lev::core::SettingsJson::kMaxSeed; // 2^63 - 1: beyond any QSpinBox
        settings.model.loadingSeed = settings.seed;
        SessionState state(settings);
        ControlPanel panel(state);
        auto* seed = panel.findChild<SeedSpinBox*>("seedSpin");
        QVERIFY(seed);
        QCOMPARE(seed->findChild<QLineEdit*>()->text(), QString("9223372036854775807"));
        QVERIFY(panel.settings() == state.simulation());
        // Typed and committed, a seed reaches the state (with the latent loadings' seed).
        QLineEdit* editor = seed->findChild<QLineEdit*>();
        editor->selectAll();
        QTest::keyClicks(editor, "4294967296");
        QTest::keyClick(editor, Qt::Key_Return);
        QCOMPARE(state.simulation().seed, std::uint64_t(4294967296ULL));
        QCOMPARE(state.simulation().model.loadingSeed, std::uint64_t(4294967296ULL));
    }

    void aValueTheCoreRejectsNeverReachesTheState()
    {
        // Each within its range, n = 10^6 and p = 1000 together exceed n x p <= 5e7.
        RecomputeSettings settings = RecomputeSettings::defaultsFor(GeneratorKind::Latent);
        settings.model.features = 1000;
        SessionState state(settings);
        ControlPanel panel(state);
        auto* n = panel.findChild<QSpinBox*>("sampleSizeSpin");
        n->setValue(1000000);
        QCOMPARE(state.simulation().n, 200);
        QCOMPARE(state.undoStack().count(), 0);
        QCOMPARE(n->value(), 200); // back to what is in use
        QVERIFY2(panel.problem().contains("n x p"), qPrintable(panel.problem()));
        n->setValue(300); // a valid edit clears the message
        QCOMPARE(state.simulation().n, 300);
        QVERIFY(panel.problem().isEmpty());
    }

    void presetsShowTheEffectConfoundingAndLevers_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<double>("effect");
        QTest::addColumn<bool>("hasConfounding");
        QTest::addColumn<double>("confounding");
        QTest::addColumn<bool>("hasLevers");
        QTest::addColumn<int>("levers");
        // From resources/presets: beta-carotene sets b = 0.3, g = -1.5; gwas-ld b = 0.5, 1 lever.
        QTest::newRow("beta-carotene") << "beta-carotene" << 0.3 << true << -1.5 << false << 0;
        QTest::newRow("homocysteine") << "homocysteine" << 0.0 << true << 1.0 << false << 0;
        QTest::newRow("gwas-ld") << "gwas-ld" << 0.5 << false << 0.0 << true << 1;
        QTest::newRow("proxy") << "proxy" << 1.0 << false << 0.0 << false << 0;
    }

    void presetsShowTheEffectConfoundingAndLevers()
    {
        QFETCH(QString, id);
        QFETCH(double, effect);
        QFETCH(bool, hasConfounding);
        QFETCH(double, confounding);
        QFETCH(bool, hasLevers);
        QFETCH(int, levers);
        std::vector<lev::core::Preset> presets;
        QString error;
        QVERIFY2(lev::core::Preset::loadAll(&presets, &error), qPrintable(error));
        const auto preset =
            std::find_if(presets.begin(), presets.end(), [&](const auto& p) { return p.id == id; });
        QVERIFY(preset != presets.end());

        SessionState state(RecomputeSettings::defaultsFor(GeneratorKind::Latent));
        ControlPanel panel(state);
        panel.show();
        state.replaceSimulation(preset->settings, "Preset");
        auto* b = panel.findChild<QDoubleSpinBox*>("effectSpin");
        auto* g = panel.findChild<QDoubleSpinBox*>("confoundingSpin");
        auto* s = panel.findChild<QSpinBox*>("leversSpin");
        QVERIFY(b && g && s);
        QVERIFY(b->isVisible());
        QCOMPARE(b->value(), effect);
        QCOMPARE(b->findChild<QLineEdit*>()->text().toDouble(), effect);
        QCOMPARE(g->isVisible(), hasConfounding);
        if (hasConfounding)
            QCOMPARE(g->value(), confounding);
        QCOMPARE(s->isVisible(), hasLevers);
        if (hasLevers)
            QCOMPARE(s->value(), levers);
        QVERIFY(!b->toolTip().isEmpty() && !g->toolTip().isEmpty() && !s->toolTip().isEmpty());
        QVERIFY(panel.settings() == state.simulation());
    }

    void settingTheEffectConfoundingAndLeversEditsTheState_data()
    {
        QTest::addColumn<QString>("generator");
        QTest::addColumn<QString>("spin");
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("option");
        QTest::newRow("b") << "proxy"
                           << "effectSpin"
                           << "0.25"
                           << "effect";
        QTest::newRow("g") << "confounder"
                           << "confoundingSpin"
                           << "-2.5"
                           << "confounding";
        QTest::newRow("levers") << "latent"
                                << "leversSpin"
                                << "7"
                                << "levers";
    }

    void settingTheEffectConfoundingAndLeversEditsTheState()
    {
        QFETCH(QString, generator);
        QFETCH(QString, spin);
        QFETCH(QString, typed);
        QFETCH(QString, option);
        const RecomputeSettings before = RecomputeSettings::defaultsFor(generatorNamed(generator));
        SessionState state(before);
        ControlPanel panel(state);
        panel.show();
        auto* box = panel.findChild<QAbstractSpinBox*>(spin);
        QVERIFY(box && box->isVisible());
        // Typed as a user would, committed with Return.
        QLineEdit* editor = box->findChild<QLineEdit*>();
        editor->selectAll();
        QTest::keyClicks(editor, typed);
        QTest::keyClick(editor, Qt::Key_Return);
        const RecomputeSettings expected = withOption(generator, option, typed.toDouble());
        QVERIFY(state.simulation() == expected);
        // Arrow steps merge with the typed change into one undo step, named after the control.
        QTest::keyClick(box, Qt::Key_Up);
        QVERIFY(state.simulation() != expected);
        QCOMPARE(state.undoStack().count(), 1);
        QVERIFY(state.undoStack().undoText().contains(option == "effect"        ? "effect b"
                                                      : option == "confounding" ? "confounding g"
                                                                                : "levers"));
        state.undoStack().undo();
        QVERIFY(state.simulation() == before);
        QVERIFY(panel.settings() == before);
    }
};

QTEST_MAIN(TestControls)
#include "tst_controls.moc"
