// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
// Tests CsvReader: every accepted dialect gives exact names and values; every rejected input
// gives one exact "FILE:LINE:COLUMN: message" line. Kept text and missing cells are described
// per column, and CsvSelection takes the chosen numeric columns, dropping incomplete rows only
// when asked.

#include "io/CsvReader.h"
#include "io/CsvSelection.h"
#include "io/CsvTokenizer.h"

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QList>
#include <QStringList>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cerrno>
#include <cstring>

using lev::core::CsvReader;
using lev::core::CsvSelection;
using lev::core::CsvTable;
using lev::core::CsvTokenizer;

namespace {

std::string_view view(const QByteArray& bytes)
{
    return {bytes.constData(), static_cast<std::size_t>(bytes.size())};
}

/// The column names as raw bytes (QString::fromUtf8 would hide a stray BOM).
QList<QByteArray> names(const CsvTable& table)
{
    QList<QByteArray> out;
    for (const std::string& name : table.columns)
        out << QByteArray::fromStdString(name);
    return out;
}

QList<QByteArray> utf8(const QStringList& list)
{
    QList<QByteArray> out;
    for (const QString& name : list)
        out << name.toUtf8();
    return out;
}

/// Exact comparison, element by element, of a row-major list with the table's values.
void compareValues(const Eigen::MatrixXd& actual, int rows, const QList<double>& rowMajor)
{
    QCOMPARE(actual.rows(), Eigen::Index(rows));
    QCOMPARE(actual.rows() * actual.cols(), Eigen::Index(rowMajor.size()));
    for (Eigen::Index r = 0; r < actual.rows(); ++r) {
        for (Eigen::Index c = 0; c < actual.cols(); ++c) {
            const double expected = rowMajor[r * actual.cols() + c];
            QVERIFY2(actual(r, c) == expected, qPrintable(QStringLiteral("(%1,%2): %3 != %4")
                                                              .arg(r)
                                                              .arg(c)
                                                              .arg(actual(r, c), 0, 'g', 17)
                                                              .arg(expected, 0, 'g', 17)));
        }
    }
}

} // namespace

class TestCsvReader : public QObject
{
    Q_OBJECT

private slots:
    void acceptsDialect_data();
    void acceptsDialect();
    void rejects_data();
    void rejects();
    void detectsSeparator_data();
    void detectsSeparator();
    void keepsTextAndMissing_data();
    void keepsTextAndMissing();
    void selectionIgnoresOtherColumns();
    void selectionNamesMissingValues_data();
    void selectionNamesMissingValues();
    void selectionDropsIncompleteRows();
    void selectionRefusesTextColumn();
    void selectionWithNoCompleteRow();
    void readFileMissingNamesPath();
    void readFileDirectory();
    void readFileInTemporaryDir();
    void readFileLongley();
    void parseResetsPreviousState();
    void columnIndex();
    void manyRowsAndColumns();
    void progressRisesToOne();
    void progressHandlerCancels();
};

