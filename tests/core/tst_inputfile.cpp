// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
// Tests what the core does with hostile input through the API the GUI calls: InputFile refuses
// FIFOs (without blocking), devices, oversized and binary files; the CSV reader's column limit;
// the fit limits for a very wide table; and values whose squares overflow or underflow, which
// give a status and a message naming the column instead of silent nulls.

#include "TestTolerance.h"
#include "exploration/ColumnRange.h"
#include "exploration/DataExplorer.h"
#include "exploration/DataFit.h"
#include "exploration/FitLimits.h"
#include "io/CsvReader.h"
#include "io/InputFile.h"
#include "io/SessionFile.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>
#include <sys/types.h>

using lev::core::ColumnRange;
using lev::core::CsvReader;
using lev::core::CsvTable;
using lev::core::DataExploration;
using lev::core::DataExplorationSettings;
using lev::core::DataExplorer;
using lev::core::DataFit;
using lev::core::DataFitReport;
using lev::core::EstimatorSettings;
using lev::core::FitLimits;
using lev::core::FitStatus;
using lev::core::InputFile;

namespace {

/// A file of `text` in `dir`; its path.
std::string writeFile(const QTemporaryDir& dir, const QString& name, const QByteArray& text)
{
    QFile file(dir.filePath(name));
    if (!file.open(QIODevice::WriteOnly) || file.write(text) != text.size())
        qFatal("cannot write %s", qPrintable(file.fileName()));
    return QFile::encodeName(file.fileName()).toStdString();
}

/// A header y,x0,...,x{columns-2} and `rows` rows of small numbers.
QByteArray wideCsv(int columns, int rows)
{
    QByteArray text = "y";
    for (int j = 1; j < columns; ++j)
        text += ",x" + QByteArray::number(j - 1);
    text += '\n';
    for (int i = 0; i < rows; ++i) {
        QByteArray row;
        row.reserve(columns * 2);
        for (int j = 0; j < columns; ++j) {
            row += j == 0 ? "" : ",";
            row += QByteArray::number((i + j) % 7);
        }
        text += row + '\n';
    }
    return text;
}

/// A table y = 3 + 2 x0 - x1 (exact) with columns x0, x1 and y, x0 scaled by `x0Scale` and y by
/// `yScale`, and cell (row, column) then set to `cell` when row >= 0.
CsvTable exactTable(double x0Scale, double yScale, int row = -1, int column = 0, double cell = 0)
{
    const int n = 12;
    CsvTable table;
    table.source = "t.csv";
    table.columns = {"x0", "x1", "y"};
    table.values.resize(n, 3);
    for (int i = 0; i < n; ++i) {
        const double x0 = i + 1.0;
        const double x1 = (i * 7 % 5) - 2.0;
        table.values(i, 0) = x0 * x0Scale;
        table.values(i, 1) = x1;
        table.values(i, 2) = (3.0 + 2.0 * x0 - x1) * yScale;
    }
    if (row >= 0)
        table.values(row, column) = cell;
    return table;
}

DataExplorationSettings olsOn(int target, std::vector<int> features)
{
    DataExplorationSettings settings;
    settings.target = target;
    settings.features = std::move(features);
    settings.bootstrapReplications = 20;
    settings.folds = 3;
    settings.threads = 1;
    return settings;
}

} // namespace

class TestInputFile : public QObject
{
    Q_OBJECT

private slots:
    void readsARegularFile()
    {
        QTemporaryDir dir;
        const std::string path = writeFile(dir, "a.csv", "a,b\n1,2\n");
        InputFile file(path, 100, "a CSV file");
        QVERIFY2(file.read(), file.errorString().c_str());
        QCOMPARE(QByteArray::fromStdString(file.data()), QByteArray("a,b\n1,2\n"));
    }

