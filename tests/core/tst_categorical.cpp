// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
// Tests categorical features: the indicator coding (names, reference level, level order, missing
// cells), least squares on indicators against the group means, the generalized VIF against the
// ordinary VIF and its invariance to the reference level (Fox & Monette 1992), and `fit` on the
// command line: the categorical options, their errors, and the Darfur table of Cinelli & Hazlett.

#include "SanitizerBuild.h"
#include "diagnostics/GeneralizedVif.h"
#include "estimators/PreciseLeastSquares.h"
#include "io/CsvReader.h"
#include "io/CsvTextCells.h"
#include "io/FactorDesign.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using lev::core::CsvReader;
using lev::core::CsvTextCells;
using lev::core::FactorDesign;

namespace {

/// A small file: y, a number x, a text factor `site` and a numeric code `grade`.
constexpr const char* kText = "y,x,site,grade\n"
                              "1.0,0.5,b,10\n"
                              "2.0,1.5,a,2\n"
                              "4.0,2.0,c,2\n"
                              "3.5,0.1,b,10\n"
                              "6.0,1.0,c,1\n"
                              "2.5,0.7,a,1\n"
                              "5.0,3.0,\"c\",2\n";

struct Built
{
    bool ok = false;
    FactorDesign design;
};

/// Encodes `factorNames` among `features` (then the target y) of kText (or `text`).
Built build(const std::vector<std::string>& features, const std::vector<std::string>& factorNames,
            const std::map<std::string, std::string>& references = {}, bool dropMissing = false,
            const char* text = kText)
{
    Built b;
    CsvReader reader;
    reader.setKeepNonNumeric(true);
    if (!reader.parse(text, "t.csv"))
        return b;
    const auto& table = reader.table();
    std::vector<int> chosen;
    for (const auto& name : features)
        chosen.push_back(table.columnIndex(name));
    chosen.push_back(table.columnIndex("y"));
    std::vector<int> factors;
    for (const auto& name : factorNames)
        factors.push_back(table.columnIndex(name));
    CsvTextCells cells;
    if (!cells.parse(text, "t.csv", factors))
        return b;
    b.ok = b.design.build(table, chosen, factors, cells.cells(), references, dropMissing);
    return b;
}

struct Run
{
    int exitCode = -1;
    QJsonObject json;
    QString error;
};

Run runFit(const QStringList& arguments)
{
    QProcess process;
    process.start(QStringLiteral(LEVERSCOPE_BINARY), QStringList{"fit"} + arguments);
    Run run;
    // No limit of its own: ctest's --timeout bounds the test (the Darfur fit, 493 columns, takes
    // about a second optimized and minutes under the sanitizers).
    if (!process.waitForFinished(-1))
        return run;
    run.exitCode = process.exitCode();
    run.json = QJsonDocument::fromJson(process.readAllStandardOutput()).object();
    run.error = QString::fromUtf8(process.readAllStandardError());
    return run;
}

} // namespace

class TestCategorical : public QObject
{
    Q_OBJECT

private slots:
    void indicatorColumns();
    void numericLevelsSortAsNumbers();
    void chosenReference();
    void oneLevelIsAnError();
    void missingCellsAreDroppedWithTheirLevels();
    void indicatorsFitTheGroupMeans();
    void generalizedVif();
    void commandLine_data();
    void commandLine();
    void commandLineDarfur();
};

void TestCategorical::indicatorColumns()
{
    const Built b = build({"x", "site"}, {"site"});
    QVERIFY2(b.ok, b.design.errorString().c_str());
    const auto& t = b.design.table();
    QVERIFY(t.columns == (std::vector<std::string>{"x", "site[b]", "site[c]", "y"}));
    QVERIFY(b.design.factors().size() == std::size_t(1));
    QVERIFY(b.design.factors()[0].reference == std::string("a"));
    QCOMPARE(b.design.factors()[0].first, 1);
    QCOMPARE(b.design.factors()[0].count, 2);
    // Rows: b, a, c, b, c, a, c (the last quoted).
    const Eigen::VectorXd b1 = (Eigen::VectorXd(7) << 1, 0, 0, 1, 0, 0, 0).finished();
    const Eigen::VectorXd c1 = (Eigen::VectorXd(7) << 0, 0, 1, 0, 1, 0, 1).finished();
    QVERIFY(t.values.col(1) == b1);
    QVERIFY(t.values.col(2) == c1);
    QVERIFY(t.isComplete());
}

void TestCategorical::numericLevelsSortAsNumbers()
{
    const Built b = build({"grade"}, {"grade"});
    QVERIFY2(b.ok, b.design.errorString().c_str());
    QVERIFY(b.design.factors()[0].levels == (std::vector<std::string>{"1", "2", "10"}));
    QVERIFY(b.design.table().columns == (std::vector<std::string>{"grade[2]", "grade[10]", "y"}));
}

