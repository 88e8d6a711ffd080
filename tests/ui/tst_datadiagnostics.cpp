// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
// Data mode's diagnostics in the real page, offscreen: the Belsley table shows Longley's
// condition indices (NumPy's) and proportions (the core's) and names the near-dependencies; the
// sensitivity panel on the Darfur survey shows the core's partial R², RV and the bounds (without
// `village`) from `female`; the contour's bold line passes through every sign change of the core's
// grid; two ties to one eigenvalue share a ring; the tie list wraps at 1280, 1600 and 1920 wide;
// a benchmark too strong keeps the contours and says which multiples it cannot mark; the settings
// survive a session file and undo; HC3 replaces the shown standard errors with statsmodels'.

#include "diagnostics/BelsleyDiagnostics.h"
#include "diagnostics/DependencySpectrumTie.h"
#include "io/CsvReader.h"
#include "io/CsvTextCells.h"
#include "io/FactorDesign.h"
#include "io/SessionFile.h"
#include "modes/data/BelsleyTable.h"
#include "modes/data/DataControls.h"
#include "modes/data/DataMode.h"
#include "modes/data/DataPage.h"
#include "modes/data/DataSpectrumPlot.h"
#include "modes/data/DataView.h"
#include "modes/data/SensitivityContourPlot.h"
#include "shell/MainWindow.h"
#include "shell/SessionState.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <qcustomplot.h>

#include <cmath>
#include <map>

using lev::core::DataDiagnosticsSettings;
using lev::core::GeneratorKind;
using lev::core::RecomputeSettings;
using lev::ui::DataDiagnosticsController;
using lev::ui::DataMode;
using lev::ui::DataPage;
using lev::ui::DataSettings;
using lev::ui::MainWindow;
using lev::ui::SessionState;

namespace {

constexpr int kTimeoutMs = 60000;

QString testData(const char* name)
{
    return QStringLiteral(LEVERSCOPE_TEST_DATA "/") + QLatin1String(name);
}

/// NumPy's condition indices of Longley's scaled design with intercept (numpy.linalg.svd of
/// [1, X] with unit-length columns: d_max / d_k), as in tst_belsley.
const double kLongleyIndices[] = {1.0,        9.14172052, 12.2557350, 25.3366071,
                                  230.423946, 1048.08030, 43275.0436};

/// The number a table cell shows.
double cellValue(const QTableWidget* table, int row, int column)
{
    const QTableWidgetItem* item = table->item(row, column);
    return item ? item->text().toDouble() : std::nan("");
}

/// The Darfur design of Cinelli & Hazlett without the 486-level `village` (with its 485
/// indicators the page's exploration takes minutes under a loaded test run; tst_sensitivity
/// reproduces the published table with it), as a numeric CSV; false and `error` if it fails.
bool writeDarfurDesign(const QString& path, QString* error)
{
    const std::string source = LEVERSCOPE_TEST_DATA "/darfur.csv";
    lev::core::CsvReader reader;
    reader.setKeepNonNumeric(true);
    if (!reader.readFile(source)) {
        *error = QString::fromStdString(reader.errorString());
        return false;
    }
    const auto& table = reader.table();
    std::vector<int> chosen;
    for (const char* name : {"directlyharmed", "age", "farmer_dar", "herder_dar", "pastvoted",
                             "hhsize_darfur", "female", "peacefactor"})
        chosen.push_back(table.columnIndex(name));
    lev::core::FactorDesign design;
    if (!design.build(table, chosen, {}, {}, {}, false)) {
        *error = QStringLiteral("cannot build the Darfur design");
        return false;
    }
    const auto& values = design.table().values;
    QByteArray text;
    for (std::size_t j = 0; j < design.table().columns.size(); ++j) {
        // Level names are free text; the columns are renamed v1, v2, … after the first seven.
        const std::string& name = design.table().columns[j];
        text += (j > 0 ? "," : "") + (j < 7 || j + 1 == design.table().columns.size()
                                          ? QByteArray::fromStdString(name)
                                          : "v" + QByteArray::number(qulonglong(j)));
    }
    text += '\n';
    for (Eigen::Index r = 0; r < values.rows(); ++r) {
        for (Eigen::Index j = 0; j < values.cols(); ++j)
            text += (j > 0 ? "," : "") + QByteArray::number(values(r, j), 'g', 17);
        text += '\n';
    }
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(text) != text.size()) {
        *error = path + QStringLiteral(": cannot write");
        return false;
    }
    return true;
}