void TestCsvReader::acceptsDialect_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QStringList>("columns");
    QTest::addColumn<int>("rows");
    QTest::addColumn<QList<double>>("values");

    const QStringList abc{"a", "b", "c"};
    const QList<double> v123456{1, 2, 3, 4, 5, 6};

    QTest::newRow("plain LF") << QByteArray("a,b,c\n1,2,3\n4,5,6\n") << abc << 2 << v123456;
    QTest::newRow("UTF-8 BOM") << QByteArray("\xEF\xBB\xBF"
                                             "a,b,c\n1,2,3\n4,5,6\n")
                               << abc << 2 << v123456;
    QTest::newRow("CRLF") << QByteArray("a,b,c\r\n1,2,3\r\n4,5,6\r\n") << abc << 2 << v123456;
    QTest::newRow("BOM and CRLF, no final newline") << QByteArray("\xEF\xBB\xBF"
                                                                  "a,b,c\r\n1,2,3\r\n4,5,6")
                                                    << abc << 2 << v123456;
    QTest::newRow("no trailing newline")
        << QByteArray("a,b,c\n1,2,3\n4,5,6") << abc << 2 << v123456;
    QTest::newRow("trailing blank lines")
        << QByteArray("a,b,c\n1,2,3\n4,5,6\n\n\n  \n\t\n") << abc << 2 << v123456;
    QTest::newRow("trailing blank lines CRLF")
        << QByteArray("a,b,c\r\n1,2,3\r\n4,5,6\r\n\r\n\r\n") << abc << 2 << v123456;
    QTest::newRow("trailing spaces without newline")
        << QByteArray("a,b,c\n1,2,3\n4,5,6\n   ") << abc << 2 << v123456;
    QTest::newRow("quoted header with comma") << QByteArray("\"x, y\",\"b\",c\n1,2,3\n4,5,6\n")
                                              << QStringList{"x, y", "b", "c"} << 2 << v123456;
    QTest::newRow("doubled quotes in header")
        << QByteArray("\"say \"\"hi\"\"\",\"\"\"q\"\"\",c\n1,2,3\n4,5,6\n")
        << QStringList{"say \"hi\"", "\"q\"", "c"} << 2 << v123456;
    QTest::newRow("quoted numbers") << QByteArray("a,b,c\n\"1.5\",\" 2 \",3\n4,\"-5e-1\",6\n")
                                    << abc << 2 << QList<double>{1.5, 2, 3, 4, -0.5, 6};
    QTest::newRow("quoted field then spaces")
        << QByteArray("a,b,c\n\"1\"  ,2,3\n4,5,  \"6\"  \n") << abc << 2 << v123456;
    QTest::newRow("semicolon separator")
        << QByteArray("a;b;c\n1.5;2;3\n4;5;6\n") << abc << 2 << QList<double>{1.5, 2, 3, 4, 5, 6};
    QTest::newRow("semicolon after quoted comma")
        << QByteArray("\"a,1\";b\n1;2\n") << QStringList{"a,1", "b"} << 1 << QList<double>{1, 2};
    QTest::newRow("spaces in headers")
        << QByteArray("  first name , last  value ,\tc\t\n1,2,3\n4,5,6\n")
        << QStringList{"first name", "last  value", "c"} << 2 << v123456;
    QTest::newRow("quoted header keeps its spaces")
        << QByteArray(" \" a \" ,b\n1,2\n") << QStringList{" a ", "b"} << 1 << QList<double>{1, 2};
    QTest::newRow("whitespace around numbers")
        << QByteArray("a,b,c\n  1 ,\t2\t, 3\n4 ,5,   6   \n") << abc << 2 << v123456;
    QTest::newRow("single column")
        << QByteArray("y\n1\n2\n3\n") << QStringList{"y"} << 3 << QList<double>{1, 2, 3};
    QTest::newRow("single column no newline")
        << QByteArray("only one\n-7.25") << QStringList{"only one"} << 1 << QList<double>{-7.25};
    QTest::newRow("number formats") << QByteArray("a,b,c,d,e,f\n+1,-2.5,1e3,.5,5.,1E-2\n")
                                    << QStringList{"a", "b", "c", "d", "e", "f"} << 1
                                    << QList<double>{1, -2.5, 1000, 0.5, 5, 0.01};
    QTest::newRow("exact decimal rounding")
        << QByteArray("a,b\n0.1,2.2250738585072014e-308\n1.7976931348623157e308,-0\n")
        << QStringList{"a", "b"} << 2
        << QList<double>{0.1, 2.2250738585072014e-308, 1.7976931348623157e308, -0.0};
    QTest::newRow("underflow is zero")
        << QByteArray("a\n1e-400\n") << QStringList{"a"} << 1 << QList<double>{0.0};
    QTest::newRow("UTF-8 header") << QByteArray("gr\xC3\xB6\xC3\x9F"
                                                "e,\xE2\x82\xAC\n1,2\n")
                                  << QStringList{QString::fromUtf8("gr\xC3\xB6\xC3\x9F"
                                                                   "e"),
                                                 QString::fromUtf8("\xE2\x82\xAC")}
                                  << 1 << QList<double>{1, 2};
    QTest::newRow("quoted header across lines")
        << QByteArray("\"a\nb\",c\n1,2\n") << QStringList{"a\nb", "c"} << 1 << QList<double>{1, 2};
    QTest::newRow("old Mac CR line ends")
        << QByteArray("a,b,c\r1,2,3\r4,5,6\r") << abc << 2 << v123456;
    // A European spreadsheet's export: ';' between cells, ',' as the decimal point.
    QTest::newRow("semicolon with decimal commas")
        << QByteArray("x;y\n0,8258;1,5\n-1,25e-3;2\n+0,1;\"3,75\"\n") << QStringList{"x", "y"} << 3
        << QList<double>{0.8258, 1.5, -1.25e-3, 2, 0.1, 3.75};
    QTest::newRow("semicolon with decimal points")
        << QByteArray("x;y\n0.8258;1.5\n") << QStringList{"x", "y"} << 1
        << QList<double>{0.8258, 1.5};
    QTest::newRow("decimal comma keeps every digit")
        << QByteArray("a;b\n0,1;2,2250738585072014e-308\n1,7976931348623157e308;-0,0\n")
        << QStringList{"a", "b"} << 2
        << QList<double>{0.1, 2.2250738585072014e-308, 1.7976931348623157e308, -0.0};
}

