// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
// File ▸ Export Report the window's way: the Darfur survey (without its 486-level `village`) in
// the main window, a sensitivity feature D and a benchmark chosen in the data controls, then the
// report written by the function the menu action calls and once through the menu action and its
// file dialog. The sensitivity section holds the figures of the core's own analysis of the same
// columns (estimate, partial R², RV, RV at α, each bound's adjusted estimate), the contour plot
// is an image of the report with its bold line and benchmark markers, and in the PDF no page ends
// with a heading (pdftotext, page by page).

#include "PdfText.h"
#include "diagnostics/ConfounderSensitivity.h"
#include "export/DataReport.h"
#include "io/CsvReader.h"
#include "modes/data/DataMode.h"
#include "modes/data/DataPage.h"
#include "modes/data/DataView.h"
#include "modes/data/SensitivityContourPlot.h"
#include "shell/MainWindow.h"
#include "shell/SessionState.h"

#include <QAction>
#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QImage>
#include <QLineEdit>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <qcustomplot.h>

#include <memory>

using lev::core::GeneratorKind;
using lev::core::RecomputeSettings;
using lev::core::SensitivityReport;
using lev::test::pdfText;
using lev::ui::DataDiagnosticsController;
using lev::ui::DataMode;
using lev::ui::DataPage;
using lev::ui::DataReport;
using lev::ui::MainWindow;

namespace {

constexpr int kTimeoutMs = 60000;

const char* const kFeatures[] = {"directlyharmed", "age",           "farmer_dar", "herder_dar",
                                 "pastvoted",      "hhsize_darfur", "female"};

/// The report's formats of a share and of a number (DataReport's).
QString percent(double share)
{
    return QString::number(100.0 * share, 'f', 2) + QStringLiteral(" %");
}

QString number(double value, int digits)
{
    return QString::number(value, 'g', digits);
}

/// The pixels of `image` in exactly `colour`.
int pixelsOf(const QImage& image, const QColor& colour)
{
    const QImage rgb = image.convertToFormat(QImage::Format_RGB32);
    const QRgb wanted = colour.rgb();
    int count = 0;
    for (int y = 0; y < rgb.height(); ++y) {
        const auto* line = reinterpret_cast<const QRgb*>(rgb.constScanLine(y));
        for (int x = 0; x < rgb.width(); ++x)
            count += (line[x] & 0xFFFFFF) == (wanted & 0xFFFFFF) ? 1 : 0;
    }
    return count;
}

} // namespace

class TestWindowReport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void sensitivitySectionHasTheCoresFigures_data();
    void sensitivitySectionHasTheCoresFigures();
    void contourPlotIsAnImageOfTheReport();
    void menuActionWritesTheReport();
    void noPageEndsWithAHeading();
    void cleanupTestCase() { m_window.reset(); }

private:
    /// Writes the report to `name` in the temporary folder as the menu action does.
    QString write(const QString& name);

    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;
    DataPage* m_page = nullptr;
    SensitivityReport m_core; ///< the core's analysis of the same columns
    QString m_html;           ///< the report written as the menu action does
    QString m_pdf;
};

