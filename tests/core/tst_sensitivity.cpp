// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
// Tests the sensitivity to an unmeasured confounder against figures from outside: the closed
// forms of Cinelli & Hazlett (2020), Student-t quantiles from tables, NIST Longley (UNEMP, from the
// certified t and 9 degrees of freedom) and the paper's Darfur table, also to the full precision
// of the R package sensemakr's own test (tests/testthat/test-02-darfur.R).

#include "SanitizerBuild.h"
#include "TestTolerance.h"
#include "diagnostics/ConfounderSensitivity.h"
#include "io/CsvReader.h"
#include "io/CsvSelection.h"
#include "io/CsvTextCells.h"
#include "io/FactorDesign.h"

#include <QTest>

#include <cmath>
#include <numeric>
#include <vector>

using lev::core::ConfounderSensitivity;
using lev::core::SensitivityReport;
using lev::core::SensitivitySettings;

namespace {

/// |actual - expected| <= tolerance * |expected|, with both numbers in the message.
#define CHECK_RELATIVE(actual, expected, tolerance)                                                \
    QVERIFY2(std::abs((actual) - (expected)) <= (tolerance)*std::abs(expected),                    \
             qPrintable(QStringLiteral("%1: got %2, expected %3")                                  \
                            .arg(QLatin1String(#actual))                                           \
                            .arg(actual, 0, 'g', 17)                                               \
                            .arg(expected, 0, 'g', 17)))
/// The value rounded as published: |actual - expected| <= half a unit of the last digit shown.
#define VERIFY_ROUNDED(actual, expected, unit)                                                     \
    QVERIFY2(std::abs((actual) - (expected)) <= 0.5 * (unit) + 1e-15,                              \
             qPrintable(QStringLiteral("%1: got %2, published %3")                                 \
                            .arg(QLatin1String(#actual))                                           \
                            .arg(actual, 0, 'g', 17)                                               \
                            .arg(expected, 0, 'g', 17)))

/// The Darfur design: peacefactor on directlyharmed, age, farmer_dar, herder_dar, pastvoted,
/// hhsize_darfur, female and the factor village (485 indicators).
struct Darfur
{
    Eigen::MatrixXd x;
    Eigen::VectorXd y;
    std::vector<std::string> names;
    QString error;
};

Darfur loadDarfur()
{
    Darfur d;
    const std::string path = LEVERSCOPE_TEST_DATA "/darfur.csv";
    lev::core::CsvReader reader;
    reader.setKeepNonNumeric(true);
    if (!reader.readFile(path)) {
        d.error = QString::fromStdString(reader.errorString());
        return d;
    }
    const auto& table = reader.table();
    std::vector<int> chosen;
    for (const char* name : {"directlyharmed", "age", "farmer_dar", "herder_dar", "pastvoted",
                             "hhsize_darfur", "female", "village", "peacefactor"})
        chosen.push_back(table.columnIndex(name));
    const int village = table.columnIndex("village");
    lev::core::CsvTextCells cells;
    if (!cells.readFile(path, {village})) {
        d.error = QString::fromStdString(cells.errorString());
        return d;
    }
    lev::core::FactorDesign design;
    if (!design.build(table, chosen, {village}, cells.cells(), {}, false)) {
        d.error = QString::fromStdString(design.errorString());
        return d;
    }
    const auto& values = design.table().values;
    d.x = values.leftCols(values.cols() - 1);
    d.y = values.col(values.cols() - 1);
    d.names.assign(design.table().columns.begin(), design.table().columns.end() - 1);
    return d;
}

} // namespace

class TestSensitivity : public QObject
{
    Q_OBJECT

private slots:
    void partialR2ClosedForm();
    void robustnessValueClosedForm_data();
    void robustnessValueClosedForm();
    void studentQuantiles_data();
    void studentQuantiles();
    void longleyUnemployment();
    void darfurTable();
    void impossibleBoundIsRefused();
    void tooStrongMultiplesAreLeftOut();
    void unknownTreatmentIsRefused();
};

void TestSensitivity::partialR2ClosedForm()
{
    // R^2_{Y~D|X} = t^2 / (t^2 + df): t = 3, df = 16 gives 9/25.
    CHECK_RELATIVE(ConfounderSensitivity::partialR2(3.0, 16.0), 0.36, 1e-15);
    CHECK_RELATIVE(ConfounderSensitivity::partialR2(-3.0, 16.0), 0.36, 1e-15);
    QCOMPARE(ConfounderSensitivity::partialR2(0.0, 10.0), 0.0);
}

void TestSensitivity::robustnessValueClosedForm_data()
{
    QTest::addColumn<double>("t");
    QTest::addColumn<double>("dof");
    QTest::addColumn<double>("q");
    QTest::newRow("t 2, df 100") << 2.0 << 100.0 << 1.0;
    QTest::newRow("t 4.18, df 783") << 4.18445 << 783.0 << 1.0;
    QTest::newRow("t -10, df 50, q 0.5") << -10.0 << 50.0 << 0.5;
    QTest::newRow("t 1e-3, df 10") << 1e-3 << 10.0 << 1.0;
}

void TestSensitivity::robustnessValueClosedForm()
{
    // RV_q = (sqrt(f^4 + 4 f^2) - f^2) / 2 with f = q |t| / sqrt(df) (alpha = 1: no critical
    // value).
    QFETCH(double, t);
    QFETCH(double, dof);
    QFETCH(double, q);
    const long double f = q * std::abs(t) / std::sqrt(dof);
    const long double rv = (std::sqrt(f * f * f * f + 4 * f * f) - f * f) / 2;
    CHECK_RELATIVE(ConfounderSensitivity::robustnessValue(t, dof, q, 1.0), double(rv), 1e-12);
    // A confounder with R^2 = RV with both D and Y removes exactly q of the estimate.
    const double r = ConfounderSensitivity::robustnessValue(t, dof, q, 1.0);
    const double se = 1.0;
    const double estimate = t * se;
    const double left = ConfounderSensitivity::adjustedEstimate(estimate, se, dof, r, r);
    QVERIFY2(std::abs(left - (1 - q) * estimate) < 1e-9 * std::max(1.0, std::abs(estimate)),
             qPrintable(QString::number(left, 'g', 17)));
}

void TestSensitivity::studentQuantiles_data()
{
    QTest::addColumn<double>("p");
    QTest::addColumn<double>("dof");
    QTest::addColumn<double>("expected");
    // Printed tables (e.g. Abramowitz & Stegun 26.10) and the closed forms for 1 and 2 df.
    QTest::newRow("0.975, 1 df: tan(0.475 pi)") << 0.975 << 1.0 << std::tan(0.475 * M_PI);
    QTest::newRow("0.975, 2 df: closed form")
        << 0.975 << 2.0 << 0.95 / std::sqrt(2 * 0.975 * 0.025);
    QTest::newRow("0.975, 10 df") << 0.975 << 10.0 << 2.228138852;
    QTest::newRow("0.025, 8 df") << 0.025 << 8.0 << -2.306004135;
    QTest::newRow("0.995, 30 df") << 0.995 << 30.0 << 2.749995654;
}

void TestSensitivity::studentQuantiles()
{
    QFETCH(double, p);
    QFETCH(double, dof);
    QFETCH(double, expected);
    CHECK_RELATIVE(ConfounderSensitivity::studentQuantile(p, dof), expected, 1e-8);
}

void TestSensitivity::longleyUnemployment()
{
    lev::core::CsvReader reader;
    QVERIFY(reader.readFile(LEVERSCOPE_TEST_DATA "/longley.csv"));
    const auto& table = reader.table();
    const int target = table.columnIndex("TOTEMP");
    Eigen::MatrixXd x(table.values.rows(), table.values.cols() - 1);
    std::vector<std::string> names;
    for (int j = 0, k = 0; j < table.values.cols(); ++j)
        if (j != target) {
            x.col(k++) = table.values.col(j);
            names.push_back(table.columns[std::size_t(j)]);
        }
    SensitivitySettings settings;
    settings.treatment = "UNEMP";
    const SensitivityReport r =
        ConfounderSensitivity::analyse(x, table.values.col(target), names, true, settings);
    QVERIFY2(r.ok, r.message.c_str());
    QCOMPARE(r.dof, 9.0);
    // NIST's certified weight and standard error of UNEMP.
    CHECK_RELATIVE(r.estimate, -2.02022980381683, 1e-10);
    CHECK_RELATIVE(r.se, 0.488399681651699, 1e-10);
    CHECK_RELATIVE(r.partialR2, 0.655305, 1e-5);
    CHECK_RELATIVE(r.robustnessValue, 0.724159, 1e-5);
    CHECK_RELATIVE(r.robustnessValueAlpha, 0.426184, 1e-5);
}

void TestSensitivity::darfurTable()
{
    if (lev::test::kSanitized)
        QSKIP("Darfur with its 486 villages (493 columns) runs in the Release suite only: at the "
              "sanitizer build's -O0 one fit takes minutes");
    const Darfur d = loadDarfur();
    QVERIFY2(d.error.isEmpty(), qPrintable(d.error));
    QCOMPARE(d.x.rows(), Eigen::Index(1276));
    QCOMPARE(d.x.cols(), Eigen::Index(7 + 485));
    SensitivitySettings settings;
    settings.treatment = "directlyharmed";
    settings.benchmark = "female";
    settings.kd = {1.0, 2.0, 3.0};
    const SensitivityReport r = ConfounderSensitivity::analyse(d.x, d.y, d.names, true, settings);
    QVERIFY2(r.ok, r.message.c_str());

    // Cinelli & Hazlett (2020), Table 1, as published.
    VERIFY_ROUNDED(r.estimate, 0.0973, 1e-4);
    VERIFY_ROUNDED(r.se, 0.0233, 1e-4);
    VERIFY_ROUNDED(r.t, 4.184, 1e-3);
    QCOMPARE(r.dof, 783.0);
    VERIFY_ROUNDED(100 * r.partialR2, 2.19, 1e-2);
    VERIFY_ROUNDED(100 * r.robustnessValue, 13.9, 1e-1);
    VERIFY_ROUNDED(100 * r.robustnessValueAlpha, 7.6, 1e-1);
    QCOMPARE(r.bounds.size(), std::size_t(3));
    const double r2dz[] = {0.9, 1.8, 2.7};
    const double adjusted[] = {0.075, 0.053, 0.030};
    for (int k = 0; k < 3; ++k) {
        VERIFY_ROUNDED(100 * r.bounds[std::size_t(k)].r2dzX, r2dz[k], 1e-1);
        VERIFY_ROUNDED(r.bounds[std::size_t(k)].adjustedEstimate, adjusted[k], 1e-3);
    }

    // sensemakr's test of the same model, to its stated precision.
    CHECK_RELATIVE(r.partialR2, 0.02187, 1e-5 / 0.02187);
    CHECK_RELATIVE(r.robustnessValue, 0.13878, 1e-5 / 0.13878);
    CHECK_RELATIVE(r.robustnessValueAlpha, 0.07626, 1e-5 / 0.07626);
    const double r2dzFull[] = {0.00916428667504862, 0.0183285733500972, 0.0274928600251459};
    const double r2yzFull[] = {0.12464092303637, 0.249324064199975, 0.374050471038094};
    const double estimateFull[] = {0.0752202712144491, 0.0529151723844518, 0.0303960234641548};
    const double seFull[] = {0.0218733277437572, 0.0203500620779637, 0.0186700648170924};
    const double tFull[] = {3.43890386024675, 2.60024623913809, 1.62806202131271};
    for (std::size_t k = 0; k < 3; ++k) {
        CHECK_RELATIVE(r.bounds[k].r2dzX, r2dzFull[k], 1e-8);
        CHECK_RELATIVE(r.bounds[k].r2yzDx, r2yzFull[k], 1e-8);
        CHECK_RELATIVE(r.bounds[k].adjustedEstimate, estimateFull[k], 1e-8);
        CHECK_RELATIVE(r.bounds[k].adjustedSe, seFull[k], 1e-8);
        CHECK_RELATIVE(r.bounds[k].adjustedT, tFull[k], 1e-8);
    }
    // The contour grid's corner at no confounding is the estimate itself.
    QCOMPARE(r.gridEstimate(0, 0), r.estimate);
    CHECK_RELATIVE(r.gridT(0, 0), r.t * std::sqrt(782.0 / 783.0), 1e-12);
}

void TestSensitivity::impossibleBoundIsRefused()
{
    // A benchmark explaining half of D: r2dz = kd * 0.5 / 0.5 >= 1 already at kd = 1.
    std::string why;
    QVERIFY(!ConfounderSensitivity::bound(0.5, 0.1, 1.0, 1.0, &why));
    QVERIFY(why.find("smaller multiple") != std::string::npos);
    // sensemakr's ovb_partial_r2_bound closed form at r2dxj = 0.1, r2yxj = 0.2, kd = ky = 1.
    const auto b = ConfounderSensitivity::bound(0.1, 0.2, 1.0, 1.0, &why);
    QVERIFY(b);
    CHECK_RELATIVE(b->r2dzX, 0.1 / 0.9, 1e-15);
    const double r2zxj = 0.01 / (0.9 * 0.9);
    const double root = (1.0 + std::sqrt(r2zxj)) / std::sqrt(1.0 - r2zxj);
    CHECK_RELATIVE(b->r2yzDx, root * root * 0.2 / 0.8, 1e-14);
}

void TestSensitivity::tooStrongMultiplesAreLeftOut()
{
    // Longley, UNEMP with ARMED as the benchmark at 1, 2, 3 times its strength.
    lev::core::CsvReader reader;
    QVERIFY(reader.readFile(LEVERSCOPE_TEST_DATA "/longley.csv"));
    const auto& table = reader.table();
    const Eigen::MatrixXd x = table.values.leftCols(6);
    const std::vector<std::string> names(table.columns.begin(), table.columns.begin() + 6);
    SensitivitySettings settings;
    settings.treatment = "UNEMP";
    settings.benchmark = "ARMED";
    settings.kd = {1.0, 2.0, 3.0};
    const SensitivityReport r =
        ConfounderSensitivity::analyse(x, table.values.col(6), names, true, settings);

    // ARMED's partial R² with UNEMP given the others: the squared partial correlation of their
    // residuals on [1, GNPDEFL, GNP, POP, YEAR] (Frisch-Waugh), from Eigen's QR; with TOTEMP,
    // from NIST's certified t of ARMED (-1.03322686717359 / 0.214274163161675, 9 df).
    Eigen::MatrixXd others(16, 5);
    others << Eigen::VectorXd::Ones(16), x.col(0), x.col(1), x.col(4), x.col(5);
    const Eigen::ColPivHouseholderQR<Eigen::MatrixXd> qr(others);
    const Eigen::VectorXd unemp = x.col(2) - others * qr.solve(x.col(2));
    const Eigen::VectorXd armed = x.col(3) - others * qr.solve(x.col(3));
    const double r2dxj =
        std::pow(unemp.dot(armed), 2) / (unemp.squaredNorm() * armed.squaredNorm());
    const double tNist = -1.03322686717359 / 0.214274163161675;
    const double r2yxj = tNist * tNist / (tNist * tNist + 9.0);
    CHECK_RELATIVE(r.benchmarkR2dxjX, r2dxj, 1e-8);
    CHECK_RELATIVE(r.benchmarkR2yxjDx, r2yxj, 1e-8);

    // 1 × ARMED is bounded: r2dz = r2dxj / (1 - r2dxj) < 1, but its implied r2yz (the closed
    // form of impossibleBoundIsRefused) is above 1, so it is set to 1 as sensemakr does.
    QVERIFY2(r.ok, r.message.c_str());
    QCOMPARE(r.bounds.size(), std::size_t(1));
    CHECK_RELATIVE(r.bounds[0].r2dzX, r2dxj / (1.0 - r2dxj), 1e-8);
    const double r2zxj = r2dxj * r2dxj / ((1.0 - r2dxj) * (1.0 - r2dxj));
    const double root = (1.0 + std::sqrt(r2zxj)) / std::sqrt(1.0 - r2zxj);
    QVERIFY(root * root * r2yxj / (1.0 - r2yxj) > 1.0);
    QVERIFY(r.bounds[0].outcomeCapped);
    QCOMPARE(r.bounds[0].r2yzDx, 1.0);
    QCOMPARE(r.bounds[0].adjustedSe, 0.0);
    // 2 and 3 × ARMED would explain more than all of UNEMP: no bound, each named.
    QVERIFY(2.0 * r2dxj / (1.0 - r2dxj) >= 1.0);
    QVERIFY(r.impossibleBound);
    QCOMPARE(r.impossibleBounds.size(), std::size_t(2));
    for (std::size_t k = 0; k < 2; ++k) {
        QCOMPARE(r.impossibleBounds[k].kd, double(k + 2));
        CHECK_RELATIVE(r.impossibleBounds[k].r2dzX, (k + 2) * r2dxj / (1.0 - r2dxj), 1e-8);
    }
    QVERIFY2(r.message.rfind("--kd 2: ", 0) == 0, r.message.c_str());
    // The contours still have their grid, past the bound.
    QCOMPARE(r.gridAxis.size(), Eigen::Index(settings.gridSize));
    QVERIFY(r.gridAxis[r.gridAxis.size() - 1] > r.bounds[0].r2dzX);
}

void TestSensitivity::unknownTreatmentIsRefused()
{
    const Eigen::MatrixXd x = Eigen::MatrixXd::Random(20, 2);
    const Eigen::VectorXd y = Eigen::VectorXd::Random(20);
    SensitivitySettings settings;
    settings.treatment = "nope";
    const SensitivityReport r = ConfounderSensitivity::analyse(x, y, {"a", "b"}, true, settings);
    QVERIFY(!r.ok);
    QVERIFY(r.message.find("'nope'") != std::string::npos);
}

QTEST_GUILESS_MAIN(TestSensitivity)
#include "tst_sensitivity.moc"