/// The `number` in "1× female (0.0752)".
double labelNumber(const QString& label)
{
    const int open = label.lastIndexOf(QLatin1Char('('));
    const int close = label.lastIndexOf(QLatin1Char(')'));
    return open >= 0 && close > open ? label.mid(open + 1, close - open - 1).toDouble()
                                     : std::nan("");
}

/// The analytic intervals' half widths drawn in the weights plot (error bars at 1.96 SE).
QList<double> shownHalfWidths(QCustomPlot* plot)
{
    QList<double> widths;
    for (int i = 0; i < plot->plottableCount(); ++i) {
        auto* bars = qobject_cast<QCPErrorBars*>(plot->plottable(i));
        if (!bars || !bars->name().startsWith(QLatin1String("analytic")))
            continue;
        for (int k = 0; k < bars->dataCount(); ++k)
            widths << bars->data()->at(k).errorPlus;
    }
    return widths;
}

/// Longley's six features and their names, read by the core's CSV reader apart from the page.
struct LongleyFeatures
{
    bool read = false;
    Eigen::MatrixXd x;
    std::vector<std::string> names;
};

LongleyFeatures longleyFeatures()
{
    LongleyFeatures longley;
    lev::core::CsvReader reader;
    longley.read = reader.readFile(LEVERSCOPE_TEST_DATA "/longley.csv");
    if (!longley.read)
        return longley;
    const auto& csv = reader.table();
    longley.x = csv.values.leftCols(6);
    longley.names.assign(csv.columns.begin(), csv.columns.begin() + 6);
    return longley;
}

} // namespace

class TestDataDiagnostics : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void longleyTableEqualsTheCore();
    void nearDependencyLineNamesTheColumns();
    void ringsTieTheDependenciesToTheSpectrum();
    void tiesToOneEigenvalueShareARing();
    void tieListWrapsAtTheWindowsWidth_data();
    void tieListWrapsAtTheWindowsWidth();
    void tooStrongBenchmarkKeepsTheContours();
    void darfurSensitivityPanel();
    void zeroContourFollowsTheGridsSignChange();
    void settingsRoundTripASession();
    void hc3TogglesTheShownStandardErrors();
    void cleanupTestCase() { m_window.reset(); }

private:
    /// Opens `file` in a fresh page with `target` and waits for its exploration and diagnostics.
    void open(const QString& file, const QString& target);
    /// Edits the state's diagnostics and waits for the diagnostics they ask for.
    void editDiagnostics(const DataDiagnosticsSettings& settings);

    std::unique_ptr<MainWindow> m_window;
    SessionState* m_state = nullptr;
    DataPage* m_page = nullptr;
    QTemporaryDir m_dir;
};

void TestDataDiagnostics::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName("LeverscopeTests");
    QCoreApplication::setApplicationName("tst_datadiagnostics");
    QVERIFY(m_dir.isValid());
}

void TestDataDiagnostics::open(const QString& file, const QString& target)
{
    m_window.reset();
    m_window = std::make_unique<MainWindow>(RecomputeSettings::defaultsFor(GeneratorKind::Proxy));
    m_state = &m_window->state();
    m_page = &m_window->page<DataPage>();
    DataSettings data = m_state->data();
    data.bootstrapResamples = 0; // the exploration is not what is tested here
    m_state->editData(data);
    QSignalSpy diagnosed(&m_page->diagnostics(), &DataDiagnosticsController::diagnosed);
    QSignalSpy explored(&m_page->dataMode(), &DataMode::explorationShown);
    QSignalSpy problems(m_page, &DataPage::problemReported);
    m_page->dataMode().importFile(file, DataMode::Choice{target, {}, false, false});
    // Both runners' results: the spectrum's rings need the exploration's eigenvalues and the
    // diagnostics' ties, which arrive in either order.
    QTRY_VERIFY_WITH_TIMEOUT((!diagnosed.isEmpty() && !explored.isEmpty()) || !problems.isEmpty(),
                             kTimeoutMs);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.value(0).value(0).toString()));
}