void TestWindowReport::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName("LeverscopeTests");
    QCoreApplication::setApplicationName("tst_windowreport");
    QVERIFY(m_dir.isValid());
    QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty(),
             "pdftotext and pdfinfo (Debian package poppler-utils) are needed");
    m_window = std::make_unique<MainWindow>(RecomputeSettings::defaultsFor(GeneratorKind::Proxy));
    m_window->resize(1600, 1000);
    m_window->show();
    m_page = &m_window->page<DataPage>();

    QSignalSpy explored(&m_page->dataMode(), &DataMode::explorationShown);
    QSignalSpy diagnosed(&m_page->diagnostics(), &DataDiagnosticsController::diagnosed);
    QSignalSpy problems(m_page, &DataPage::problemReported);
    DataMode::Choice choice{QStringLiteral("peacefactor"), {}, false, false};
    for (const char* feature : kFeatures)
        choice.features << QLatin1String(feature);
    m_page->dataMode().importFile(QStringLiteral(LEVERSCOPE_TEST_DATA "/darfur.csv"), choice);
    QTRY_VERIFY_WITH_TIMEOUT((!explored.isEmpty() && !diagnosed.isEmpty()) || !problems.isEmpty(),
                             kTimeoutMs);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.value(0).value(0).toString()));

    // D and the benchmark as a user picks them; k stays at its default 1, 2, 3.
    QWidget* side = m_page->sidePanel();
    auto* treatment = side->findChild<QComboBox*>(QStringLiteral("sensitivityTreatmentCombo"));
    auto* benchmark = side->findChild<QComboBox*>(QStringLiteral("sensitivityBenchmarkCombo"));
    auto* kd = side->findChild<QLineEdit*>(QStringLiteral("sensitivityKdEdit"));
    QVERIFY(treatment && benchmark && kd);
    QCOMPARE(kd->text(), QStringLiteral("1, 2, 3"));
    diagnosed.clear();
    treatment->setCurrentIndex(treatment->findData(QStringLiteral("directlyharmed")));
    QVERIFY(benchmark->isEnabled());
    benchmark->setCurrentIndex(benchmark->findData(QStringLiteral("female")));
    // Only the newest request is computed: wait for the diagnostics of both choices.
    QTRY_VERIFY_WITH_TIMEOUT(!diagnosed.isEmpty() &&
                                 m_page->view().contourPlot()->benchmarkPoints().size() == 3,
                             kTimeoutMs);

    // The core's analysis of the same rows and columns, computed here.
    lev::core::CsvReader reader;
    reader.setKeepNonNumeric(true);
    QVERIFY(reader.readFile(LEVERSCOPE_TEST_DATA "/darfur.csv"));
    const auto& csv = reader.table();
    Eigen::MatrixXd x(csv.values.rows(), Eigen::Index(std::size(kFeatures)));
    std::vector<std::string> names;
    for (const char* feature : kFeatures) {
        x.col(Eigen::Index(names.size())) = csv.values.col(csv.columnIndex(feature));
        names.emplace_back(feature);
    }
    lev::core::SensitivitySettings settings;
    settings.treatment = "directlyharmed";
    settings.benchmark = "female";
    settings.kd = {1.0, 2.0, 3.0};
    m_core = lev::core::ConfounderSensitivity::analyse(
        x, csv.values.col(csv.columnIndex("peacefactor")), names, true, settings);
    QVERIFY2(m_core.ok, m_core.message.c_str());
    QCOMPARE(m_core.bounds.size(), std::size_t(3));

    m_html = write(QStringLiteral("darfur.html"));
    m_pdf = write(QStringLiteral("darfur.pdf"));
    QVERIFY(!m_html.isEmpty() && !m_pdf.isEmpty());
}

QString TestWindowReport::write(const QString& name)
{
    const QString path = m_dir.filePath(name);
    QString error;
    if (!m_page->dataMode().writeReport(path, *m_page, &error)) {
        qWarning("%s", qPrintable(error));
        return {};
    }
    return path;
}

void TestWindowReport::sensitivitySectionHasTheCoresFigures_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("html") << "darfur.html";
    QTest::newRow("pdf") << "darfur.pdf";
}

void TestWindowReport::sensitivitySectionHasTheCoresFigures()
{
    QFETCH(QString, file);
    const QString path = file.endsWith(QLatin1String(".pdf")) ? m_pdf : m_html;
    QString text;
    if (file.endsWith(QLatin1String(".pdf"))) {
        text = pdfText(path).simplified();
    } else {
        QFile html(path);
        QVERIFY(html.open(QIODevice::ReadOnly));
        // The cells' text, tags dropped.
        text = QString::fromUtf8(html.readAll())
                   .remove(QRegularExpression(QStringLiteral("<img[^>]*>")))
                   .replace(QRegularExpression(QStringLiteral("<[^>]*>")), QStringLiteral(" "))
                   .simplified();
    }
    QVERIFY(!text.isEmpty());
    const int section = text.indexOf(QStringLiteral("Sensitivity to an unmeasured confounder"));
    const int next = text.indexOf(QStringLiteral("Cross-validation"), section);
    QVERIFY2(section >= 0 && next > section, qPrintable(file));
    const QString part = text.mid(section, next - section);
    QVERIFY2(!part.contains(QStringLiteral("Not asked for")), qPrintable(part));
    QVERIFY2(!part.contains(QStringLiteral("Not computed")), qPrintable(part));
    for (const QString& figure :
         {number(m_core.estimate, 6), number(m_core.se, 6), number(m_core.t, 5),
          percent(m_core.partialR2), percent(m_core.robustnessValue),
          percent(m_core.robustnessValueAlpha), QStringLiteral("Bounds from female")})
        QVERIFY2(part.contains(figure), qPrintable(figure + QStringLiteral(" in ") + part));
    for (const lev::core::SensitivityBound& b : m_core.bounds) {
        const QString row = QStringLiteral("%1× %2 %3 %4")
                                .arg(number(b.kd, 4), percent(b.r2dzX), percent(b.r2yzDx),
                                     number(b.adjustedEstimate, 4));
        QVERIFY2(part.contains(row), qPrintable(row + QStringLiteral(" in ") + part));
    }
    // The settings name the choice.
    QVERIFY(text.contains(QStringLiteral("Sensitivity: benchmark, kd female, 1, 2, 3")));
}