void TestCsvReader::acceptsDialect()
{
    QFETCH(QByteArray, text);
    QFETCH(QStringList, columns);
    QFETCH(int, rows);
    QFETCH(QList<double>, values);

    CsvReader reader;
    QVERIFY2(reader.parse(view(text), "dialect.csv"), reader.errorString().c_str());
    QVERIFY(reader.errorString().empty());
    QCOMPARE(reader.table().source, std::string("dialect.csv"));
    QCOMPARE(names(reader.table()), utf8(columns));
    compareValues(reader.table().values, rows, values);
}

void TestCsvReader::rejects_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("error");

    QTest::newRow("empty") << QByteArray() << "t.csv: the file is empty";
    QTest::newRow("BOM only") << QByteArray("\xEF\xBB\xBF") << "t.csv: the file is empty";
    QTest::newRow("blank lines only") << QByteArray("\n \r\n\n") << "t.csv: the file is empty";
    QTest::newRow("header only") << QByteArray("a,b,c\n") << "t.csv: no data rows below the header";
    QTest::newRow("header only, no newline")
        << QByteArray("a,b,c") << "t.csv: no data rows below the header";
    QTest::newRow("header then blank lines")
        << QByteArray("a,b,c\n\n\n") << "t.csv: no data rows below the header";
    QTest::newRow("NUL byte") << QByteArray("a,b\n1,2\n3,\0\n", 12)
                              << "t.csv:3: not a text file (binary or invalid UTF-8 content)";
    QTest::newRow("invalid UTF-8 byte")
        << QByteArray("a,b\n1,2\n3,4\n5,\xFF\n")
        << "t.csv:4: not a text file (binary or invalid UTF-8 content)";
    QTest::newRow("binary header") << QByteArray("\x89PNG\r\n\x1A\n")
                                   << "t.csv:1: not a text file (binary or invalid UTF-8 content)";
    QTest::newRow("UTF-16 without BOM")
        << QByteArray("a\0,\0b\0\n\0", 9)
        << "t.csv:1: not a text file (binary or invalid UTF-8 content)";
    QTest::newRow("truncated UTF-8 sequence")
        << QByteArray("a,b\n1,\xC3")
        << "t.csv:2: not a text file (binary or invalid UTF-8 content)";
    QTest::newRow("overlong UTF-8") << QByteArray("a,\xC0\xAF\n1,2\n")
                                    << "t.csv:1: not a text file (binary or invalid UTF-8 content)";
    QTest::newRow("UTF-8 surrogate")
        << QByteArray("a,b\n1,2\n\"\xED\xA0\x80\",3\n")
        << "t.csv:3: not a text file (binary or invalid UTF-8 content)";
    QTest::newRow("ragged row short") << QByteArray("a,b,c\n1,2,3\n4,5\n")
                                      << "t.csv:3: expected 3 fields as in the header, found 2";
    QTest::newRow("ragged row long") << QByteArray("a,b,c\r\n1,2,3,4\r\n")
                                     << "t.csv:2: expected 3 fields as in the header, found 4";
    QTest::newRow("ragged single column")
        << QByteArray("y\n1\n2,3\n") << "t.csv:3: expected 1 field as in the header, found 2";
    QTest::newRow("empty header name")
        << QByteArray("a,,c\n1,2,3\n") << "t.csv:1:2: empty column name";
    QTest::newRow("blank header name")
        << QByteArray("a,b,  \n1,2,3\n") << "t.csv:1:3: empty column name";
    QTest::newRow("quoted empty header name")
        << QByteArray("\"\",b\n1,2\n") << "t.csv:1:1: empty column name";
    QTest::newRow("duplicate header name")
        << QByteArray("a,b,a\n1,2,3\n") << "t.csv:1:3: duplicate column name 'a'";
    QTest::newRow("duplicate after trimming")
        << QByteArray("x , y, x\n1,2,3\n") << "t.csv:1:3: duplicate column name 'x'";
    QTest::newRow("duplicate header with BOM") << QByteArray("\xEF\xBB\xBF"
                                                             "a;b;b\n1;2;3\n")
                                               << "t.csv:1:3: duplicate column name 'b'";
    QTest::newRow("missing value")
        << QByteArray("a,b,c\n1,2,3\n4,,6\n") << "t.csv:3:2: column 'b': missing value";
    QTest::newRow("missing value at end of line")
        << QByteArray("a,b,c\n1,2,\n") << "t.csv:2:3: column 'c': missing value";
    QTest::newRow("blank cell") << QByteArray("a,b,c\n1,  ,3\n")
                                << "t.csv:2:2: column 'b': missing value";
    QTest::newRow("quoted empty cell")
        << QByteArray("a,b,c\n\"\",2,3\n") << "t.csv:2:1: column 'a': missing value";
    QTest::newRow("word") << QByteArray("a,b,y\n1,two,3\n")
                          << "t.csv:2:2: column 'b': 'two' is not a finite number";
    QTest::newRow("nan") << QByteArray("a,b\n1,nan\n")
                         << "t.csv:2:2: column 'b': 'nan' is not a finite number";
    QTest::newRow("NaN") << QByteArray("a,b\n1,NaN\n")
                         << "t.csv:2:2: column 'b': 'NaN' is not a finite number";
    QTest::newRow("-nan") << QByteArray("a,b\n1,-nan\n")
                          << "t.csv:2:2: column 'b': '-nan' is not a finite number";
    QTest::newRow("inf") << QByteArray("a,b\n1,inf\n")
                         << "t.csv:2:2: column 'b': 'inf' is not a finite number";
    QTest::newRow("-Infinity") << QByteArray("a,b\n1,-Infinity\n")
                               << "t.csv:2:2: column 'b': '-Infinity' is not a finite number";
    QTest::newRow("overflow") << QByteArray("a,b\n1,1e999\n")
                              << "t.csv:2:2: column 'b': '1e999' is not a finite number";
    QTest::newRow("negative overflow") << QByteArray("a,b\n1,-1e999\n")
                                       << "t.csv:2:2: column 'b': '-1e999' is not a finite number";
    QTest::newRow("hex") << QByteArray("a,b\n1,0x10\n")
                         << "t.csv:2:2: column 'b': '0x10' is not a finite number";
    QTest::newRow("decimal comma and point")
        << QByteArray("a;b\n1;1,5.0\n") << "t.csv:2:2: column 'b': '1,5.0' is not a finite number";
    QTest::newRow("two decimal commas")
        << QByteArray("a;b\n1;1,500,2\n")
        << "t.csv:2:2: column 'b': '1,500,2' is not a finite number";
    QTest::newRow("NA without keeping")
        << QByteArray("a,b\n1,NA\n") << "t.csv:2:2: column 'b': 'NA' is not a finite number";
    QTest::newRow("quoted decimal comma")
        << QByteArray("a,b\n1,\"1,5\"\n") << "t.csv:2:2: column 'b': '1,5' is not a finite number";
    QTest::newRow("trailing garbage")
        << QByteArray("a,b\n1,3abc\n") << "t.csv:2:2: column 'b': '3abc' is not a finite number";
    QTest::newRow("inner space") << QByteArray("a,b\n1,1 000\n")
                                 << "t.csv:2:2: column 'b': '1 000' is not a finite number";
    QTest::newRow("double sign") << QByteArray("a,b\n1,+-1\n")
                                 << "t.csv:2:2: column 'b': '+-1' is not a finite number";
    QTest::newRow("lone sign") << QByteArray("a,b\n1,+\n")
                               << "t.csv:2:2: column 'b': '+' is not a finite number";
    QTest::newRow("dangling exponent")
        << QByteArray("a,b\n1,1e\n") << "t.csv:2:2: column 'b': '1e' is not a finite number";
    QTest::newRow("doubled quote in cell") << QByteArray("a,b\n1,\"2\"\"\"\n")
                                           << "t.csv:2:2: column 'b': '2\"' is not a finite number";
    QTest::newRow("long text truncated")
        << QByteArray("a,b\n1,abcdefghijklmnopqrstuvwxyz0123456789\n")
        << "t.csv:2:2: column 'b': 'abcdefghijklmnopqrstuvwxyz0123...' is not a finite number";
    QTest::newRow("control bytes escaped")
        << QByteArray("a,b\n1,\"x\ny\"\n")
        << "t.csv:2:2: column 'b': 'x\\ny' is not a finite number";
    QTest::newRow("tab and escape bytes escaped")
        << QByteArray("a,b\n1,x\ty\x1B\\\n")
        << "t.csv:2:2: column 'b': 'x\\ty\\x1b\\\\' is not a finite number";
    QTest::newRow("column name escaped") << QByteArray("\"a\tb\",c\nx,1\n")
                                         << "t.csv:2:1: column 'a\\tb': 'x' is not a finite number";
    QTest::newRow("unterminated quote in data")
        << QByteArray("a,b\n1,2\n3,\"4\n5,6\n") << "t.csv:3: unterminated quoted field";
    QTest::newRow("unterminated quote in header")
        << QByteArray("a,\"b\n1,2\n") << "t.csv:1: unterminated quoted field";
    QTest::newRow("text after closing quote")
        << QByteArray("a,b\n1,\"2\"x\n")
        << "t.csv:2:2: text after the closing quote of a quoted field";
    QTest::newRow("blank line in the middle")
        << QByteArray("a,b\n1,2\n\n3,4\n")
        << "t.csv:3: unexpected blank line; blank lines are allowed only at the end";
    QTest::newRow("blank line after header")
        << QByteArray("a,b\r\n  \r\n3,4\r\n")
        << "t.csv:2: unexpected blank line; blank lines are allowed only at the end";
    QTest::newRow("blank line before header")
        << QByteArray("\na,b\n3,4\n")
        << "t.csv:1: unexpected blank line; blank lines are allowed only at the end";
    QTest::newRow("line numbers after a multi-line header")
        << QByteArray("\"a\n\nb\",c\n1,2\n3,x\n")
        << "t.csv:5:2: column 'c': 'x' is not a finite number";
}