void TestDataDiagnostics::editDiagnostics(const DataDiagnosticsSettings& settings)
{
    QSignalSpy diagnosed(&m_page->diagnostics(), &DataDiagnosticsController::diagnosed);
    DataSettings data = m_state->data();
    data.diagnostics = settings;
    m_state->editData(data);
    QTRY_VERIFY_WITH_TIMEOUT(!diagnosed.isEmpty(), kTimeoutMs);
}

void TestDataDiagnostics::longleyTableEqualsTheCore()
{
    open(testData("longley.csv"), QStringLiteral("TOTEMP"));
    const QTableWidget* table = m_page->view().belsleyTable()->table();

    // The core's report of the same columns, read independently of the page.
    const LongleyFeatures longley = longleyFeatures();
    QVERIFY(longley.read);
    const Eigen::MatrixXd& x = longley.x;
    const std::vector<std::string>& names = longley.names;
    const lev::core::BelsleyReport report = lev::core::BelsleyDiagnostics::of(x, names);

    QCOMPARE(table->rowCount(), 7);
    QCOMPARE(table->columnCount(), 2 + 7); // d_k, η_k, (intercept) and six columns
    QCOMPARE(table->horizontalHeaderItem(2)->text(), QStringLiteral("(intercept)"));
    for (int j = 0; j < 6; ++j)
        QCOMPARE(table->horizontalHeaderItem(3 + j)->text(), QString::fromStdString(names[j]));
    for (int k = 0; k < 7; ++k) {
        // Shown to 3 significant digits (whole numbers from 1000): NumPy's indices.
        const double shown = cellValue(table, k, 1);
        const double tolerance = kLongleyIndices[k] >= 1000 ? 0.5 : 5e-3 * kLongleyIndices[k];
        QVERIFY2(std::abs(shown - kLongleyIndices[k]) <= tolerance,
                 qPrintable(
                     QStringLiteral("row %1: %2 vs %3").arg(k).arg(shown).arg(kLongleyIndices[k])));
        for (int j = 0; j < 7; ++j) {
            const double expected = report.proportions(j, k);
            const double cell = cellValue(table, k, 2 + j);
            QVERIFY2(std::abs(cell - expected) <= 5e-3 * std::abs(expected) + 1e-300,
                     qPrintable(QStringLiteral("π(%1, %2): %3 vs %4")
                                    .arg(j)
                                    .arg(k)
                                    .arg(cell)
                                    .arg(expected, 0, 'g', 6)));
        }
    }
}

void TestDataDiagnostics::nearDependencyLineNamesTheColumns()
{
    open(testData("longley.csv"), QStringLiteral("TOTEMP"));
    const lev::ui::BelsleyTable* belsley = m_page->view().belsleyTable();
    const QString line = belsley->dependencyText();
    const QTableWidget* table = belsley->table();

    // The usual reading applied here to the core's proportions (which match NumPy's, see
    // tst_belsley): an index above 30 with two or more proportions above 0.5.
    lev::core::CsvReader reader;
    QVERIFY(reader.readFile(LEVERSCOPE_TEST_DATA "/longley.csv"));
    const auto& csv = reader.table();
    const std::vector<std::string> names(csv.columns.begin(), csv.columns.begin() + 6);
    const lev::core::BelsleyReport report =
        lev::core::BelsleyDiagnostics::of(csv.values.leftCols(6), names);
    int dependencies = 0;
    QStringList groups;
    for (int k = 0; k < 7; ++k) {
        QStringList involved;
        for (int j = 0; j < 7; ++j)
            if (report.proportions(j, k) > 0.5)
                involved << QString::fromStdString(report.columns[std::size_t(j)]);
        const bool dependency = report.conditionIndices(k) > 30.0 && involved.size() >= 2;
        QCOMPARE(table->item(k, 1)->font().bold(), dependency);
        for (int j = 0; j < 7; ++j)
            QCOMPARE(table->item(k, 2 + j)->font().bold(),
                     dependency && report.proportions(j, k) > 0.5);
        if (!dependency)
            continue;
        ++dependencies;
        groups << involved.join(", ");
        const QString expected = QStringLiteral("Near-dependency (η = %1): %2 —")
                                     .arg(table->item(k, 1)->text(), involved.join(", "));
        QVERIFY2(line.contains(expected), qPrintable(line + " lacks " + expected));
    }
    QCOMPARE(line.count(QStringLiteral("Near-dependency")), dependencies);
    // NumPy: the largest index (43 275) carries 0.9999 of the intercept's variance and 0.9998
    // of YEAR's: the constant and the calendar year are among its columns.
    QVERIFY2(line.contains(QRegularExpression("η = 43275\\): \\(intercept\\), .*YEAR —")),
             qPrintable(line));

    // The narrative names it too.
    QTRY_VERIFY2_WITH_TIMEOUT(
        m_page->narrativeText().contains(
            QStringLiteral("The Belsley table finds %1 near-dependencies").arg(dependencies)),
        qPrintable(m_page->narrativeText()), kTimeoutMs);
    for (const QString& group : groups)
        QVERIFY2(m_page->narrativeText().contains(group), qPrintable(group));

    // Centred, the intercept leaves the design and the caption says so.
    DataDiagnosticsSettings centred;
    centred.belsley = lev::core::BelsleyVariant::Centred;
    editDiagnostics(centred);
    QCOMPARE(table->columnCount(), 2 + 6);
    QVERIFY(!belsley->dependencyText().contains(QStringLiteral("(intercept)")));
}