void TestWindowReport::contourPlotIsAnImageOfTheReport()
{
    QFile file(m_html);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString html = QString::fromUtf8(file.readAll());
    const QRegularExpression image(
        QStringLiteral("<img src=\"data:image/png;base64,([^\"]*)\"[^>]*alt=\"([^\"]*)\""));
    QImage contour;
    int images = 0;
    for (auto match = image.globalMatch(html); match.hasNext(); ++images) {
        const auto m = match.next();
        if (m.captured(2).contains(
                QStringLiteral("Weight of directlyharmed adjusted for a hidden confounder Z")))
            contour = QImage::fromData(QByteArray::fromBase64(m.captured(1).toLatin1()), "PNG");
    }
    QCOMPARE(images, m_page->plots().size() - 1); // the spectrum of both tabs once
    QVERIFY2(!contour.isNull(), "no contour plot among the report's images");
    // The bold zero line and the three benchmark markers are drawn in the estimate's orange;
    // without an analysis the plot has none of it.
    QVERIFY2(pixelsOf(contour, QColor(0xD5, 0x5E, 0x00)) > 500,
             qPrintable(QString::number(pixelsOf(contour, QColor(0xD5, 0x5E, 0x00)))));

    // The PDF holds as many images, and the figure's caption.
    const QString& pdf = m_pdf;
    QProcess list;
    list.start(QStringLiteral("pdfimages"), {QStringLiteral("-list"), pdf});
    QVERIFY(list.waitForFinished(kTimeoutMs));
    const QStringList rows = QString::fromUtf8(list.readAllStandardOutput())
                                 .split(QLatin1Char('\n'), Qt::SkipEmptyParts)
                                 .filter(QRegularExpression(QStringLiteral("^\\s*\\d+\\s+\\d+"
                                                                           "\\s+image\\b")));
    QCOMPARE(rows.size(), images);
    QVERIFY(pdfText(pdf).simplified().contains(
        QStringLiteral("Weight of directlyharmed adjusted for a hidden confounder Z")));
}

void TestWindowReport::menuActionWritesTheReport()
{
    auto* action = m_window->findChild<QAction*>(QStringLiteral("exportReportAction"));
    QVERIFY(action);
    QVERIFY(action->isEnabled());
    action->trigger();
    QFileDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = m_window->findChild<QFileDialog*>()) != nullptr);
    const QString path = m_dir.filePath(QStringLiteral("menu.pdf"));
    dialog->selectFile(path);
    static_cast<QDialog*>(dialog)->accept(); // QFileDialog::accept, as its Save button
    QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(path), kTimeoutMs);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.readAll().startsWith("%PDF-"));
    const QString text = pdfText(path).simplified();
    QVERIFY2(text.contains(percent(m_core.robustnessValue)), qPrintable(text.left(2000)));
    QVERIFY(text.contains(number(m_core.bounds[2].adjustedEstimate, 4)));
}

void TestWindowReport::noPageEndsWithAHeading()
{
    const QString& path = m_pdf;
    QVERIFY2(lev::test::pdfPages(path) > 1, qPrintable(path));
    QStringList headings = DataReport::sections();
    headings << QStringLiteral("Near-dependencies") << QStringLiteral("Bounds from female");
    const QStringList problems = lev::test::pagesEndingWithAHeading(path, headings);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QStringLiteral("; "))));
}

QTEST_MAIN(TestWindowReport)
#include "tst_windowreport.moc"