void TestCsvReader::rejects()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, error);

    CsvReader reader;
    QVERIFY(!reader.parse(view(text), "t.csv"));
    const QString actual = QString::fromStdString(reader.errorString());
    QCOMPARE(actual, error);
    QVERIFY(!actual.contains(QLatin1Char('\n')) && !actual.contains(QLatin1Char('\r')));
    QVERIFY(reader.table().columns.empty());
    QCOMPARE(reader.table().values.size(), Eigen::Index(0));
}

void TestCsvReader::detectsSeparator_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("separator");
    QTest::newRow("comma") << QByteArray("a,b\n1,2\n") << ",";
    QTest::newRow("semicolon") << QByteArray("a;b\n1,5;2\n") << ";";
    QTest::newRow("both: comma") << QByteArray("a;b,c\n") << ",";
    QTest::newRow("comma in quotes") << QByteArray("\"a,1\";b\n") << ";";
    QTest::newRow("quote after semicolon") << QByteArray("a; \"b,c\"\n1;2\n") << ";";
    QTest::newRow("single column") << QByteArray("y\n1,5\n") << ",";
    QTest::newRow("blank first line") << QByteArray("\n  \na;b\n") << ";";
    QTest::newRow("empty") << QByteArray() << ",";
}

void TestCsvReader::detectsSeparator()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, separator);
    QCOMPARE(QString(QChar(CsvTokenizer::detectSeparator(view(text)))), separator);
}