void TestCategorical::chosenReference()
{
    const Built b = build({"site"}, {"site"}, {{"site", "c"}});
    QVERIFY2(b.ok, b.design.errorString().c_str());
    QVERIFY(b.design.table().columns == (std::vector<std::string>{"site[a]", "site[b]", "y"}));
    const Built wrong = build({"site"}, {"site"}, {{"site", "z"}});
    QVERIFY(!wrong.ok);
    QCOMPARE(wrong.design.problem(), FactorDesign::Problem::Reference);
    QVERIFY2(wrong.design.errorString().find("'z' is not a level of column 'site'") !=
                 std::string::npos,
             wrong.design.errorString().c_str());
}

void TestCategorical::oneLevelIsAnError()
{
    const char* text = "y,k\n1,same\n2,same\n3,same\n";
    const Built b = build({"k"}, {"k"}, {}, false, text);
    QVERIFY(!b.ok);
    QCOMPARE(b.design.problem(), FactorDesign::Problem::OneLevel);
    QVERIFY2(b.design.errorString().find("column 'k' has a single level ('same')") !=
                 std::string::npos,
             b.design.errorString().c_str());
}

void TestCategorical::missingCellsAreDroppedWithTheirLevels()
{
    // Level 'd' occurs only in a row whose y is missing: with the row, it is gone.
    const char* text = "y,x,k\n1,1,a\n2,2,b\nNA,3,d\n4,4,a\n5,5,NA\n6,6,b\n";
    const Built refused = build({"x", "k"}, {"k"}, {}, false, text);
    QVERIFY(!refused.ok);
    QCOMPARE(refused.design.problem(), FactorDesign::Problem::Missing);
    const Built b = build({"x", "k"}, {"k"}, {}, true, text);
    QVERIFY2(b.ok, b.design.errorString().c_str());
    QVERIFY(b.design.factors()[0].levels == (std::vector<std::string>{"a", "b"}));
    const auto& t = b.design.table();
    QVERIFY(t.columns == (std::vector<std::string>{"x", "k[b]", "y"}));
    for (int j = 0; j < 3; ++j) {
        QVERIFY(std::isnan(t.values(2, j)));
        QVERIFY(std::isnan(t.values(4, j)));
        QVERIFY(t.content[std::size_t(j)].missing == 2);
    }
}

void TestCategorical::indicatorsFitTheGroupMeans()
{
    // y on a factor alone: the intercept is the reference group's mean, each weight the
    // difference of a group's mean from it.
    const Built b = build({"site"}, {"site"});
    QVERIFY(b.ok);
    const auto& v = b.design.table().values;
    const auto fit = lev::core::PreciseLeastSquares::fit(v.leftCols(2), v.col(2), true);
    QVERIFY(fit.identifiable);
    const double a = (2.0 + 2.5) / 2, bMean = (1.0 + 3.5) / 2, c = (4.0 + 6.0 + 5.0) / 3;
    QVERIFY(std::abs(*fit.intercept - a) < 1e-13);
    QVERIFY(std::abs(fit.coefficients(0) - (bMean - a)) < 1e-13);
    QVERIFY(std::abs(fit.coefficients(1) - (c - a)) < 1e-13);
}

void TestCategorical::generalizedVif()
{
    // Blocks of one column: GVIF is the VIF, 1 / (1 - r^2) for two features with correlation r.
    Eigen::MatrixXd two(4, 2);
    two << 1, 2, 2, 1, 3, 5, 4, 3;
    const double r =
        (two.col(0).array() - 2.5).matrix().dot((two.col(1).array() - 2.75).matrix()) /
        ((two.col(0).array() - 2.5).matrix().norm() * (two.col(1).array() - 2.75).matrix().norm());
    const auto single = lev::core::GeneralizedVif::of(two, {{"a", 0, 1}, {"b", 1, 1}});
    QVERIFY(single[0].gvif && single[1].gvif);
    QVERIFY(std::abs(*single[0].gvif - 1.0 / (1.0 - r * r)) < 1e-12);
    QVERIFY(std::abs(*single[1].gvif - 1.0 / (1.0 - r * r)) < 1e-12);
    QVERIFY(std::abs(*single[0].gvifPerDf - std::sqrt(1.0 / (1.0 - r * r))) < 1e-12);

    // A factor's GVIF does not depend on which level is the reference (the VIFs of its
    // indicators do).
    double previous = 0.0;
    for (const char* reference : {"a", "b", "c"}) {
        const Built b = build({"x", "site"}, {"site"}, {{"site", reference}});
        QVERIFY(b.ok);
        const auto& v = b.design.table().values;
        const auto values = lev::core::GeneralizedVif::of(v.leftCols(3), {{"site", 1, 2}});
        QVERIFY(values[0].gvif);
        QCOMPARE(values[0].df, 2);
        if (previous != 0.0)
            QVERIFY2(std::abs(*values[0].gvif / previous - 1.0) < 1e-12,
                     qPrintable(QStringLiteral("%1 vs %2").arg(*values[0].gvif).arg(previous)));
        previous = *values[0].gvif;
    }
}