void TestDataDiagnostics::ringsTieTheDependenciesToTheSpectrum()
{
    // Centred, the scaled design's XᵀX is R itself: each near-dependency's component k is R's
    // eigenvalue k (d_k² = λ_k), with eigenvectors that agree (cos 1).
    open(testData("longley.csv"), QStringLiteral("TOTEMP"));
    DataDiagnosticsSettings centred;
    centred.belsley = lev::core::BelsleyVariant::Centred;
    editDiagnostics(centred);
    const QTableWidget* table = m_page->view().belsleyTable()->table();
    QList<int> marked;
    for (int k = 0; k < table->rowCount(); ++k)
        if (table->item(k, 1)->font().bold())
            marked << k + 1;
    QVERIFY(!marked.isEmpty());
    for (lev::ui::DataSpectrumPlot* plot :
         {m_page->view().spectrumPlot(), m_page->view().dependencyPlot()}) {
        QCOMPARE(plot->ringedIndices(), marked);
    }
    // The full list, beside the table, gives the cosines.
    const QString list = m_page->view().dependencyPlot()->tieText();
    QVERIFY2(list.contains(QStringLiteral("cos 1.00")), qPrintable(list));
}

void TestDataDiagnostics::tiesToOneEigenvalueShareARing()
{
    // Uncentred (Belsley's default), the core ties each of Longley's near-dependencies to the
    // eigenvalue of R with the closest direction; ties to the same λ share one ring.
    open(testData("longley.csv"), QStringLiteral("TOTEMP"));
    const LongleyFeatures longley = longleyFeatures();
    QVERIFY(longley.read);
    const Eigen::MatrixXd& x = longley.x;
    const std::vector<std::string>& names = longley.names;
    const lev::core::BelsleyReport report = lev::core::BelsleyDiagnostics::of(x, names);
    const std::vector<lev::core::SpectrumTie> ties =
        lev::core::DependencySpectrumTie::of(x, report, lev::core::BelsleySettings());
    std::map<int, QStringList> numbers; // eigenvalue index i (from 1) → the ties' numbers
    int number = 0;
    for (const lev::core::SpectrumTie& tie : ties)
        if (tie.eigenvalue >= 0)
            numbers[tie.eigenvalue + 1] << QString::number(++number);
    // Longley: the two near-dependencies both tie to λ6, the smallest.
    QCOMPARE(number, 2);
    QCOMPARE(int(numbers.size()), 1);
    QCOMPARE(numbers.begin()->first, 6);

    for (lev::ui::DataSpectrumPlot* plot :
         {m_page->view().spectrumPlot(), m_page->view().dependencyPlot()}) {
        QList<int> indices;
        QStringList labels;
        for (const auto& [index, tied] : numbers) {
            indices << index;
            labels << tied.join(QStringLiteral(", "));
        }
        QCOMPARE(plot->ringedIndices(), indices);
        QCOMPARE(plot->ringLabels(), labels); // one ring numbered "1, 2"
    }
    // Beside the table, the list says so.
    const QString list = m_page->view().dependencyPlot()->tieText();
    QVERIFY2(list.contains(QStringLiteral("1 and 2 tie to the same λ6: one ring, numbered “1, 2”")),
             qPrintable(list));
}

