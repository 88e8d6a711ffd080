// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
// The environments mode's page: it builds with its five named plots; a gamma slider change
// reaches the plots through the job runner, and the plotted population path and risks equal
// their closed forms (one feature X1 = s A + g H + e1, Y = b X1 + g H + sigma eY: Var X1 = s^2
// + g^2 + 1, b_gamma = (b Var X1 + g^2 + (gamma - 1) b s^2) / (Var X1 + (gamma - 1) s^2), the
// causal risk g^2 + sigma^2 at every shift); a slider drag is one undo step; a session
// round-trips the settings and an older session still opens; each preset applies as a named
// step and its narrative names what ICP found; cancelling leaves no ICP verdict of other
// settings on show; the CSV export writes its tables.

#include "environments/EnvironmentsResult.h"
#include "io/SessionFile.h"
#include "modes/environments/EnvironmentsControls.h"
#include "modes/environments/EnvironmentsPage.h"
#include "modes/environments/EnvironmentsPlots.h"
#include "modes/environments/IcpPlot.h"
#include "shell/MainWindow.h"
#include "shell/SessionState.h"

#include <QDir>
#include <QFile>
#include <QSlider>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <qcustomplot.h>

#include <cmath>
#include <limits>

using lev::core::EnvironmentsSettings;
using lev::core::GeneratorKind;
using lev::core::IcpState;
using lev::core::RecomputeSettings;
using lev::ui::EnvironmentsControls;
using lev::ui::EnvironmentsPage;
using lev::ui::MainWindow;

namespace {

constexpr int kTimeoutMs = 60000;

EnvironmentsPage& environmentsPage(MainWindow& window)
{
    return window.page<EnvironmentsPage>();
}

/// Shows the page and waits until its newest request is fully done (ICP included).
void showAndSettle(MainWindow& window)
{
    EnvironmentsPage& page = environmentsPage(window);
    window.showPage(&page);
    QTRY_VERIFY_WITH_TIMEOUT(
        page.controller().latestResult() != nullptr && !page.controller().isBusy(), kTimeoutMs);
}

QStringList texts(QCustomPlot* plot)
{
    QStringList out;
    for (int i = 0; i < plot->itemCount(); ++i)
        if (auto* text = qobject_cast<QCPItemText*>(plot->item(i)); text && text->visible())
            out << text->text();
    return out;
}

QCPGraph* graphNamed(QCustomPlot* plot, const QString& name)
{
    for (int i = 0; i < plot->graphCount(); ++i)
        if (plot->graph(i)->name() == name)
            return plot->graph(i);
    return nullptr;
}

/// The value of `graph` at key `x` (to 1e-12 of the key).
std::optional<double> valueAt(QCPGraph* graph, double x)
{
    for (auto it = graph->data()->constBegin(); it != graph->data()->constEnd(); ++it)
        if (std::abs(it->key - x) <= 1e-12 * std::max(1.0, std::abs(x)))
            return it->value;
    return std::nullopt;
}

/// One feature (X2 not offered), a hidden confounder: everything has a closed form.
EnvironmentsSettings oneFeature()
{
    EnvironmentsSettings s;
    s.model.shift = 2.0;
    s.model.confounding = 1.5;
    s.model.effect = 1.0;
    s.model.noise = 1.0;
    s.model.childFeature = false;
    s.model.environments = 3;
    s.n = 600;
    s.gamma = 1.0;
    return s;
}

} // namespace

class TestEnvironmentsPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        qputenv("LEVERSCOPE_NO_CLOSE_PROMPT", "1");
    }

    void pageBuildsWithItsPlots()
    {
        MainWindow window(RecomputeSettings::defaultsFor(GeneratorKind::Proxy));
        EnvironmentsPage& page = environmentsPage(window);
        QVERIFY(window.pages().contains(&page));
        QCOMPARE(page.objectName(), QStringLiteral("environmentsPage"));
        QVERIFY(page.supportsPresentation());
        QStringList names;
        for (QCustomPlot* plot : page.plots())
            names << plot->objectName();
        QCOMPARE(names, QStringList({"anchorPathPlot", "shiftRiskPlot", "environmentCloudPlot",
                                     "icpPlot", "environmentGraphPlot"}));
        QVERIFY(!page.controller().latestResult()); // not computed before it is shown
    }

    void gammaSlider_data()
    {
        QTest::addColumn<int>("position");
        QTest::addColumn<double>("gamma");
        QTest::newRow("far left: partial out") << 0 << 0.0;
        QTest::newRow("OLS") << 21 << 1.0;
        QTest::newRow("10") << 31 << 10.0;
        QTest::newRow("far right: IV")
            << EnvironmentsControls::kGammaSteps << std::numeric_limits<double>::infinity();
    }

    void gammaSlider()
    {
        // The slider's marks are exact: 0, 1 (OLS), 10, infinity (IV), and read back.
        QFETCH(int, position);
        QFETCH(double, gamma);
        QCOMPARE(EnvironmentsControls::gammaAt(position), gamma);
        QCOMPARE(EnvironmentsControls::positionOf(gamma), position);
    }

    void gammaSliderReachesThePlots()
    {
        MainWindow window(RecomputeSettings::defaultsFor(GeneratorKind::Proxy));
        window.state().replaceEnvironments(oneFeature(), QStringLiteral("test"));
        showAndSettle(window);
        EnvironmentsPage& page = environmentsPage(window);
        auto* slider = page.controls().findChild<QSlider*>("gammaSlider");
        QVERIFY(slider);
        QCOMPARE(slider->value(), 21);
        slider->setValue(31);
        QCOMPARE(window.state().environments().gamma, 10.0);
        QTRY_VERIFY_WITH_TIMEOUT(page.controller().latestResult()->settings.gamma == 10.0 &&
                                     !page.controller().isBusy(),
                                 kTimeoutMs);
        QCustomPlot* path = page.environmentsPlots().plot("path");
        QVERIFY2(texts(path).contains(" γ = 10 "), qPrintable(texts(path).join('|')));
        QVERIFY(page.caption().contains("γ = 10"));

        // The plotted population path against its closed form, at gamma = 1 and 10.
        const double s = 2.0, g = 1.5, b = 1.0, sigma = 1.0;
        const double vx = s * s + g * g + 1.0;
        const auto closed = [&](double gamma) {
            return (b * vx + g * g + (gamma - 1.0) * b * s * s) / (vx + (gamma - 1.0) * s * s);
        };
        QCPGraph* population = graphNamed(path, "b_γ of X₁ (population)");
        QVERIFY(population);
        for (double gamma : {1.0, 10.0, 100.0}) {
            const auto plotted = valueAt(population, gamma);
            QVERIFY2(plotted, qPrintable(QString::number(gamma)));
            QVERIFY2(std::abs(*plotted - closed(gamma)) < 1e-12,
                     qPrintable(QStringLiteral("%1: %2 vs %3")
                                    .arg(gamma)
                                    .arg(*plotted, 0, 'g', 17)
                                    .arg(closed(gamma), 0, 'g', 17)));
        }
        // IV at the right edge is the causal effect b.
        const auto result = page.controller().latestResult();
        QVERIFY(result->iv);
        QVERIFY(std::abs((*result->iv)[0] - b) < 1e-12);

        // The risks: the causal weights' is g^2 + sigma^2 at every strength; OLS's at t = 1 is
        // the training error Var Y - Cov(X1, Y)^2 / Var X1.
        QCustomPlot* risk = page.environmentsPlots().plot("risk");
        QCPGraph* causal = graphNamed(risk, "causal weights");
        QCPGraph* ols = graphNamed(risk, "OLS (γ = 1)");
        QVERIFY(causal && ols && graphNamed(risk, "anchor, γ = 10") &&
                graphNamed(risk, "IV (γ → ∞)"));
        for (auto it = causal->data()->constBegin(); it != causal->data()->constEnd(); ++it)
            QVERIFY(std::abs(it->value - (g * g + sigma * sigma)) < 1e-12);
        const double varY = b * b * vx + 2 * b * g * g + g * g + sigma * sigma;
        const double cov = b * vx + g * g;
        const auto olsAtOne = valueAt(ols, 1.0);
        QVERIFY(olsAtOne);
        QVERIFY2(std::abs(*olsAtOne - (varY - cov * cov / vx)) < 1e-12,
                 qPrintable(QString::number(*olsAtOne, 'g', 17)));
    }

    void aDragIsOneUndoStep()
    {
        MainWindow window(RecomputeSettings::defaultsFor(GeneratorKind::Proxy));
        EnvironmentsPage& page = environmentsPage(window);
        const EnvironmentsSettings before = window.state().environments();
        auto* slider = page.controls().findChild<QSlider*>("confoundingSlider");
        QVERIFY(slider);
        const int steps = window.state().undoStack().count();
        for (int value : {2, 5, 9, 14})
            slider->setValue(value);
        QCOMPARE(window.state().environments().model.confounding, 1.4);
        QCOMPARE(window.state().undoStack().count(), steps + 1);
        window.state().undoStack().undo();
        QCOMPARE(window.state().environments(), before);
        QCOMPARE(slider->value(), qRound(before.model.confounding * 10));
    }

    void sessionRoundTripsTheSettings()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath("environments.leverscope");
        EnvironmentsSettings saved;
        {
            MainWindow window(RecomputeSettings::defaultsFor(GeneratorKind::Proxy));
            EnvironmentsSettings s;
            s.model.shift = 2.5;
            s.model.childShift = 0.7;
            s.model.confounding = 0.3;
            s.model.effect = -1.25;
            s.model.childWeight = 0.0;
            s.model.childNoise = 0.75;
            s.model.childFeature = false;
            s.model.environments = 0;
            s.n = 777;
            s.gamma = std::numeric_limits<double>::infinity();
            s.alpha = 0.01;
            s.riskStrength = 4.5;
            s.seed = 9007199254740993ULL; // beyond 2^53: written as a string
            window.state().editEnvironments(s);
            window.showPage(&environmentsPage(window)); // in use: saved with the session
            saved = window.state().environments();
            QCOMPARE(saved, s);
            QString error;
            QVERIFY2(window.saveSession(path, &error), qPrintable(error));
        }
        MainWindow window(RecomputeSettings::defaultsFor(GeneratorKind::Proxy));
        QVERIFY(window.state().environments() != saved);
        QString error;
        QVERIFY2(window.openSession(path, &error), qPrintable(error));
        QCOMPARE(window.state().environments(), saved);

        // A session written before the mode existed opens and leaves the settings as they are.
        const QString old = dir.filePath("old.leverscope");
        QVERIFY(lev::core::SessionFile::write(
            old, RecomputeSettings::defaultsFor(GeneratorKind::Chain), &error));
        QVERIFY(!lev::core::SessionFile::serialize(RecomputeSettings{}).contains("environments"));
        QVERIFY2(window.openSession(old, &error), qPrintable(error));
        QCOMPARE(window.state().simulation().model.generator, GeneratorKind::Chain);
        QCOMPARE(window.state().environments(), saved);
    }

    void aBadEntryInASessionIsOneLine_data()
    {
        QTest::addColumn<QByteArray>("entry");
        QTest::addColumn<QString>("problem");
        QTest::newRow("gamma") << QByteArray(R"({"gamma": "big"})") << "environments.gamma";
        QTest::newRow("alpha") << QByteArray(R"({"alpha": 1.5})") << "alpha";
        QTest::newRow("unknown") << QByteArray(R"({"shfit": 1})") << "environments.shfit";
        QTest::newRow("not an object") << QByteArray("3") << "'environments' must be an object";
    }

    void aBadEntryInASessionIsOneLine()
    {
        QFETCH(QByteArray, entry);
        QFETCH(QString, problem);
        const QByteArray text = R"({"format": "leverscope-session", "version": 1,
            "settings": {"generator": "proxy"}, "environments": )" +
                                entry + "}";
        RecomputeSettings settings;
        lev::core::SessionFile::ModeSettings read;
        QString error;
        QVERIFY(!lev::core::SessionFile::parse(text, "s.leverscope", &settings, &read, &error));
        QVERIFY2(error.contains(problem), qPrintable(error));
        QVERIFY(!error.contains('\n'));
    }

    void presetAppliesAndNamesTheFinding_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("icpSays");
        QTest::addColumn<bool>("rejected");
        QTest::newRow("lever") << "environments-lever"
                               << "ICP names X₁ a cause" << false;
        QTest::newRow("hidden") << "environments-hidden"
                                << "the hidden confounder H breaks every set's invariance" << true;
        QTest::newRow("child") << "environments-child"
                               << "ICP names X₁ a cause" << false;
    }

    void presetAppliesAndNamesTheFinding()
    {
        QFETCH(QString, id);
        QFETCH(QString, icpSays);
        QFETCH(bool, rejected);
        MainWindow window(RecomputeSettings::defaultsFor(GeneratorKind::Proxy));
        EnvironmentsPage& page = environmentsPage(window);
        int index = -1;
        for (int i = 0; i < int(page.presets().size()); ++i)
            if (page.presets()[std::size_t(i)].id == id)
                index = i;
        QVERIFY2(index >= 0, qPrintable(id));
        const lev::core::Preset& preset = page.presets()[std::size_t(index)];
        QCOMPARE(preset.mode, QStringLiteral("environments"));
        for (const QString& name : preset.presentation)
            QVERIFY2(page.environmentsPlots().plot(name), qPrintable(name));
        page.applyPreset(index);
        QVERIFY(window.state().undoStack().undoText().contains(preset.title));
        EnvironmentsSettings expected;
        QString error;
        QVERIFY2(EnvironmentsPage::presetSettings(preset, &expected, &error), qPrintable(error));
        QCOMPARE(window.state().environments(), expected);
        QTRY_VERIFY_WITH_TIMEOUT(page.controller().latestResult() &&
                                     page.controller().latestResult()->settings == expected &&
                                     page.controller().latestResult()->icpState == IcpState::Done,
                                 kTimeoutMs);
        const auto result = page.controller().latestResult();
        QCOMPARE(result->icp.modelRejected, rejected);
        if (!rejected)
            QCOMPARE(result->icp.causalFeatures, std::vector<int>{0});
        QVERIFY2(page.narrativeText().contains(icpSays), qPrintable(page.narrativeText()));
        QVERIFY2(page.narrativeText().contains(preset.title), qPrintable(page.narrativeText()));
        // In presentation mode the preset's story plots are shown.
        page.setPresentation(true);
        QCOMPARE(page.environmentsPlots().presentedNames(), preset.presentation);
        page.setPresentation(false);
    }

    void cancelLeavesNoStaleVerdict()
    {
        MainWindow window(RecomputeSettings::defaultsFor(GeneratorKind::Proxy));
        showAndSettle(window);
        EnvironmentsPage& page = environmentsPage(window);
        QCOMPARE(page.controller().latestResult()->icpState, IcpState::Done);
        auto* icp = qobject_cast<lev::ui::IcpPlot*>(page.environmentsPlots().plot("icp"));
        QVERIFY(icp && icp->pointCount() > 0);
        // New settings, cancelled at once: whatever was delivered, no ICP verdict stays on show
        // for settings other than the ones it was computed for.
        EnvironmentsSettings next = window.state().environments();
        next.n = EnvironmentsSettings::kMaxRows;
        next.seed = 77;
        window.state().editEnvironments(next);
        page.controller().cancel();
        QTRY_VERIFY_WITH_TIMEOUT(!page.controller().isBusy(), kTimeoutMs);
        QTest::qWait(50); // anything still queued would arrive now
        QVERIFY(page.controller().wasCancelled());
        const auto shown = page.controller().latestResult();
        QCOMPARE(shown->icpState, IcpState::Cancelled);
        QCOMPARE(icp->pointCount(), 0);
        QVERIFY2(icp->notice().contains("cancelled"), qPrintable(icp->notice()));
        QVERIFY2(page.narrativeText().contains("cancelled", Qt::CaseInsensitive),
                 qPrintable(page.narrativeText()));
        // The next change computes again, ICP included.
        next.seed = 78;
        next.n = 600;
        window.state().editEnvironments(next);
        QTRY_VERIFY_WITH_TIMEOUT(page.controller().latestResult()->settings == next &&
                                     page.controller().latestResult()->icpState == IcpState::Done,
                                 kTimeoutMs);
        QVERIFY(icp->pointCount() > 0);
    }

    void exportWritesTheTables()
    {
        MainWindow window(RecomputeSettings::defaultsFor(GeneratorKind::Proxy));
        showAndSettle(window);
        QTemporaryDir dir;
        QString error;
        QVERIFY2(environmentsPage(window).exportCsv(dir.path(), &error), qPrintable(error));
        for (const char* name :
             {"anchor_path.csv", "shift_risk.csv", "icp.csv", "icp_features.csv"}) {
            QFile file(QDir(dir.path()).filePath(name));
            QVERIFY2(file.open(QIODevice::ReadOnly), name);
            const QList<QByteArray> lines = file.readAll().split('\n');
            QVERIFY2(lines.size() > 2, name);
        }
        QFile path(QDir(dir.path()).filePath("anchor_path.csv"));
        QVERIFY(path.open(QIODevice::ReadOnly));
        QCOMPARE(path.readLine().trimmed(),
                 QByteArray("gamma,population_X1,population_X2,sample_X1,sample_X2"));
    }
};

QTEST_MAIN(TestEnvironmentsPage)
#include "tst_environmentspage.moc"
