// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
// Data mode in the real window, offscreen: a user's CSV is read with progress, the columns are
// chosen in the import dialog, the five plots and the text pane show what the data can tell;
// bad files are reported without blocking; a large import can be cancelled; the Longley
// example opens from File ▸ Examples; the estimator controls re-explore; nothing outlives the
// window.

#include "jobs/LatestJobRunner.h"
#include "modes/data/DataController.h"
#include "modes/data/DataMode.h"
#include "modes/data/DataPage.h"
#include "modes/data/ImportDialog.h"
#include "modes/simulation/ControlPanel.h"
#include "shell/MainWindow.h"
#include "shell/SessionState.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QSlider>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using lev::core::GeneratorKind;
using lev::core::RecomputeSettings;
using lev::ui::DataController;
using lev::ui::DataMode;
using lev::ui::DataPage;
using lev::ui::ImportDialog;
using lev::ui::MainWindow;

namespace {

constexpr int kTimeoutMs = 60000;

/// y = 1 + 2 a − b + noise with three well-separated features (and c, unrelated to y).
QByteArray wellConditioned(int rows)
{
    QByteArray text = "a,b,c,y\n";
    for (int r = 0; r < rows; ++r) {
        const double a = std::sin(0.7 * r) * 2.0;
        const double b = std::cos(1.3 * r + 0.2);
        const double c = std::sin(2.9 * r + 1.0) + 0.1 * r / rows;
        const double noise = 0.3 * std::sin(17.0 * r * r + 3.0);
        text += QByteArray::number(a, 'g', 17) + ',' + QByteArray::number(b, 'g', 17) + ',' +
                QByteArray::number(c, 'g', 17) + ',' +
                QByteArray::number(1.0 + 2.0 * a - b + noise, 'g', 17) + '\n';
    }
    return text;
}

DataMode& dataModeOf(MainWindow& window)
{
    return window.page<DataPage>().dataMode();
}

bool isDataMode(MainWindow& window)
{
    return &window.currentPage() == &window.page<DataPage>();
}

bool writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

QAction* findAction(QMenuBar* bar, const QString& text)
{
    for (QAction* action : bar->findChildren<QAction*>())
        if (action->text() == text)
            return action;
    return nullptr;
}

} // namespace