void TestCategorical::commandLine_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message"); // empty: success
    QTest::newRow("text feature named") << QStringList{"--features", "x,site"} << 0 << QString();
    QTest::newRow("forced numeric codes")
        << QStringList{"--features", "x,grade", "--categorical", "grade"} << 0 << QString();
    QTest::newRow("unknown reference level")
        << QStringList{"--features", "site", "--reference", "site=z"} << 2
        << QStringLiteral("'z' is not a level of column 'site'");
    QTest::newRow("reference of a numeric column")
        << QStringList{"--features", "x", "--reference", "x=1"} << 2
        << QStringLiteral("--reference: 'x' is not a categorical feature");
    QTest::newRow("categorical not a feature")
        << QStringList{"--features", "x", "--categorical", "grade"} << 2
        << QStringLiteral("--categorical: 'grade' is not a feature column");
    QTest::newRow("sensitivity of a factor")
        << QStringList{"--features", "x,site", "--sensitivity", "site"} << 2
        << QStringLiteral("'site' is categorical; name one of its indicator columns, e.g. "
                          "'site[b]'");
    QTest::newRow("unnamed text stays text")
        << QStringList{"--categorical", "grade"} << 1
        << QStringLiteral("holds text, e.g. 'b' in row 2: only numeric or categorical columns can "
                          "be features, and the target must be numeric (--features A,B,...");
    QTest::newRow("text without --features")
        << QStringList{} << 1 << QStringLiteral("column 'site' holds text");
}

void TestCategorical::commandLine()
{
    QFETCH(QStringList, options);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("t.csv"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(kText);
    file.close();
    const Run run = runFit(QStringList{"--csv", path, "--target", "y"} + options);
    QCOMPARE(run.exitCode, exitCode);
    if (exitCode == 0) {
        QVERIFY2(run.error.isEmpty(), qPrintable(run.error));
        QVERIFY(run.json.value("factors").isObject());
        QVERIFY(run.json.value("generalized_vif").isObject());
        return;
    }
    QCOMPARE(run.error.count('\n'), 1);
    QVERIFY2(run.error.contains(message), qPrintable(run.error));
}

void TestCategorical::commandLineDarfur()
{
    if (lev::test::kSanitized)
        QSKIP("Darfur with its 486 villages (493 columns) runs in the Release suite only: at the "
              "sanitizer build's -O0 one fit takes minutes");
    // The worked example of the README: Cinelli & Hazlett's Table 1 from `fit`.
    const Run run = runFit(QStringList{
        "--csv", LEVERSCOPE_TEST_DATA "/darfur.csv", "--target", "peacefactor", "--features",
        "directlyharmed,age,farmer_dar,herder_dar,pastvoted,hhsize_darfur,female,village",
        "--sensitivity", "directlyharmed", "--benchmark", "female", "--kd", "1,2,3"});
    QCOMPARE(run.exitCode, 0);
    const QJsonObject s = run.json.value("sensitivity").toObject();
    QCOMPARE(s.value("dof").toDouble(), 783.0);
    QVERIFY(std::abs(s.value("estimate").toDouble() - 0.0973) <= 0.00005);
    QVERIFY(std::abs(s.value("se").toDouble() - 0.0233) <= 0.00005);
    QVERIFY(std::abs(s.value("t").toDouble() - 4.184) <= 0.0005);
    QVERIFY(std::abs(s.value("robustness_value").toDouble() - 0.139) <= 0.0005);
    QVERIFY(std::abs(s.value("robustness_value_alpha").toDouble() - 0.076) <= 0.0005);
    const QJsonArray bounds = s.value("bounds").toArray();
    QCOMPARE(bounds.size(), 3);
    const double adjusted[] = {0.075, 0.053, 0.030};
    for (int k = 0; k < 3; ++k)
        QVERIFY(std::abs(bounds[k].toObject().value("adjusted_estimate").toDouble() -
                         adjusted[k]) <= 0.0005);
    const QJsonObject village = run.json.value("factors").toObject().value("village").toObject();
    QCOMPARE(village.value("levels").toArray().size(), 486);
    QCOMPARE(run.json.value("coefficients").toObject().size(), 7 + 485);
}

QTEST_GUILESS_MAIN(TestCategorical)
#include "tst_categorical.moc"