void TestDataDiagnostics::tieListWrapsAtTheWindowsWidth_data()
{
    QTest::addColumn<QSize>("size");
    QTest::newRow("1280x800") << QSize(1280, 800);
    QTest::newRow("1600x1000") << QSize(1600, 1000);
    QTest::newRow("1920x1080") << QSize(1920, 1080);
}

void TestDataDiagnostics::tieListWrapsAtTheWindowsWidth()
{
    QFETCH(QSize, size);
    if (!m_window || m_page->view().dependencyPlot()->tieText().isEmpty())
        open(testData("longley.csv"), QStringLiteral("TOTEMP"));
    m_window->resize(size);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    for (int tab : {0, 1}) {
        m_page->view().tabs()->setCurrentIndex(tab);
        lev::ui::DataSpectrumPlot* plot =
            tab == 0 ? m_page->view().spectrumPlot() : m_page->view().dependencyPlot();
        QTRY_VERIFY(plot->isVisible() && plot->width() > 100);
        plot->replot(QCustomPlot::rpImmediateRefresh);
        QCPTextElement* list = nullptr;
        for (QCPLayoutElement* element : plot->plotLayout()->elements(true))
            if (auto* text = qobject_cast<QCPTextElement*>(element);
                text && text->objectName() == QLatin1String("tieList"))
                list = text;
        QVERIFY(list);
        const QString at = QStringLiteral("%1 px wide, tab %2").arg(plot->width()).arg(tab);
        // Inside the plot, and tall enough for its text broken into lines of its own width.
        QVERIFY2(list->outerRect().left() >= 0 && list->outerRect().right() <= plot->width(),
                 qPrintable(at));
        QVERIFY2(list->textFlags() & Qt::TextWordWrap, qPrintable(at));
        const QRect needed = QFontMetrics(list->font())
                                 .boundingRect(QRect(0, 0, list->rect().width(), 0),
                                               list->textFlags(), list->text());
        QVERIFY2(needed.width() <= list->rect().width() && needed.height() <= list->rect().height(),
                 qPrintable(at + QStringLiteral(": needs %1x%2 in %3x%4")
                                     .arg(needed.width())
                                     .arg(needed.height())
                                     .arg(list->rect().width())
                                     .arg(list->rect().height())));
    }
    m_window->hide();
}

void TestDataDiagnostics::tooStrongBenchmarkKeepsTheContours()
{
    // ARMED explains 38 % of UNEMP given the others and 72 % of TOTEMP: 2 and 3 times as strong
    // would need R²_D ≥ 1, and once as strong R²_Y above 1 (set to 1).
    open(testData("longley.csv"), QStringLiteral("TOTEMP"));
    DataDiagnosticsSettings settings;
    settings.sensitivity.treatment = "UNEMP";
    settings.sensitivity.benchmark = "ARMED";
    settings.sensitivity.kd = {1.0, 2.0, 3.0};
    editDiagnostics(settings);
    lev::ui::SensitivityContourPlot* contour = m_page->view().contourPlot();

    lev::core::CsvReader reader;
    QVERIFY(reader.readFile(LEVERSCOPE_TEST_DATA "/longley.csv"));
    const auto& csv = reader.table();
    const std::vector<std::string> names(csv.columns.begin(), csv.columns.begin() + 6);
    const lev::core::SensitivityReport report = lev::core::ConfounderSensitivity::analyse(
        csv.values.leftCols(6), csv.values.col(6), names, true, settings.sensitivity);
    QVERIFY(report.ok && report.impossibleBound);
    QCOMPARE(report.impossibleBounds.size(), std::size_t(2));
    QCOMPARE(report.bounds.size(), std::size_t(1));

    // The contours are drawn, the zero line among them.
    QVERIFY(!contour->thresholdLine().empty());
    QVERIFY(contour->plottableCount() > 3);
    // 1 × ARMED is marked where the core puts it, at R²_Y = 1, inside the axis range.
    const QList<QPointF> points = contour->benchmarkPoints();
    QCOMPARE(points.size(), 1);
    QCOMPARE(points[0], QPointF(report.bounds[0].r2dzX, 1.0));
    QVERIFY(contour->xAxis->range().contains(points[0].x()));
    QVERIFY(contour->yAxis->range().upper > 1.0);
    QVERIFY2(contour->benchmarkLabels().value(0).startsWith(QStringLiteral("1× ARMED (")),
             qPrintable(contour->benchmarkLabels().value(0)));
    // The note under the plot says which multiples are not marked and why, in words.
    const QString notice = contour->boundNote();
    QVERIFY2(notice.contains(QStringLiteral("2× and 3× ARMED cannot be marked")),
             qPrintable(notice));
    QVERIFY2(notice.contains(QStringLiteral("more than all of the residual variance of TOTEMP")),
             qPrintable(notice));
    QVERIFY2(!notice.contains(QStringLiteral("--")), qPrintable(notice));

    // As t-values: the capped bound has none.
    m_page->view().tValueToggle()->setChecked(true);
    QVERIFY(!contour->thresholdLine().empty());
    QVERIFY2(contour->benchmarkLabels().value(0).contains(QStringLiteral("t undefined")),
             qPrintable(contour->benchmarkLabels().value(0)));
    m_page->view().tValueToggle()->setChecked(false);
}