void TestCsvReader::keepsTextAndMissing_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<int>("column");
    QTest::addColumn<bool>("numeric");
    QTest::addColumn<int>("missing");
    QTest::addColumn<int>("missingRow");
    QTest::addColumn<QString>("firstMissing");
    QTest::addColumn<int>("textRow");
    QTest::addColumn<QString>("example");

    const QByteArray mixed("id,site,x,y\n"
                           "p001,\"site 1\",1,NA\n"
                           "p002,\"site 2\",,2\n"
                           "p003,site 3,.,nan\n"
                           "p004,\"s \"\"4\"\"\",4,NaN\n");
    QTest::newRow("id column") << mixed << 0 << false << 0 << 0 << "" << 2 << "p001";
    QTest::newRow("quoted text") << mixed << 1 << false << 0 << 0 << "" << 2 << "site 1";
    QTest::newRow("empty and dot") << mixed << 2 << true << 2 << 3 << "" << 0 << "";
    QTest::newRow("NA, nan, NaN") << mixed << 3 << true << 3 << 2 << "NA" << 0 << "";
    QTest::newRow("na in any case")
        << QByteArray("a,b\n1,na\n2,Na\n3,nA\n4,NAN\n") << 1 << true << 4 << 2 << "na" << 0 << "";
    QTest::newRow("quoted NA") << QByteArray("a,b\n1,\"NA\"\n2,\" \"\n") << 1 << true << 2 << 2
                               << "NA" << 0 << "";
    QTest::newRow("text after numbers") << QByteArray("a,b\n1,2\n3,4\n5,five\n6,NA\n") << 1 << false
                                        << 1 << 5 << "NA" << 4 << "five";
    QTest::newRow("infinity is text")
        << QByteArray("a,b\n1,inf\n") << 1 << false << 0 << 0 << "" << 2 << "inf";
    QTest::newRow("semicolon file") << QByteArray("name;x\n\"Anne, B.\";0,5\nBob;NA\n") << 1 << true
                                    << 1 << 3 << "NA" << 0 << "";
}

void TestCsvReader::keepsTextAndMissing()
{
    QFETCH(QByteArray, text);
    QFETCH(int, column);
    QFETCH(bool, numeric);
    QFETCH(int, missing);
    QFETCH(int, missingRow);
    QFETCH(QString, firstMissing);
    QFETCH(int, textRow);
    QFETCH(QString, example);

    CsvReader strict;
    QVERIFY(!strict.parse(view(text), "t.csv")); // without keeping, any such cell is an error
    CsvReader reader;
    reader.setKeepNonNumeric(true);
    QVERIFY2(reader.parse(view(text), "t.csv"), reader.errorString().c_str());
    const CsvTable& table = reader.table();
    QCOMPARE(table.content.size(), table.columns.size());
    const lev::core::CsvColumn& c = table.content[std::size_t(column)];
    QCOMPARE(table.isNumeric(column), numeric);
    QCOMPARE(int(c.missing), missing);
    QCOMPARE(int(c.firstMissingRow), missingRow);
    QCOMPARE(QString::fromStdString(c.firstMissing), firstMissing);
    QCOMPARE(int(c.textRow), textRow);
    QCOMPARE(QString::fromStdString(c.text), example);
    QVERIFY(!table.isComplete());
    // Every cell that is not a number is NaN; in a numeric column exactly the missing ones.
    if (numeric)
        QCOMPARE(int(table.values.col(column).array().isNaN().count()), missing);
}

