// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
// Tests the Belsley-Kuh-Welsch diagnostics against figures from outside: NIST Longley's condition
// indices from NumPy's SVD of the unit-length design, the closed form of two unit columns with
// inner product c, and (centred) the eigenvalues of the correlation matrix.

#include "TestTolerance.h"
#include "diagnostics/BelsleyDiagnostics.h"
#include "io/CsvReader.h"

#include <QTest>

#include <algorithm>
#include <cmath>
#include <vector>

using lev::core::BelsleyDiagnostics;
using lev::core::BelsleyReport;
using lev::core::BelsleySettings;
using lev::core::CsvReader;

namespace {

/// Longley's six features (CSV order) and their names.
bool longleyFeatures(Eigen::MatrixXd* x, std::vector<std::string>* names)
{
    CsvReader reader;
    if (!reader.readFile(LEVERSCOPE_TEST_DATA "/longley.csv"))
        return false;
    const auto& table = reader.table();
    const int target = table.columnIndex("TOTEMP");
    x->resize(table.values.rows(), table.values.cols() - 1);
    names->clear();
    for (int j = 0, k = 0; j < table.values.cols(); ++j) {
        if (j == target)
            continue;
        x->col(k++) = table.values.col(j);
        names->push_back(table.columns[std::size_t(j)]);
    }
    return true;
}

int indexOf(const std::vector<std::string>& names, const std::string& name)
{
    return static_cast<int>(std::find(names.begin(), names.end(), name) - names.begin());
}

} // namespace

class TestBelsley : public QObject
{
    Q_OBJECT

private slots:
    void longleyConditionIndices();
    void longleyProportions();
    void twoColumns_data();
    void twoColumns();
    void centredIsCorrelationSpectrum();
    void zeroColumnIsSingular();
};

void TestBelsley::longleyConditionIndices()
{
    Eigen::MatrixXd x;
    std::vector<std::string> names;
    QVERIFY(longleyFeatures(&x, &names));
    const BelsleyReport report = BelsleyDiagnostics::of(x, names);
    // numpy.linalg.svd of [1, X] with unit-length columns: d_max / d_k.
    const Eigen::VectorXd numpy = (Eigen::VectorXd(7) << 1.0, 9.14172052, 12.2557350, 25.3366071,
                                   230.423946, 1048.08030, 43275.0436)
                                      .finished();
    QCOMPARE(report.conditionIndices.size(), Eigen::Index(7));
    for (int k = 0; k < 7; ++k) {
        const double relative = std::abs(report.conditionIndices(k) / numpy(k) - 1.0);
        QVERIFY2(relative < 1e-8, qPrintable(QStringLiteral("index %1: %2 vs %3")
                                                 .arg(k)
                                                 .arg(report.conditionIndices(k), 0, 'g', 12)
                                                 .arg(numpy(k), 0, 'g', 12)));
    }
    QVERIFY(report.columns.front() == std::string("(intercept)"));
    QVERIFY(!report.singular);
}

void TestBelsley::longleyProportions()
{
    Eigen::MatrixXd x;
    std::vector<std::string> names;
    QVERIFY(longleyFeatures(&x, &names));
    const BelsleyReport report = BelsleyDiagnostics::of(x, names);
    // Each column's proportions sum to 1 over the components.
    for (Eigen::Index j = 0; j < report.proportions.rows(); ++j)
        QVERIFY(std::abs(report.proportions.row(j).sum() - 1.0) < 1e-12);
    // The largest index (43275) carries the intercept's and YEAR's variance (NumPy: 0.9999,
    // 0.9998): the dependency between the constant and the calendar year.
    const Eigen::Index largest = report.conditionIndices.size() - 1;
    const auto columns = report.columns;
    QVERIFY(std::abs(report.proportions(indexOf(columns, "(intercept)"), largest) - 0.9999) < 1e-3);
    QVERIFY(std::abs(report.proportions(indexOf(columns, "YEAR"), largest) - 0.9998) < 1e-3);
    QVERIFY(!report.nearDependencies.empty());
    const auto& last = report.nearDependencies.back();
    QCOMPARE(last.component, int(largest));
    QVERIFY(std::count(last.columns.begin(), last.columns.end(), "(intercept)") == 1);
    QVERIFY(std::count(last.columns.begin(), last.columns.end(), "YEAR") == 1);
    for (const auto& dependency : report.nearDependencies) {
        QVERIFY(dependency.conditionIndex > 30.0);
        QVERIFY(dependency.columns.size() >= 2);
    }
}

