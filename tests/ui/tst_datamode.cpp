// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
// Data mode in the real window, offscreen: a user's CSV is read with progress, the columns are
// chosen in the import dialog, the plots and the text pane show what the data can tell;
// bad files are reported without blocking; text columns are categorical in the import dialog and
// rows with missing values are dropped and counted only when asked; a ';' file with decimal
// commas imports; a large import can be cancelled; the Longley example opens from File ▸
// Examples; the estimator controls re-explore; nothing outlives the window.

#include "jobs/LatestJobRunner.h"
#include "modes/data/DataController.h"
#include "modes/data/DataMode.h"
#include "modes/data/DataPage.h"
#include "modes/data/DataView.h"
#include "modes/data/ImportDialog.h"
#include "modes/simulation/ControlPanel.h"
#include "shell/MainWindow.h"
#include "shell/SessionState.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QSlider>
#include <QSpinBox>
#include <QStandardItemModel>
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

/// 60 rows: an id, a quoted site, x1, x2 and y; x2 is empty in row 11 and y is NA in row 7.
QByteArray classroomCsv()
{
    QByteArray text("id,site,x1,x2,y\n");
    for (int i = 0; i < 60; ++i) {
        const double x1 = (i % 7) - 3.0;
        const double x2 = x1 * 0.5 + ((i * 13) % 5) - 2.0;
        text +=
            "p" + QByteArray::number(i).rightJustified(3, '0') + ",\"site " +
            QByteArray::number(i % 3) + "\"," + QByteArray::number(x1, 'g', 17) + "," +
            (i == 9 ? QByteArray() : QByteArray::number(x2, 'g', 17)) + "," +
            (i == 5 ? QByteArray("NA") : QByteArray::number(2 * x1 - x2 + ((i * 7) % 3), 'g', 17)) +
            "\n";
    }
    return text;
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
        QCOMPARE(window.plots().size(), 7); // with the diagnostics tab's two
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
        QTest::newRow("text target") << QByteArray("a,b\n1,2\n3,x\n") << "b"
                                     << ": column 'b' holds text, e.g. 'x' in row 3: only "
                                        "numeric columns can be features or the target";
        QTest::newRow("missing value")
            << QByteArray("a,b\n1,\n2,3\n") << "b"
            << ": column 'b' has 1 missing value (row 2, ''); tick “Drop rows with missing "
               "values” in File ▸ Import CSV… to drop incomplete rows";
        QTest::newRow("NA in a feature")
            << QByteArray("a,b\nNA,1\n2,3\n") << "b"
            << ": column 'a' has 1 missing value (row 2, 'NA'); tick “Drop rows with missing "
               "values” in File ▸ Import CSV… to drop incomplete rows";
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

    void importDialogMarksTextColumnsAndDropsMissingRows()
    {
        const QString path = m_dir.filePath("real.csv");
        QVERIFY(writeFile(path, classroomCsv()));
        MainWindow window(RecomputeSettings::defaultsFor(GeneratorKind::Proxy));
        QSignalSpy shown(&dataModeOf(window), &DataMode::explorationShown);
        window.page<DataPage>().importCsv(path);
        QTRY_VERIFY_WITH_TIMEOUT(window.findChild<ImportDialog*>() != nullptr, kTimeoutMs);
        auto* dialog = window.findChild<ImportDialog*>();
        // Every column is listed; the text columns are categorical features, unchecked at
        // first, and cannot be the target.
        auto* list = dialog->findChild<QListWidget*>("featureList");
        QCOMPARE(list->count(), 5);
        for (int i : {0, 1}) {
            QVERIFY(list->item(i)->flags() & Qt::ItemIsEnabled);
            QCOMPARE(list->item(i)->checkState(), Qt::Unchecked);
        }
        QVERIFY2(list->item(1)->toolTip().startsWith(
                     QStringLiteral("column 'site' holds text, e.g. 'site 0' in row 2: checked, "
                                    "it is a categorical feature")),
                 qPrintable(list->item(1)->toolTip()));
        auto* targets = dialog->findChild<QComboBox*>("targetCombo");
        auto* model = qobject_cast<QStandardItemModel*>(targets->model());
        QVERIFY(model && !model->item(0)->isEnabled() && model->item(4)->isEnabled());
        QCOMPARE(dialog->target(), 4);
        QCOMPARE(dialog->features(), (std::vector<int>{2, 3}));
        dialog->setFeatures({1, 2, 3}); // a text column checked is a categorical feature
        QCOMPARE(dialog->features(), (std::vector<int>{1, 2, 3}));
        QCOMPARE(dialog->factors(), (std::vector<int>{1}));
        dialog->setFeatures({2, 3});
        QCOMPARE(dialog->factors(), (std::vector<int>{}));

        // Missing values block Explore until the checkbox is ticked; the summary names it.
        auto* ok = dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
        auto* summary = dialog->findChild<QLabel*>("importSummary");
        auto* drop = dialog->findChild<QCheckBox*>("dropMissingCheck");
        QVERIFY(drop && !drop->isChecked());
        QVERIFY(!ok->isEnabled());
        QVERIFY2(summary->text().contains("column 'y' has 1 missing value (row 7, 'NA')") &&
                     summary->text().contains("Drop rows with missing values"),
                 qPrintable(summary->text()));
        QTest::mouseClick(drop, Qt::LeftButton, {}, QPoint(8, drop->height() / 2));
        QVERIFY(drop->isChecked());
        QVERIFY(ok->isEnabled());
        QVERIFY2(summary->text().contains("2 rows with missing values will be dropped"),
                 qPrintable(summary->text()));
        dialog->setFeatures({2}); // x1 alone: only y's NA row goes
        QVERIFY2(summary->text().contains("1 row with a missing value will be dropped"),
                 qPrintable(summary->text()));
        dialog->setFeatures({2, 3});
        ok->click();
        QVERIFY(shown.wait(kTimeoutMs));
        const auto exploration = dataModeOf(window).latest();
        QCOMPARE(exploration->fit.rows, 58);
        QCOMPARE(exploration->fit.features, (std::vector<std::string>{"x1", "x2"}));
        QCOMPARE(exploration->fit.target, std::string("y"));
        QVERIFY(exploration->fit.coefficients.allFinite());
        const QString headline = window.findChild<lev::ui::DataView*>()->headline();
        QVERIFY2(headline.contains("58 rows used, 2 dropped (missing values)"),
                 qPrintable(headline));
    }

    void choiceDropsMissingRowsWhenAsked()
    {
        const QString path = m_dir.filePath("choice.csv");
        QVERIFY(writeFile(path, classroomCsv()));
        MainWindow window(RecomputeSettings::defaultsFor(GeneratorKind::Proxy));
        QSignalSpy problems(&window, &MainWindow::problemReported);
        QSignalSpy shown(&dataModeOf(window), &DataMode::explorationShown);
        dataModeOf(window).importFile(path, DataMode::Choice{"y", {"x1", "x2"}, false, false});
        QVERIFY(problems.wait(kTimeoutMs));
        QVERIFY2(problems.first().first().toString().contains("Drop rows with missing values"),
                 qPrintable(problems.first().first().toString()));
        QVERIFY(!isDataMode(window));
        dataModeOf(window).importFile(path, DataMode::Choice{"y", {"x1", "x2"}, false, true});
        QVERIFY(shown.wait(kTimeoutMs));
        QVERIFY(isDataMode(window));
        QCOMPARE(dataModeOf(window).latest()->fit.rows, 58);
        // The generator's controls are hidden in data mode, not live-looking and inert.
        QVERIFY(!window.findChild<QSlider*>("collinearitySlider")->isVisibleTo(&window));
    }

    void decimalCommaFileImports()
    {
        // Semicolons between cells and decimal commas: x1 = 0,5 r, x2 = 0,25 r², y = x1 - x2 + 1.
        QByteArray text("x1;x2;y\n");
        for (int r = 0; r < 20; ++r) {
            const double x1 = 0.5 * r;
            const double x2 = 0.25 * ((r * r) % 17);
            text += QByteArray::number(x1, 'g', 17).replace('.', ',') + ';' +
                    QByteArray::number(x2, 'g', 17).replace('.', ',') + ';' +
                    QByteArray::number(x1 - x2 + 1.0, 'g', 17).replace('.', ',') + '\n';
        }
        const QString path = m_dir.filePath("european.csv");
        QVERIFY(writeFile(path, text));
        MainWindow window(RecomputeSettings::defaultsFor(GeneratorKind::Proxy));
        QSignalSpy shown(&dataModeOf(window), &DataMode::explorationShown);
        dataModeOf(window).importFile(path, DataMode::Choice{"y", {}, false});
        QVERIFY(shown.wait(kTimeoutMs));
        const auto exploration = dataModeOf(window).latest();
        QCOMPARE(exploration->fit.rows, 20);
        // An exact linear relation: least squares recovers 1, -1 to rounding.
        QVERIFY(std::abs(exploration->fit.coefficients[0] - 1.0) < 1e-12);
        QVERIFY(std::abs(exploration->fit.coefficients[1] + 1.0) < 1e-12);
        QVERIFY(std::abs(*exploration->fit.interceptValue - 1.0) < 1e-12);
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