void TestDataDiagnostics::darfurSensitivityPanel()
{
    const QString path = m_dir.filePath(QStringLiteral("darfur-design.csv"));
    QString error;
    QVERIFY2(writeDarfurDesign(path, &error), qPrintable(error));
    open(path, QStringLiteral("peacefactor"));
    DataDiagnosticsSettings settings;
    settings.sensitivity.treatment = "directlyharmed";
    settings.sensitivity.benchmark = "female";
    settings.sensitivity.kd = {1.0, 2.0, 3.0};
    editDiagnostics(settings);
    QCOMPARE(m_page->view().tabs()->currentIndex(), 1); // choosing D shows its tab

    // The core's analysis of the same design, computed here.
    lev::core::CsvReader reader;
    QVERIFY(reader.readFile(path.toStdString()));
    const auto& csv = reader.table();
    const Eigen::Index p = csv.values.cols() - 1;
    const std::vector<std::string> names(csv.columns.begin(), csv.columns.begin() + p);
    const lev::core::SensitivityReport r = lev::core::ConfounderSensitivity::analyse(
        csv.values.leftCols(p), csv.values.col(p), names, true, settings.sensitivity);
    QVERIFY(r.ok);
    auto percent = [](double fraction) {
        return QString::number(100.0 * fraction, 'g', 3) + QStringLiteral(" %");
    };
    const QString text = m_page->view().sensitivityText();
    QVERIFY2(text.contains(QStringLiteral("explains %1 of the residual variance of peacefactor")
                               .arg(percent(r.partialR2))),
             qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("a confounder explaining %1 of the residual variance of "
                                          "both directlyharmed and peacefactor would explain the "
                                          "weight away")
                               .arg(percent(r.robustnessValue))),
             qPrintable(text));
    const int at = text.indexOf(QStringLiteral("α = 0.05: "));
    QVERIFY2(at >= 0, qPrintable(text));
    const double shownAlpha = text.mid(at + 10).section(QLatin1Char(' '), 0, 0).toDouble();
    QVERIFY2(std::abs(shownAlpha - 100.0 * r.robustnessValueAlpha) <=
                 5e-3 * 100.0 * r.robustnessValueAlpha,
             qPrintable(text));
    QTRY_VERIFY_WITH_TIMEOUT(m_page->narrativeText().contains(percent(r.robustnessValue)),
                             kTimeoutMs);

    // The benchmark points at the core's bounds, labelled with the adjusted estimates.
    const lev::ui::SensitivityContourPlot* contour = m_page->view().contourPlot();
    const QList<QPointF> points = contour->benchmarkPoints();
    const QStringList labels = contour->benchmarkLabels();
    QCOMPARE(points.size(), 3);
    QCOMPARE(labels.size(), 3);
    for (int k = 0; k < 3; ++k) {
        const lev::core::SensitivityBound& b = r.bounds[std::size_t(k)];
        QVERIFY2(std::abs(points[k].x() - b.r2dzX) < 1e-12, qPrintable(QString::number(k)));
        QVERIFY2(std::abs(points[k].y() - b.r2yzDx) < 1e-12, qPrintable(QString::number(k)));
        QVERIFY2(labels[k].startsWith(QStringLiteral("%1× female").arg(k + 1)),
                 qPrintable(labels[k]));
        QVERIFY2(std::abs(labelNumber(labels[k]) - b.adjustedEstimate) <=
                     5e-3 * std::abs(b.adjustedEstimate),
                 qPrintable(labels[k]));
    }
}