namespace {

/// The text of the classroom check: an id, a quoted site, two features and a target with one
/// missing value each (x2 empty in row 11, y 'NA' in row 7).
QByteArray classroomCsv()
{
    QByteArray text("id,site,x1,x2,y\n");
    for (int i = 0; i < 60; ++i) {
        const double x1 = (i % 7) - 3.0;
        const double x2 = x1 * 0.5 + ((i * 13) % 5) - 2.0;
        const QByteArray y =
            i == 5 ? QByteArray("NA") : QByteArray::number(2 * x1 - x2 + ((i * 7) % 3), 'g', 17);
        text += "p" + QByteArray::number(i).rightJustified(3, '0') + ",\"site " +
                QByteArray::number(i % 3) + "\"," + QByteArray::number(x1, 'g', 17) + "," +
                (i == 9 ? QByteArray() : QByteArray::number(x2, 'g', 17)) + "," + y + "\n";
    }
    return text;
}

CsvTable keptTable(const QByteArray& text, const std::string& source = "data.csv")
{
    CsvReader reader;
    reader.setKeepNonNumeric(true);
    if (!reader.parse(view(text), source))
        qFatal("%s", reader.errorString().c_str());
    return reader.takeTable();
}

} // namespace

void TestCsvReader::selectionIgnoresOtherColumns()
{
    const CsvTable table = keptTable("id,site,x,y,notes\np1,\"site 1\",1,2,\np2,A,3,4,NA\n");
    CsvSelection selection;
    QVERIFY2(selection.select(table, {2, 3}, false), selection.errorString().c_str());
    QCOMPARE(selection.problem(), CsvSelection::Problem::None);
    QCOMPARE(names(selection.table()), (QList<QByteArray>{"x", "y"}));
    compareValues(selection.table().values, 2, {1, 2, 3, 4});
    QCOMPARE(selection.rowsUsed(), 2LL);
    QCOMPARE(selection.rowsDropped(), 0LL);
    QVERIFY(selection.table().isComplete());
}

void TestCsvReader::selectionNamesMissingValues_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("error");
    QTest::newRow("one NA") << QByteArray("x,y\n1,2\n3,4\n5,6\n7,8\n9,10\n11,NA\n")
                            << "data.csv: column 'y' has 1 missing value (row 7, 'NA')";
    QTest::newRow("empty cell") << QByteArray("x,y\n1,\n3,4\n")
                                << "data.csv: column 'y' has 1 missing value (row 2, '')";
    QTest::newRow("dot and NaN") << QByteArray("x,y\n.,1\nNaN,2\n3,4\n")
                                 << "data.csv: column 'x' has 2 missing values (row 2, '.', ...)";
    QTest::newRow("two columns") << classroomCsv()
                                 << "data.csv: column 'x2' has 1 missing value (row 11, ''), "
                                    "column 'y' has 1 missing value (row 7, 'NA')";
}

void TestCsvReader::selectionNamesMissingValues()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, error);
    const CsvTable table = keptTable(text);
    std::vector<int> chosen;
    for (int j = 0; j < int(table.columns.size()); ++j)
        if (table.isNumeric(j))
            chosen.push_back(j);
    CsvSelection selection;
    QVERIFY(!selection.select(table, chosen, false));
    QCOMPARE(selection.problem(), CsvSelection::Problem::Missing);
    QCOMPARE(QString::fromStdString(selection.errorString()), error);
    QCOMPARE(QString::fromStdString(CsvSelection::missingProblem(table, chosen)), error);
    QVERIFY(selection.table().columns.empty());
}