class TestDataMode : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName("LeverscopeTests");
        QCoreApplication::setApplicationName("tst_datamode");
        QVERIFY(m_dir.isValid());
    }

    void importWithChosenColumnsShowsDataMode()
    {
        const QString path = m_dir.filePath("good.csv");
        QVERIFY(writeFile(path, wellConditioned(300)));
        MainWindow window(RecomputeSettings::defaultsFor(GeneratorKind::Proxy));
        QSignalSpy shown(&dataModeOf(window), &DataMode::explorationShown);
        dataModeOf(window).importFile(path, DataMode::Choice{"y", {"a", "b"}, false});
        QVERIFY(shown.wait(kTimeoutMs));
        QVERIFY(isDataMode(window));
        QCOMPARE(window.plots().size(), 5);
        const auto exploration = dataModeOf(window).latest();
        QVERIFY(exploration);
        QCOMPARE(exploration->fit.features, (std::vector<std::string>{"a", "b"}));
        QCOMPARE(exploration->fit.target, std::string("y"));
        // The data were made with weights 2 and −1.
        QVERIFY(std::abs(exploration->fit.coefficients[0] - 2.0) < 0.1);
        QVERIFY(std::abs(exploration->fit.coefficients[1] + 1.0) < 0.1);
        QVERIFY(exploration->bootstrap.has_value());
        QCOMPARE(exploration->crossValidation.size(), std::size_t(4));
        QVERIFY(window.windowTitle().contains("good.csv"));
        QVERIFY(window.narrativeText().contains("cannot tell"));
        QVERIFY(window.narrativeText().contains("cross-validated"));
        QVERIFY(!window.narrativeText().contains("nan", Qt::CaseInsensitive));
        // The dock shows data mode's own controls; the generator's do not apply to data.
        QVERIFY(!window.findChild<QSlider*>("collinearitySlider")->isVisibleTo(&window));
        QVERIFY(window.findChild<QComboBox*>("dataEstimatorCombo")->isVisibleTo(&window));
    }

    void importDialogChoosesTargetAndFeatures()
    {
        const QString path = m_dir.filePath("dialog.csv");
        QVERIFY(writeFile(path, wellConditioned(200)));
        MainWindow window(RecomputeSettings::defaultsFor(GeneratorKind::Proxy));
        QSignalSpy shown(&dataModeOf(window), &DataMode::explorationShown);
        window.page<DataPage>().importCsv(path);
        QTRY_VERIFY_WITH_TIMEOUT(window.findChild<ImportDialog*>() != nullptr, kTimeoutMs);
        auto* dialog = window.findChild<ImportDialog*>();
        QCOMPARE(dialog->target(), 3); // the last column by default
        QCOMPARE(dialog->features(), (std::vector<int>{0, 1, 2}));
        // Unchecking everything disables Explore.
        auto* ok = dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
        dialog->setFeatures({});
        QVERIFY(!ok->isEnabled());
        dialog->setFeatures({0, 2});
        QVERIFY(ok->isEnabled());
        // A new target leaves the features; the old target becomes a choice again.
        dialog->setTarget(0);
        QCOMPARE(dialog->features(), (std::vector<int>{2}));
        dialog->setTarget(3);
        dialog->setFeatures({0, 1});
        dialog->setStandardize(true);
        ok->click();
        QVERIFY(shown.wait(kTimeoutMs));
        const auto exploration = dataModeOf(window).latest();
        QCOMPARE(exploration->fit.features, (std::vector<std::string>{"a", "b"}));
        QVERIFY(exploration->settings.standardize);
    }

    void badFilesAreReportedWithoutLeavingTheSimulation_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("target");
        QTest::addColumn<QString>("message");
        QTest::newRow("text cell") << QByteArray("a,b\n1,2\n3,x\n") << "b"
                                   << ":3:2: column 'b': 'x' is not a finite number";
        QTest::newRow("missing value") << QByteArray("a,b\n1,\n") << "b"
                                       << ":2:2: column 'b': missing value";
        QTest::newRow("ragged row") << QByteArray("a,b\n1,2,3\n") << "b"
                                    << ":2: expected 2 fields as in the header, found 3";
        QTest::newRow("empty") << QByteArray() << "b"
                               << ": the file is empty";
        QTest::newRow("no such target") << QByteArray("a,b\n1,2\n3,4\n") << "z"
                                        << ": no column named 'z'";
        QTest::newRow("target only") << QByteArray("a\n1\n2\n") << "a"
                                     << ": no feature columns besides the target 'a'";
    }

    void badFilesAreReportedWithoutLeavingTheSimulation()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, target);
        QFETCH(QString, message);
        const QString path = m_dir.filePath(QStringLiteral("bad-%1.csv").arg(m_badCount++));
        QVERIFY(writeFile(path, content));
        MainWindow window(RecomputeSettings::defaultsFor(GeneratorKind::Proxy));
        QSignalSpy problems(&window, &MainWindow::problemReported);
        dataModeOf(window).importFile(path, DataMode::Choice{target, {}, false});
        QVERIFY(problems.wait(kTimeoutMs));
        const QString reported = problems.first().first().toString();
        QVERIFY2(reported.endsWith(message), qPrintable(reported));
        QVERIFY2(reported.contains(QFileInfo(path).fileName()), qPrintable(reported));
        QVERIFY(!reported.contains('\n'));
        QVERIFY(!isDataMode(window));
        QCOMPARE(window.plots().size(), 8);
    }

    void missingFileIsReported()
    {
        MainWindow window(RecomputeSettings::defaultsFor(GeneratorKind::Proxy));
        QSignalSpy problems(&window, &MainWindow::problemReported);
        window.page<DataPage>().importCsv(m_dir.filePath("nowhere.csv"));
        QVERIFY(problems.wait(kTimeoutMs));
        QVERIFY(problems.first().first().toString().contains("nowhere.csv: cannot open"));
        QVERIFY(!isDataMode(window));
    }

    void largeImportCanBeCancelled()
    {
        // 60 000 rows of 40 columns (about 25 MB): long enough to cancel in the middle.
        const QString path = m_dir.filePath("large.csv");
        {
            QByteArray text;
            for (int c = 0; c < 40; ++c)
                text += (c ? ",x" : "x") + QByteArray::number(c);
            text += '\n';
            QByteArray row;
            for (int c = 0; c < 40; ++c)
                row += (c ? "," : "") + QByteArray::number(0.123456789 * (c + 1), 'g', 12);
            row += '\n';
            for (int r = 0; r < 60000; ++r)
                text += row;
            QVERIFY(writeFile(path, text));
        }
        MainWindow window(RecomputeSettings::defaultsFor(GeneratorKind::Proxy));
        DataController& controller = dataModeOf(window).controller();
        QSignalSpy progress(&controller, &DataController::progress);
        QSignalSpy cancelled(&controller, &DataController::cancelled);
        QSignalSpy loaded(&controller, &DataController::loaded);
        window.page<DataPage>().importCsv(path);
        QVERIFY(progress.wait(kTimeoutMs));
        controller.cancel();
        QVERIFY(cancelled.wait(kTimeoutMs));
        QCOMPARE(loaded.count(), 0);
        QVERIFY(!isDataMode(window));
        QVERIFY(window.findChild<ImportDialog*>() == nullptr);
        QTRY_COMPARE_WITH_TIMEOUT(lev::ui::LatestJobRunner::runningJobs(), 0, kTimeoutMs);
    }

    void longleyOpensFromTheExamplesMenu()
    {
        MainWindow window(RecomputeSettings::defaultsFor(GeneratorKind::Proxy));
        QSignalSpy shown(&dataModeOf(window), &DataMode::explorationShown);
        QAction* longley = nullptr;
        for (QAction* action : window.menuBar()->findChildren<QAction*>())
            if (action->text().startsWith("Longley"))
                longley = action;
        QVERIFY(longley);
        longley->trigger();
        QVERIFY(shown.wait(kTimeoutMs));
        const auto exploration = dataModeOf(window).latest();
        QCOMPARE(exploration->fit.rows, 16);
        QCOMPARE(exploration->fit.target, std::string("TOTEMP"));
        QCOMPARE(exploration->fit.features.size(), std::size_t(6));
        QVERIFY(window.narrativeText().contains("breaking least-squares programs"));
        // Longley's condition is famous; the pane says so.
        QVERIFY(window.narrativeText().contains("condition number"));
        QVERIFY(window.windowTitle().contains("longley.csv"));

        // The estimator control re-explores the same data.
        QSignalSpy again(&dataModeOf(window), &DataMode::explorationShown);
        const RecomputeSettings simulation = window.state().simulation();
        auto* estimator = window.findChild<QComboBox*>("dataEstimatorCombo");
        estimator->setCurrentIndex(estimator->findData(int(lev::core::EstimatorKind::Ridge)));
        QVERIFY(again.wait(kTimeoutMs));
        QCOMPARE(dataModeOf(window).latest()->settings.estimator.kind,
                 lev::core::EstimatorKind::Ridge);
        QCOMPARE(window.state().data().estimator.kind, lev::core::EstimatorKind::Ridge);
        // Data mode's own value: the bootstrap resamples are not the simulation's replications.
        auto* resamples = window.findChild<QSpinBox*>("bootstrapSpin");
        QVERIFY(resamples);
        QSignalSpy third(&dataModeOf(window), &DataMode::explorationShown);
        resamples->setValue(120);
        QVERIFY(third.wait(kTimeoutMs));
        QCOMPARE(dataModeOf(window).latest()->bootstrap->replications, 120);
        QCOMPARE(window.state().data().bootstrapResamples, 120);
        QVERIFY(window.state().simulation() == simulation); // untouched by data mode
        // One undo step per control: undoing the resamples re-explores with 200.
        QSignalSpy fourth(&dataModeOf(window), &DataMode::explorationShown);
        window.state().undoStack().undo();
        QVERIFY(fourth.wait(kTimeoutMs));
        QCOMPARE(dataModeOf(window).latest()->bootstrap->replications, 200);
        QCOMPARE(resamples->value(), 200);

        // And back: the simulation's plots and controls return and compute again.
        QAction* back = findAction(window.menuBar(), "&Back to the Simulation");
        QVERIFY(back && back->isEnabled());
        back->trigger();
        QVERIFY(!isDataMode(window));
        QCOMPARE(window.plots().size(), 8);
        QVERIFY(window.findChild<QSlider*>("collinearitySlider")->isVisibleTo(&window));
        QVERIFY(!back->isEnabled());
    }

    void closingWhileExploringLeavesNothingRunning()
    {
        {
            MainWindow window(RecomputeSettings::defaultsFor(GeneratorKind::Proxy));
            QSignalSpy busy(&dataModeOf(window).controller(), &DataController::busyChanged);
            dataModeOf(window).openExample(lev::core::DataExample::all().front());
            QVERIFY(busy.count() > 0 || busy.wait(kTimeoutMs));
        }
        QCOMPARE(lev::ui::LatestJobRunner::runningJobs(), 0);
    }

private:
    QTemporaryDir m_dir;
    int m_badCount = 0;
};

QTEST_MAIN(TestDataMode)
#include "tst_datamode.moc"