void TestDataDiagnostics::zeroContourFollowsTheGridsSignChange()
{
    open(testData("longley.csv"), QStringLiteral("TOTEMP"));
    DataDiagnosticsSettings settings;
    settings.sensitivity.treatment = "UNEMP";
    settings.sensitivity.benchmark = "ARMED";
    settings.sensitivity.kd = {1.0};
    editDiagnostics(settings);
    lev::ui::SensitivityContourPlot* contour = m_page->view().contourPlot();

    QSignalSpy diagnosed(&m_page->diagnostics(), &DataDiagnosticsController::diagnosed);
    // The grids of the report the page shows, recomputed by the core independently.
    lev::core::CsvReader reader;
    QVERIFY(reader.readFile(LEVERSCOPE_TEST_DATA "/longley.csv"));
    const auto& csv = reader.table();
    const std::vector<std::string> names(csv.columns.begin(), csv.columns.begin() + 6);
    const lev::core::SensitivityReport report = lev::core::ConfounderSensitivity::analyse(
        csv.values.leftCols(6), csv.values.col(6), names, true, settings.sensitivity);
    QVERIFY(report.ok);

    for (bool t : {false, true}) {
        m_page->view().tValueToggle()->setChecked(t);
        QCOMPARE(contour->showsT(), t);
        const Eigen::MatrixXd& grid = t ? report.gridT : report.gridEstimate;
        const double level = t ? std::copysign(report.criticalT, report.t) : 0.0;
        const Eigen::VectorXd& axis = report.gridAxis;
        // Every point of the bold line lies on a grid edge, where the grid (linear along the
        // edge) is at the level; every edge whose ends straddle the level holds a point.
        QList<QPointF> points;
        for (const QPolygonF& line : contour->thresholdLine())
            points.append(QList<QPointF>(line.begin(), line.end()));
        int crossings = 0;
        const double eps = 1e-9 * axis[axis.size() - 1];
        for (int i = 0; i < axis.size(); ++i)
            for (int j = 0; j < axis.size(); ++j)
                for (int direction = 0; direction < 2; ++direction) {
                    const int i1 = i + (direction == 0 ? 1 : 0);
                    const int j1 = j + (direction == 1 ? 1 : 0);
                    if (i1 >= axis.size() || j1 >= axis.size())
                        continue;
                    const double a = grid(i, j) - level;
                    const double b = grid(i1, j1) - level;
                    if ((a >= 0) == (b >= 0))
                        continue;
                    ++crossings;
                    const double s = a / (a - b);
                    const QPointF expected(axis[i] + s * (axis[i1] - axis[i]),
                                           axis[j] + s * (axis[j1] - axis[j]));
                    const bool found = std::any_of(points.begin(), points.end(), [&](QPointF p) {
                        return std::abs(p.x() - expected.x()) < eps &&
                               std::abs(p.y() - expected.y()) < eps;
                    });
                    QVERIFY2(found, qPrintable(QStringLiteral("edge (%1, %2)-(%3, %4), t %5")
                                                   .arg(i)
                                                   .arg(j)
                                                   .arg(i1)
                                                   .arg(j1)
                                                   .arg(t)));
                }
        QVERIFY2(crossings > 0, "the level must cross the grid for this test to mean anything");
        // And nothing else (a closed line repeats its first point).
        QList<QPointF> distinct;
        for (const QPointF& p : points)
            if (std::none_of(distinct.begin(), distinct.end(), [&](QPointF q) {
                    return std::abs(p.x() - q.x()) < eps && std::abs(p.y() - q.y()) < eps;
                }))
                distinct << p;
        QCOMPARE(distinct.size(), crossings);
    }
    QVERIFY(diagnosed.isEmpty()); // the toggle redraws; it computes nothing
}