void TestCsvReader::selectionDropsIncompleteRows()
{
    const CsvTable table = keptTable(classroomCsv());
    QCOMPARE(table.columns.size(), std::size_t(5));
    QVERIFY(!table.isNumeric(0) && !table.isNumeric(1));
    const std::vector<int> chosen{2, 3, 4};
    QCOMPARE(CsvSelection::completeRows(table, chosen), 58LL);
    QCOMPARE(CsvSelection::completeRows(table, {2, 4}), 59LL);
    CsvSelection selection;
    QVERIFY2(selection.select(table, chosen, true), selection.errorString().c_str());
    QCOMPARE(selection.rowsUsed(), 58LL);
    QCOMPARE(selection.rowsDropped(), 2LL);
    QCOMPARE(selection.table().droppedRows, 2LL);
    const Eigen::MatrixXd& v = selection.table().values;
    QCOMPARE(v.rows(), Eigen::Index(58));
    QVERIFY(v.allFinite());
    // The rows kept are those of i = 0..59 without 5 and 9, in order, with exact values.
    Eigen::Index r = 0;
    for (int i = 0; i < 60; ++i) {
        if (i == 5 || i == 9)
            continue;
        const double x1 = (i % 7) - 3.0;
        const double x2 = x1 * 0.5 + ((i * 13) % 5) - 2.0;
        QCOMPARE(v(r, 0), x1);
        QCOMPARE(v(r, 1), x2);
        QCOMPARE(v(r, 2), 2 * x1 - x2 + ((i * 7) % 3));
        ++r;
    }
}

void TestCsvReader::selectionRefusesTextColumn()
{
    const CsvTable table = keptTable("id,site,x,y\np1,site 1,1,2\np2,\"site 2\",3,4\n");
    CsvSelection selection;
    QVERIFY(!selection.select(table, {1, 2, 3}, true));
    QCOMPARE(selection.problem(), CsvSelection::Problem::Text);
    QCOMPARE(QString::fromStdString(selection.errorString()),
             QStringLiteral("data.csv: column 'site' holds text, e.g. 'site 1' in row 2: only "
                            "numeric columns can be features or the target"));
    QCOMPARE(QString::fromStdString(CsvSelection::textProblem(table, 0)),
             QStringLiteral("column 'id' holds text, e.g. 'p1' in row 2"));
}

void TestCsvReader::selectionWithNoCompleteRow()
{
    const CsvTable table = keptTable("x,y\n1,NA\n,2\n");
    CsvSelection selection;
    QVERIFY(!selection.select(table, {0, 1}, true));
    QCOMPARE(selection.problem(), CsvSelection::Problem::NoRows);
    QVERIFY(!selection.errorString().empty());
    QVERIFY(selection.errorString().find('\n') == std::string::npos);
    QVERIFY(selection.select(table, {0}, true)); // only x: row 2 is complete
    QCOMPARE(selection.rowsUsed(), 1LL);
    QCOMPARE(selection.rowsDropped(), 1LL);
}

void TestCsvReader::readFileMissingNamesPath()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const std::string path = QDir(dir.path()).filePath("no such file.csv").toStdString();
    CsvReader reader;
    QVERIFY(!reader.readFile(path));
    QCOMPARE(reader.errorString(), path + ": cannot open: " + std::strerror(ENOENT));

    const std::string relative = "definitely/missing/data.csv";
    QVERIFY(!reader.readFile(relative));
    QCOMPARE(QString::fromStdString(reader.errorString()).left(int(relative.size()) + 2),
             QString::fromStdString(relative + ": "));
}

void TestCsvReader::readFileDirectory()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const std::string path = dir.path().toStdString();
    CsvReader reader;
    QVERIFY(!reader.readFile(path));
    QCOMPARE(reader.errorString(), path + ": cannot open: " + std::strerror(EISDIR));
}

void TestCsvReader::readFileInTemporaryDir()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = QDir(dir.path()).filePath("in put.csv");
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("\xEF\xBB\xBF"
                   "\"x, 1\";y\r\n1.25;-2\r\n3;4e2\r\n\r\n");
    }
    CsvReader reader;
    QVERIFY2(reader.readFile(path.toStdString()), reader.errorString().c_str());
    QCOMPARE(reader.table().source, path.toStdString());
    QCOMPARE(names(reader.table()), utf8({"x, 1", "y"}));
    compareValues(reader.table().values, 2, {1.25, -2, 3, 400});

    // Errors name the file as given.
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write("a,b\n1,2\n3\n");
    }
    QVERIFY(!reader.readFile(path.toStdString()));
    QCOMPARE(reader.errorString(),
             path.toStdString() + ":3: expected 2 fields as in the header, found 1");
}

void TestCsvReader::readFileLongley()
{
    CsvReader reader;
    QVERIFY2(reader.readFile(LEVERSCOPE_TEST_DATA "/longley.csv"), reader.errorString().c_str());
    const CsvTable& table = reader.table();
    QCOMPARE(table.values.rows(), Eigen::Index(16));
    QCOMPARE(table.values.cols(), Eigen::Index(7));
    QCOMPARE(names(table), utf8({"GNPDEFL", "GNP", "UNEMP", "ARMED", "POP", "YEAR", "TOTEMP"}));
    const QList<double> firstRow{83.0, 234289, 2356, 1590, 107608, 1947, 60323};
    compareValues(table.values.topRows(1), 1, firstRow);
    QCOMPARE(table.values(15, 5), 1962.0);
}

