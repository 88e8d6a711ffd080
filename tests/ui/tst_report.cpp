// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
// The report of data mode (File ▸ Export Report, `leverscope report`): the HTML has every section
// heading and every plot of the page as an inline PNG that decodes at print resolution; the
// Longley weights and standard errors in its table are NIST's certified values to the digits
// shown; the PDF is a whole PDF file whose text (pdftotext) has every heading; the command line
// writes both, and its bad inputs are one line, exit code 2 and no file.

#include "PdfText.h"
#include "export/DataReport.h"
#include "export/ReportDocument.h"
#include "modes/data/DataMode.h"
#include "modes/data/DataPage.h"
#include "shell/SessionState.h"
#include "simulation/RecomputeSettings.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <qcustomplot.h>

#include <cmath>
#include <memory>

using lev::ui::DataMode;
using lev::ui::DataPage;
using lev::ui::DataReport;
using lev::ui::ReportDocument;
using lev::ui::SessionState;

namespace {

constexpr int kTimeoutMs = 30000;

QString longleyPath()
{
    return QStringLiteral(LEVERSCOPE_TEST_DATA "/longley.csv");
}

/// NIST StRD Longley, certified values: the weight and its standard deviation per term.
struct Certified
{
    const char* term;
    double weight;
    double se;
};
const Certified kLongley[] = {
    {"(intercept)", -3482258.63459582, 890420.383607373},
    {"GNPDEFL", 15.0618722713733, 84.9149257747669},
    {"GNP", -0.358191792925910e-01, 0.334910077722432e-01},
    {"UNEMP", -2.02022980381683, 0.488399681651699},
    {"ARMED", -1.03322686717359, 0.214274163161675},
    {"POP", -0.511041056535807e-01, 0.226073200069370},
    {"YEAR", 1829.15146461355, 455.478499142212},
};

QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run runBinary(const QStringList& arguments)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(LEVERSCOPE_BINARY), arguments);
    Run run;
    if (!process.waitForFinished(60000))
        return run;
    run.exitCode = process.exitCode();
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

} // namespace