void TestDataDiagnostics::settingsRoundTripASession()
{
    open(testData("longley.csv"), QStringLiteral("TOTEMP"));
    const DataSettings before = m_state->data();
    DataDiagnosticsSettings settings;
    settings.belsley = lev::core::BelsleyVariant::Centred;
    settings.standardErrors = lev::core::StandardErrorKind::Hc3;
    settings.sensitivity.treatment = "UNEMP";
    settings.sensitivity.q = 0.5;
    settings.sensitivity.alpha = 0.1;
    settings.sensitivity.benchmark = "ARMED";
    settings.sensitivity.kd = {0.5, 1.5};
    editDiagnostics(settings);

    // The controls show it.
    auto* treatment = m_page->sidePanel()->findChild<QComboBox*>("sensitivityTreatmentCombo");
    QVERIFY(treatment);
    QCOMPARE(treatment->currentData().toString(), QStringLiteral("UNEMP"));

    // A session file keeps it; one without "data" (an older file) opens with the defaults.
    lev::core::SessionFile::ModeSettings modes;
    modes.dataDiagnostics = m_state->data().diagnostics;
    const QByteArray text = lev::core::SessionFile::serialize(RecomputeSettings(), modes);
    RecomputeSettings read;
    lev::core::SessionFile::ModeSettings readModes;
    QString error;
    QVERIFY2(lev::core::SessionFile::parse(text, "s.leverscope", &read, &readModes, &error),
             qPrintable(error));
    QVERIFY(readModes.dataDiagnostics.has_value());
    QVERIFY(*readModes.dataDiagnostics == settings);
    QJsonObject root = QJsonDocument::fromJson(text).object();
    root.remove("data");
    readModes = {};
    QVERIFY(lev::core::SessionFile::parse(QJsonDocument(root).toJson(), "old.leverscope", &read,
                                          &readModes, &error));
    QVERIFY(!readModes.dataDiagnostics.has_value());
    // A bad value is one line naming its field.
    QJsonObject data = QJsonDocument::fromJson(text).object().value("data").toObject();
    QJsonObject sensitivity = data.value("sensitivity").toObject();
    sensitivity["q"] = -1;
    data["sensitivity"] = sensitivity;
    root["data"] = data;
    QVERIFY(!lev::core::SessionFile::parse(QJsonDocument(root).toJson(), "bad.leverscope", &read,
                                           &readModes, &error));
    QCOMPARE(error,
             QStringLiteral("bad.leverscope: field data.sensitivity: q must be a number > 0"));

    // Undo brings the previous diagnostics back in one step.
    m_state->undoStack().undo();
    QVERIFY(m_state->data() == before);
}

void TestDataDiagnostics::hc3TogglesTheShownStandardErrors()
{
    open(testData("longley.csv"), QStringLiteral("TOTEMP"));
    QCustomPlot* weights = m_page->window()->findChild<QCustomPlot*>("dataWeightsPlot");
    QVERIFY(weights);
    QTRY_VERIFY_WITH_TIMEOUT(shownHalfWidths(weights).size() == 6, kTimeoutMs);
    const QList<double> classical = shownHalfWidths(weights);
    QCOMPARE(m_page->view().intervalName(), QStringLiteral("analytic 95 % (±1.96 SE)"));

    // statsmodels 0.13.5, cov_type="HC3" (tests/data/hc3_reference.json).
    QFile file(testData("hc3_reference.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject longley = QJsonDocument::fromJson(file.readAll())
                                    .object()["cases"]
                                    .toObject()["longley.csv"]
                                    .toObject();
    const QStringList names = {"GNPDEFL", "GNP", "UNEMP", "ARMED", "POP", "YEAR"};
    DataDiagnosticsSettings settings;
    settings.standardErrors = lev::core::StandardErrorKind::Hc3;
    editDiagnostics(settings);
    QCOMPARE(m_page->view().intervalName(), QStringLiteral("analytic 95 % (±1.96 HC3 SE)"));
    QList<double> robust = shownHalfWidths(weights);
    QCOMPARE(robust.size(), 6);
    for (int j = 0; j < 6; ++j) {
        const double expected = 1.96 * longley["standard_errors"].toObject()[names[j]].toDouble();
        QVERIFY2(
            std::abs(robust[j] / expected - 1.0) < 1e-6,
            qPrintable(QStringLiteral("%1: %2 vs %3").arg(names[j]).arg(robust[j]).arg(expected)));
    }
    QTRY_VERIFY_WITH_TIMEOUT(m_page->narrativeText().contains(QStringLiteral("HC3")), kTimeoutMs);

    editDiagnostics(DataDiagnosticsSettings());
    QCOMPARE(m_page->view().intervalName(), QStringLiteral("analytic 95 % (±1.96 SE)"));
    QCOMPARE(shownHalfWidths(weights), classical);
}

QTEST_MAIN(TestDataDiagnostics)
#include "tst_datadiagnostics.moc"