    void refusesAFifoWithoutBlocking()
    {
        QTemporaryDir dir;
        const QByteArray path = QFile::encodeName(dir.filePath("pipe"));
        QCOMPARE(::mkfifo(path.constData(), 0600), 0);
        QElapsedTimer timer;
        timer.start();
        InputFile file(path.toStdString(), 1000, "a session");
        QVERIFY(!file.read());
        QVERIFY2(timer.elapsed() < 1000, qPrintable(QString::number(timer.elapsed())));
        QCOMPARE(QString::fromStdString(file.errorString()),
                 QString::fromUtf8(path) +
                     ": cannot read a FIFO (named pipe): only regular files can be opened (copy "
                     "the data into a file first)");
    }

    void refusesDevicesAndDirectories_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("expected");
        QTest::newRow("/dev/zero") << "/dev/zero"
                                   << "/dev/zero: cannot read a character device";
        QTest::newRow("/dev/urandom") << "/dev/urandom"
                                      << "/dev/urandom: cannot read a character device";
        QTest::newRow("directory") << "/"
                                   << "/: cannot open: " + QString(std::strerror(EISDIR));
        QTest::newRow("missing") << "/nonexistent/x.csv"
                                 << "/nonexistent/x.csv: cannot open: " +
                                        QString(std::strerror(ENOENT));
    }

    void refusesDevicesAndDirectories()
    {
        QFETCH(QString, path);
        QFETCH(QString, expected);
        InputFile file(path.toStdString(), 1 << 20, "a CSV file");
        QVERIFY(!file.read());
        QVERIFY2(QString::fromStdString(file.errorString()).startsWith(expected),
                 file.errorString().c_str());
        QVERIFY(file.data().empty());
    }

    void boundsAFileWhoseSizeIsUnknown()
    {
        // Files in /proc report size 0 but have content: the bound holds while reading.
        QFile status("/proc/self/status");
        QVERIFY(status.open(QIODevice::ReadOnly));
        QCOMPARE(status.size(), 0);
        InputFile file("/proc/self/status", 100, "a session");
        file.setRequireText(false);
        QVERIFY(!file.read());
        QCOMPARE(file.errorString(), std::string("/proc/self/status: too large for a session (more "
                                                 "than 100 bytes; at most 100)"));
    }

    void refusesAnOversizedFile()
    {
        QTemporaryDir dir;
        const std::string path = writeFile(dir, "big.csv", QByteArray(101, 'x'));
        InputFile file(path, 100, "a CSV file");
        QVERIFY(!file.read());
        QCOMPARE(file.errorString(), path + ": too large for a CSV file (101 bytes; at most 100)");
        InputFile exact(path, 101, "a CSV file");
        QVERIFY(exact.read());
    }

    void refusesBinaryContentEarly_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("where");
        QTest::newRow("NUL on line 2") << QByteArray("a,b\n1,\0\n", 8) << ":2: ";
        QTest::newRow("PNG header") << QByteArray("\x89PNG\r\n\x1A\n") << ":1: ";
        QTest::newRow("overlong") << QByteArray("a\n\xC0\xAF\n") << ":2: ";
        // The rest of a large binary file is never needed to refuse it.
        QByteArray blob(8 << 20, '\0');
        QTest::newRow("8 MiB of zeros") << blob << ":1: ";
    }

    void refusesBinaryContentEarly()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, where);
        QTemporaryDir dir;
        const std::string path = writeFile(dir, "b.csv", bytes);
        InputFile file(path, 64 << 20, "a CSV file");
        std::size_t reads = 0;
        file.setProgressHandler([&](std::size_t, std::size_t) { return ++reads, true; });
        QVERIFY(!file.read());
        QCOMPARE(QString::fromStdString(file.errorString()),
                 QString::fromStdString(path) + where +
                     "not a text file (binary or invalid UTF-8 content)");
        QVERIFY2(reads <= 1, qPrintable(QString::number(reads))); // stopped in the first block
    }

    void acceptsACharacterAcrossTheCheckedBlock()
    {
        // A two-byte character cut by the end of the first block is text, not an error.
        QByteArray text(static_cast<int>(InputFile::kTextCheckBytes) - 1, 'a');
        text += "\xC3\xA9\n";
        QTemporaryDir dir;
        InputFile file(writeFile(dir, "u.txt", text), 1 << 20, "a CSV file");
        QVERIFY2(file.read(), file.errorString().c_str());
        QCOMPARE(file.data().size(), std::size_t(text.size()));
    }

    void sessionsAndCsvGoThroughInputFile()
    {
        QTemporaryDir dir;
        const QByteArray fifo = QFile::encodeName(dir.filePath("s.leverscope"));
        QCOMPARE(::mkfifo(fifo.constData(), 0600), 0);
        lev::core::RecomputeSettings settings;
        QString error;
        QVERIFY(!lev::core::SessionFile::read(dir.filePath("s.leverscope"), &settings, &error));
        QVERIFY2(error.contains("FIFO"), qPrintable(error));
        CsvReader reader;
        QVERIFY(!reader.readFile("/dev/zero"));
        QVERIFY2(reader.errorString().find("character device") != std::string::npos,
                 reader.errorString().c_str());
    }

    void theReaderBoundsItsColumns()
    {
        CsvReader reader;
        const QByteArray wide = wideCsv(int(CsvReader::kMaxColumns), 3);
        QVERIFY2(reader.parse(wide.toStdString(), "wide.csv"), reader.errorString().c_str());
        QCOMPARE(reader.table().values.cols(), Eigen::Index(CsvReader::kMaxColumns));
        const QByteArray wider = wideCsv(int(CsvReader::kMaxColumns) + 1, 3);
        QVERIFY(!reader.parse(wider.toStdString(), "wider.csv"));
        QCOMPARE(reader.errorString(), "wider.csv:1: more than " +
                                           std::to_string(CsvReader::kMaxColumns) +
                                           " columns: keep the columns you need in a smaller file");
    }

    /// The import the GUI runs on a very wide file ends with a message, quickly.
    void aVeryWideTableEndsWithTheLimit_data()
    {
        QTest::addColumn<int>("columns");
        QTest::newRow("3 x 20 000") << 20000;
        QTest::newRow("3 x 100 000") << 100000;
    }

    void aVeryWideTableEndsWithTheLimit()
    {
        QFETCH(int, columns);
        CsvReader reader;
        QVERIFY(reader.parse(wideCsv(columns, 3).toStdString(), "wide.csv"));
        const CsvTable& table = reader.table();
        DataExplorationSettings settings = olsOn(0, {});
        for (int j = 1; j < columns; ++j)
            settings.features.push_back(j);
        const std::string expected = std::to_string(columns - 1) + " features: at most " +
                                     std::to_string(FitLimits::kMaxFeatures) +
                                     " can be fitted together";
        QVERIFY(DataExplorer::validate(table, settings).rfind(expected, 0) == 0);
        QElapsedTimer timer;
        timer.start();
        const DataExploration e = DataExplorer::run(table, settings);
        QVERIFY2(timer.elapsed() < 2000, qPrintable(QString::number(timer.elapsed())));
        QCOMPARE(e.fit.status, FitStatus::InvalidSettings);
        QVERIFY2(e.fit.message.rfind(expected, 0) == 0, e.fit.message.c_str());
        QVERIFY(!e.bootstrap && e.crossValidation.empty() && e.correlation.size() == 0);
        const DataFitReport fit =
            DataFit::run(table, 0, settings.features, EstimatorSettings{}, true);
        QCOMPARE(fit.status, FitStatus::InvalidSettings);
        QCOMPARE(fit.message, e.fit.message);
    }

    void theBootstrapIsBoundedByItsWeights()
    {
        // 1e7 weights at most: 1000 features allow 10 000 replications, not 10 001.
        QVERIFY(FitLimits::check(2000, 1000, 10000).empty());
        QCOMPARE(FitLimits::check(2000, 1000, 10001),
                 std::string("10001 bootstrap replications x 1000 features: at most 10000000 "
                             "weights are kept; use fewer replications (at most 10000) or fewer "
                             "features"));
        QCOMPARE(FitLimits::check(50001, 1000),
                 std::string("50001 rows x 1000 features: at most 50000000 values can be fitted "
                             "together; choose fewer features"));
    }

    /// A column whose squares overflow or underflow gives a status naming it, not nulls.
    void extremeValuesNameTheColumn_data()
    {
        QTest::addColumn<double>("x0Scale");
        QTest::addColumn<double>("yScale");
        QTest::addColumn<int>("row");
        QTest::addColumn<int>("column");
        QTest::addColumn<double>("cell");
        QTest::addColumn<QString>("expected");
        QTest::newRow("one cell 1e308")
            << 1.0 << 1.0 << 4 << 1 << 1e308
            << "column 'x1': a value of 1e+308 is too large to square in double precision";
        QTest::newRow("a column times 1e-320 (subnormal)")
            << 1e-320 << 1.0 << -1 << 0 << 0.0
            << "column 'x0': its largest value, 1.2e-319, is too small to square";
        QTest::newRow("a subnormal target")
            << 1.0 << 1e-320 << -1 << 0 << 0.0
            << "column 'y': its largest value, 2.7e-319, is too small to square";
        QTest::newRow("-1e200 in the target")
            << 1.0 << 1.0 << 0 << 2 << -1e200
            << "column 'y': a value of 1e+200 is too large to square";
    }

    void extremeValuesNameTheColumn()
    {
        QFETCH(double, x0Scale);
        QFETCH(double, yScale);
        QFETCH(int, row);
        QFETCH(int, column);
        QFETCH(double, cell);
        QFETCH(QString, expected);
        const CsvTable table = exactTable(x0Scale, yScale, row, column, cell);
        const DataFitReport fit = DataFit::run(table, 2, {0, 1}, EstimatorSettings{}, true);
        QCOMPARE(fit.status, FitStatus::InvalidSettings);
        QVERIFY2(QString::fromStdString(fit.message).startsWith(expected), fit.message.c_str());
        const DataExploration e = DataExplorer::run(table, olsOn(2, {0, 1}));
        QCOMPARE(e.fit.status, FitStatus::InvalidSettings);
        QCOMPARE(e.fit.message, fit.message);
        QVERIFY(!e.bootstrap && e.crossValidation.empty());
    }

    /// Near the limits the fit is still exact: y = 3 + 2 x0 - x1 with x0 in units of 1e-140
    /// has the weight 2e140 on x0 (closed form), to 1e-12.
    void valuesNearTheLimitsFitExactly_data()
    {
        QTest::addColumn<double>("x0Scale");
        QTest::addColumn<double>("yScale");
        QTest::newRow("x0 scaled by 1e-140") << 1e-140 << 1.0;
        QTest::newRow("x0 scaled by 1e140") << 1e140 << 1.0;
        QTest::newRow("y scaled by 1e-140") << 1.0 << 1e-140;
        QTest::newRow("y scaled by 1e140") << 1.0 << 1e140;
    }

    void valuesNearTheLimitsFitExactly()
    {
        QFETCH(double, x0Scale);
        QFETCH(double, yScale);
        const CsvTable table = exactTable(x0Scale, yScale);
        const DataFitReport fit = DataFit::run(table, 2, {0, 1}, EstimatorSettings{}, true);
        QCOMPARE(fit.status, FitStatus::Ok);
        QString why;
        const Eigen::Vector2d expected(2.0 * yScale / x0Scale, -1.0 * yScale);
        for (int j = 0; j < 2; ++j)
            QVERIFY2(lev::test::scalarNear(fit.coefficients[j] / expected[j], 1.0, 1e-12, &why),
                     qPrintable(why));
        QVERIFY2(lev::test::scalarNear(*fit.interceptValue / (3.0 * yScale), 1.0, 1e-12, &why),
                 qPrintable(why));
        QVERIFY(fit.correlationSpectrum.eigenvalues.allFinite());
        QCOMPARE(fit.correlationSpectrum.eigenvalues.size(), Eigen::Index(2));
        QVERIFY(ColumnRange::check(table.values.col(0), "x0").empty());
    }
};

QTEST_GUILESS_MAIN(TestInputFile)
#include "tst_inputfile.moc"