class TestReport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_state = std::make_unique<SessionState>(lev::core::RecomputeSettings{});
        lev::ui::DataSettings settings = m_state->data();
        settings.diagnostics.standardErrors = lev::core::StandardErrorKind::Hc3;
        m_state->editData(settings);
        m_page = std::make_unique<DataPage>(*m_state, &m_host);
        m_page->resize(1600, 1000);
        QSignalSpy shown(&m_page->dataMode(), &DataMode::explorationShown);
        QSignalSpy diagnosed(&m_page->diagnostics(),
                             &lev::ui::DataDiagnosticsController::diagnosed);
        m_page->dataMode().importFile(longleyPath(), DataMode::Choice{"TOTEMP", {}, false, false});
        QVERIFY(shown.wait(kTimeoutMs));
        QTRY_VERIFY_WITH_TIMEOUT(diagnosed.count() > 0, kTimeoutMs);
        m_content = m_page->dataMode().reportContent(*m_page);
        m_document = std::make_unique<ReportDocument>(QStringLiteral("Longley"));
        QString error;
        QVERIFY2(DataReport::build(m_content, m_document.get(), &error), qPrintable(error));
    }

    void htmlHasEverySectionAndPlot()
    {
        QCOMPARE(m_document->headings(), DataReport::sections());
        const QString html = QString::fromUtf8(m_document->html());
        for (const QString& heading : DataReport::sections())
            QVERIFY2(html.contains(QStringLiteral("<h2>%1</h2>").arg(heading.toHtmlEscaped())),
                     qPrintable(heading));
        // Self-contained: every image is a data URI, and there is one per plot of the page.
        const QRegularExpression image(QStringLiteral("<img src=\"([^\"]*)\""));
        int images = 0;
        for (auto match = image.globalMatch(html); match.hasNext();) {
            const QString source = match.next().captured(1);
            QVERIFY(source.startsWith(QStringLiteral("data:image/png;base64,")));
            const QImage decoded =
                QImage::fromData(QByteArray::fromBase64(
                                     source.mid(int(qstrlen("data:image/png;base64,"))).toLatin1()),
                                 "PNG");
            QVERIFY(!decoded.isNull());
            QVERIFY2(decoded.width() >= 1600, qPrintable(QString::number(decoded.width())));
            ++images;
        }
        // Every plot of the page, the second tab's copy of the spectrum once.
        QVERIFY(!m_page->plots().isEmpty());
        QCOMPARE(images, m_page->plots().size() - 1);
        QVERIFY(!html.contains(QStringLiteral("href=")));
    }

    void longleyTableIsNist_data()
    {
        QTest::addColumn<QString>("term");
        QTest::addColumn<double>("weight");
        QTest::addColumn<double>("se");
        for (const Certified& c : kLongley)
            QTest::newRow(c.term) << QString::fromLatin1(c.term) << c.weight << c.se;
    }

    void longleyTableIsNist()
    {
        QFETCH(QString, term);
        QFETCH(double, weight);
        QFETCH(double, se);
        const QString html = QString::fromUtf8(m_document->html());
        // The first row of the term is in the coefficients' table: weight, then SE.
        const QRegularExpression row(QStringLiteral("<tr><td[^>]*>%1</td><td[^>]*>([^<]+)</td>"
                                                    "<td[^>]*>([^<]+)</td>")
                                         .arg(QRegularExpression::escape(term)));
        const auto match = row.match(html);
        QVERIFY2(match.hasMatch(), qPrintable(term));
        bool okWeight = false, okSe = false;
        const double shownWeight = match.captured(1).toDouble(&okWeight);
        const double shownSe = match.captured(2).toDouble(&okSe);
        QVERIFY(okWeight && okSe);
        // Six significant digits are shown for the weight, four for the SE.
        QVERIFY2(std::abs(shownWeight - weight) <= 5e-6 * std::abs(weight),
                 qPrintable(match.captured(1)));
        QVERIFY2(std::abs(shownSe - se) <= 5e-4 * se, qPrintable(match.captured(2)));
        // And they are the fit's own numbers.
        const auto& fit = m_content.exploration->fit;
        if (term == QLatin1String("(intercept)")) {
            QCOMPARE(match.captured(1), QString::number(*fit.interceptValue, 'g', 6));
        } else {
            const auto j = std::find(fit.features.begin(), fit.features.end(), term.toStdString()) -
                           fit.features.begin();
            QCOMPARE(match.captured(1), QString::number(fit.coefficients[j], 'g', 6));
        }
    }

    void pdfHasEverySection()
    {
        const QString path = m_dir.filePath(QStringLiteral("longley.pdf"));
        QString error;
        QVERIFY2(DataReport::write(m_content, path, &error), qPrintable(error));
        const QByteArray pdf = readAll(path);
        QVERIFY(pdf.startsWith("%PDF-"));
        QVERIFY(pdf.trimmed().endsWith("%%EOF"));
        QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty(),
                 "pdftotext (Debian package poppler-utils) is needed");
        const QString text = lev::test::pdfText(path).simplified();
        QVERIFY(!text.isEmpty());
        for (const QString& heading : DataReport::sections())
            QVERIFY2(text.contains(heading), qPrintable(heading));
        QVERIFY(text.contains(QStringLiteral("GNPDEFL")));
    }

    void pdfKeepsEachHeadingWithWhatFollows()
    {
        // Forty sections of 1 to 9 table rows: their headings fall at every height of a page,
        // the foot among them, unless a page break moves them to what follows.
        ReportDocument document(QStringLiteral("Headings"));
        QStringList headings;
        for (int k = 1; k <= 40; ++k) {
            headings << QStringLiteral("Section %1").arg(k);
            document.addHeading(headings.last());
            if (k % 5 == 0) {
                headings << QStringLiteral("Part %1 of section %2").arg(k / 5).arg(k);
                document.addSubheading(headings.last());
            }
            QList<QStringList> rows;
            for (int r = 0; r < 1 + (k * 7) % 9; ++r)
                rows << QStringList{QString::number(r),
                                    QStringLiteral("row %1 of %2").arg(r).arg(k)};
            document.addTable({QStringLiteral("Row"), QStringLiteral("Text")}, rows);
        }
        const QString path = m_dir.filePath(QStringLiteral("headings.pdf"));
        QString error;
        QVERIFY2(document.write(path, ReportDocument::Format::Pdf, &error), qPrintable(error));
        const int pages = lev::test::pdfPages(path);
        QVERIFY2(pages >= 4, qPrintable(QString::number(pages)));
        const QStringList problems = lev::test::pagesEndingWithAHeading(path, headings);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QStringLiteral("; "))));
        // Every heading and row is still there, once, and the pages are numbered.
        const QString text = lev::test::pdfText(path);
        for (const QString& heading : headings) {
            const QRegularExpression line(
                QStringLiteral("^%1$").arg(QRegularExpression::escape(heading)),
                QRegularExpression::MultilineOption);
            QVERIFY2(text.count(line) == 1, qPrintable(heading + QStringLiteral(" in ") + text));
        }
        for (int k : {1, pages})
            QVERIFY(
                text.contains(QRegularExpression(QStringLiteral("^%1 ?/ ?%2$").arg(k).arg(pages),
                                                 QRegularExpression::MultilineOption)));
    }

    void commandLineWritesReport_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("html") << "cli.html";
        QTest::newRow("pdf") << "cli.pdf";
    }

    void commandLineWritesReport()
    {
        QFETCH(QString, file);
        const QString out = m_dir.filePath(file);
        const Run run = runBinary({"report", "--csv", longleyPath(), "--target", "TOTEMP",
                                   "--sensitivity", "UNEMP", "--benchmark", "ARMED", "--kd", "1",
                                   "--robust", "hc3", "--bootstrap", "20", "--out", out});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(run.err.isEmpty());
        const QByteArray bytes = readAll(out);
        if (file.endsWith(QLatin1String(".html"))) {
            const QString html = QString::fromUtf8(bytes);
            for (const QString& heading : DataReport::sections())
                QVERIFY2(html.contains(heading.toHtmlEscaped()), qPrintable(heading));
            QVERIFY(html.contains(QStringLiteral("Bounds from ARMED")));
            QVERIFY(html.contains(QStringLiteral("SE (HC3)")));
        } else {
            QVERIFY(bytes.startsWith("%PDF-"));
            QVERIFY(bytes.trimmed().endsWith("%%EOF"));
        }
    }

    void commandLineBadInput_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        const QString csv = longleyPath();
        QTest::newRow("extension")
            << QStringList{"--csv", csv, "--target", "TOTEMP", "--out", "@/report.txt"}
            << "--out: 'report.txt' is neither .pdf nor .html";
        QTest::newRow("missing column")
            << QStringList{"--csv", csv, "--target", "EMPLOYMENT", "--out", "@/report.pdf"}
            << "no column named 'EMPLOYMENT'";
        QTest::newRow("missing feature")
            << QStringList{"--csv",      csv,         "--target", "TOTEMP",
                           "--features", "GNP,WAGES", "--out",    "@/report.html"}
            << "no column named 'WAGES'";
        QTest::newRow("unwritable folder")
            << QStringList{"--csv", csv, "--target", "TOTEMP", "--out", "@/no/such/report.pdf"}
            << "does not exist";
        QTest::newRow("sensitivity column")
            << QStringList{"--csv",         csv,     "--target", "TOTEMP",
                           "--sensitivity", "WAGES", "--out",    "@/report.pdf"}
            << "--sensitivity: 'WAGES' is not a feature";
        QTest::newRow("no out") << QStringList{"--csv", csv, "--target", "TOTEMP"}
                                << "--out is required";
    }

    void commandLineBadInput()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        QTemporaryDir folder;
        QVERIFY(folder.isValid());
        for (QString& argument : arguments)
            argument.replace(QLatin1Char('@'), folder.path());
        const Run run = runBinary(QStringList{"report"} + arguments);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.startsWith(QStringLiteral("leverscope report: error: ")) &&
                     run.err.contains(message) && run.err.count(QLatin1Char('\n')) == 1,
                 qPrintable(run.err));
        QVERIFY(run.out.isEmpty());
        QCOMPARE(
            QDir(folder.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden),
            QStringList());
    }

    void cleanupTestCase()
    {
        m_document.reset();
        m_page.reset();
        m_state.reset();
    }

private:
    QTemporaryDir m_dir;
    QWidget m_host;
    std::unique_ptr<SessionState> m_state;
    std::unique_ptr<DataPage> m_page;
    lev::ui::DataReportContent m_content;
    std::unique_ptr<ReportDocument> m_document;
};

QTEST_MAIN(TestReport)
#include "tst_report.moc"