void TestCsvReader::parseResetsPreviousState()
{
    CsvReader reader;
    QVERIFY(reader.parse("a,b\n1,2\n", "first.csv"));
    QVERIFY(!reader.parse("a,b\n1,x\n", "second.csv"));
    QVERIFY(reader.table().columns.empty());
    QCOMPARE(reader.table().values.size(), Eigen::Index(0));
    QVERIFY(reader.parse("c\n5\n", "third.csv"));
    QVERIFY(reader.errorString().empty());
    QCOMPARE(names(reader.table()), utf8({"c"}));
    QCOMPARE(reader.table().source, std::string("third.csv"));
    compareValues(reader.table().values, 1, {5});
}

void TestCsvReader::columnIndex()
{
    CsvReader reader;
    QVERIFY(reader.parse("a, b c ,d\n1,2,3\n", "t.csv"));
    QCOMPARE(reader.table().columnIndex("a"), 0);
    QCOMPARE(reader.table().columnIndex("b c"), 1);
    QCOMPARE(reader.table().columnIndex("d"), 2);
    QCOMPARE(reader.table().columnIndex(" b c "), -1);
    QCOMPARE(reader.table().columnIndex("D"), -1);
    QCOMPARE(CsvTable{}.columnIndex("a"), -1);
}

void TestCsvReader::manyRowsAndColumns()
{
    // Row-major parsing moved into a column-major matrix: every cell lands at (row, column).
    const int rows = 1000;
    const int cols = 37;
    std::string text;
    for (int c = 0; c < cols; ++c)
        text += (c ? "," : "") + std::string("v") + std::to_string(c);
    text += "\r\n";
    QList<double> expected;
    for (int r = 0; r < rows; ++r) {
        for (int c = 0; c < cols; ++c) {
            const double value = r * 1000 + c + 0.5;
            expected << value;
            text += (c ? "," : "") + std::to_string(r * 1000 + c) + ".5";
        }
        text += "\r\n";
    }
    CsvReader reader;
    QVERIFY2(reader.parse(text, "big.csv"), reader.errorString().c_str());
    QCOMPARE(reader.table().columns.size(), std::size_t(cols));
    QCOMPARE(reader.table().columns.back(), std::string("v36"));
    compareValues(reader.table().values, rows, expected);
}

namespace {

/// A header and `rows` rows of two integer columns, written to `path`.
bool writeTwoColumns(const QString& path, int rows)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    QByteArray text = "a,b\n";
    for (int r = 0; r < rows; ++r)
        text += QByteArray::number(r) + ',' + QByteArray::number(2 * r) + '\n';
    return file.write(text) == text.size();
}

} // namespace

void TestCsvReader::progressRisesToOne()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = QDir(dir.path()).filePath("rows.csv");
    QVERIFY(writeTwoColumns(path, 20000));
    CsvReader reader;
    QList<double> seen;
    reader.setProgressHandler([&](double fraction) {
        seen << fraction;
        return true;
    });
    QVERIFY2(reader.readFile(path.toStdString()), reader.errorString().c_str());
    QVERIFY(!reader.cancelled());
    QCOMPARE(reader.table().values.rows(), Eigen::Index(20000));
    // Reading reports once per megabyte, parsing every 2048 rows: 9 calls for 20000 rows plus
    // the read and the final 1.0.
    QVERIFY2(seen.size() >= 10, QByteArray::number(seen.size()));
    QVERIFY(std::is_sorted(seen.begin(), seen.end()));
    QVERIFY(seen.front() >= 0.0 && seen.front() <= 0.1 + 1e-12);
    QCOMPARE(seen.back(), 1.0);
}

void TestCsvReader::progressHandlerCancels()
{
    CsvReader reader;
    QVERIFY(reader.parse("a\n1\n", "ok.csv"));
    std::string text = "a,b\n";
    for (int r = 0; r < 10000; ++r)
        text += std::to_string(r) + ",1\n";
    int calls = 0;
    reader.setProgressHandler([&](double) { return ++calls < 3; });
    QVERIFY(!reader.parse(text, "big.csv"));
    QVERIFY(reader.cancelled());
    QCOMPARE(calls, 3);
    QCOMPARE(reader.errorString(), std::string("big.csv: import cancelled"));
    QVERIFY(reader.table().columns.empty());

    // The next read starts afresh.
    reader.setProgressHandler({});
    QVERIFY(reader.parse(text, "big.csv"));
    QVERIFY(!reader.cancelled());
    QCOMPARE(reader.table().values.rows(), Eigen::Index(10000));
}

QTEST_GUILESS_MAIN(TestCsvReader)
#include "tst_csvreader.moc"