void TestBelsley::twoColumns_data()
{
    QTest::addColumn<double>("c");
    QTest::newRow("c = 0.1") << 0.1;
    QTest::newRow("c = 0.9") << 0.9;
    QTest::newRow("c = 0.999") << 0.999;
    QTest::newRow("c = -0.5") << -0.5;
}

void TestBelsley::twoColumns()
{
    // Two unit columns with inner product c: X^T X = [1 c; c 1], singular values sqrt(1 +- c),
    // eta = sqrt((1 + |c|) / (1 - |c|)); on the small component each proportion is (1 + |c|) / 2.
    QFETCH(double, c);
    Eigen::MatrixXd x(2, 2);
    x << 1.0, c, 0.0, std::sqrt(1.0 - c * c);
    BelsleySettings settings;
    settings.intercept = false;
    const BelsleyReport report = BelsleyDiagnostics::of(x, {"a", "b"}, settings);
    const double a = std::abs(c);
    QString why;
    QVERIFY2(lev::test::scalarNear(report.conditionIndices(1), std::sqrt((1 + a) / (1 - a)), 1e-12,
                                   &why),
             qPrintable(why));
    for (int j = 0; j < 2; ++j) {
        QVERIFY2(lev::test::scalarNear(report.proportions(j, 1), (1 + a) / 2, 1e-12, &why),
                 qPrintable(why));
        QVERIFY2(lev::test::scalarNear(report.proportions(j, 0), (1 - a) / 2, 1e-12, &why),
                 qPrintable(why));
    }
    QVERIFY(report.nearDependencies.empty() == (std::sqrt((1 + a) / (1 - a)) <= 30.0));
}

void TestBelsley::centredIsCorrelationSpectrum()
{
    // Centred unit-length columns have the correlation matrix as their Gram matrix, so
    // eta_k = sqrt(lambda_max / lambda_k) over its eigenvalues (computed here from the Gram
    // matrix, not from an SVD).
    Eigen::MatrixXd x;
    std::vector<std::string> names;
    QVERIFY(longleyFeatures(&x, &names));
    BelsleySettings settings;
    settings.centred = true;
    const BelsleyReport report = BelsleyDiagnostics::of(x, names, settings);
    QVERIFY(report.columns == names); // no intercept column
    const Eigen::MatrixXd centred = x.rowwise() - x.colwise().mean();
    const Eigen::VectorXd sd = centred.colwise().norm();
    const Eigen::MatrixXd r = sd.cwiseInverse().asDiagonal() * (centred.transpose() * centred) *
                              sd.cwiseInverse().asDiagonal();
    Eigen::VectorXd lambda = Eigen::SelfAdjointEigenSolver<Eigen::MatrixXd>(r).eigenvalues();
    std::sort(lambda.data(), lambda.data() + lambda.size(), std::greater<>());
    for (Eigen::Index k = 0; k < lambda.size(); ++k) {
        const double expected = std::sqrt(lambda(0) / lambda(k));
        QVERIFY2(
            std::abs(report.conditionIndices(k) / expected - 1.0) < 1e-6,
            qPrintable(QStringLiteral("%1 vs %2").arg(report.conditionIndices(k)).arg(expected)));
    }
}

void TestBelsley::zeroColumnIsSingular()
{
    Eigen::MatrixXd x(4, 2);
    x << 1, 0, 2, 0, 3, 0, 5, 0;
    const BelsleyReport report = BelsleyDiagnostics::of(x, {"a", "zero"});
    QVERIFY(report.singular);
    QVERIFY(std::isinf(report.conditionIndices(2)));
    QVERIFY(report.nearDependencies.empty());
}

QTEST_GUILESS_MAIN(TestBelsley)
#include "tst_belsley.moc"
