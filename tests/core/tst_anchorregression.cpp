// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
// Anchor regression against references computed independently in the test, in long double from
// the textbook formulas: b_gamma = (X^T W X)^{-1} X^T W y with W = I + (gamma - 1) P_A on centred
// data (gamma = 1 is OLS), and two-stage least squares (X^T P_A X)^{-1} X^T P_A y, which a very
// large gamma must reach. Relative tolerance 1e-9.

#include "TestTolerance.h"
#include "environments/AnchorRegression.h"
#include "random/RandomStream.h"

#include <QTest>

#include <cmath>
#include <initializer_list>
#include <tuple>

using lev::core::AnchorRegression;
using lev::core::AnchorRegressionResult;
using lev::core::RandomStream;

namespace {

using LongMatrix = Eigen::Matrix<long double, Eigen::Dynamic, Eigen::Dynamic>;
using LongVector = Eigen::Matrix<long double, Eigen::Dynamic, 1>;

/// Rows with q anchors that shift p features, a hidden confounder of the features and y, and
/// features with means and scales far from 0 and 1.
struct Data
{
    Eigen::MatrixXd x;
    Eigen::VectorXd y;
    Eigen::MatrixXd a;
    std::vector<std::string> anchorNames;
};

Data makeData(int n, int p, int q, std::uint64_t seed)
{
    RandomStream random(seed);
    Data d;
    d.a.resize(n, q);
    d.x.resize(n, p);
    d.y.resize(n);
    Eigen::MatrixXd shift(q, p);
    for (int k = 0; k < q; ++k)
        for (int j = 0; j < p; ++j)
            shift(k, j) = random.normal();
    for (int i = 0; i < n; ++i) {
        const double h = random.normal();
        for (int k = 0; k < q; ++k)
            d.a(i, k) = 2.0 + 3.0 * random.normal();
        for (int j = 0; j < p; ++j)
            d.x(i, j) = 10.0 * (j + 1) + (d.a.row(i) * shift.col(j))(0) + h + random.normal();
        d.y[i] = 4.0 + d.x.row(i).sum() * 0.5 + 2.0 * h + random.normal();
    }
    for (int k = 0; k < q; ++k)
        d.anchorNames.push_back("A" + std::to_string(k + 1));
    return d;
}

LongMatrix centred(const Eigen::MatrixXd& m)
{
    LongMatrix c = m.cast<long double>();
    c.rowwise() -= c.colwise().mean();
    return c;
}

/// (X^T W X)^{-1} X^T W y with W = I + (gamma - 1) P_A, in long double by the normal equations.
Eigen::VectorXd weighted(const Data& d, long double gamma)
{
    const LongMatrix x = centred(d.x);
    const LongMatrix y = centred(d.y);
    const LongMatrix a = centred(d.a);
    const LongMatrix projectedX = a * (a.transpose() * a).ldlt().solve(a.transpose() * x);
    const LongMatrix projectedY = a * (a.transpose() * a).ldlt().solve(a.transpose() * y);
    const LongMatrix lhs = x.transpose() * x + (gamma - 1) * x.transpose() * projectedX;
    const LongMatrix rhs = x.transpose() * y + (gamma - 1) * x.transpose() * projectedY;
    return LongVector(lhs.ldlt().solve(rhs)).cast<double>();
}

/// Two-stage least squares, (X^T P_A X)^{-1} X^T P_A y, in long double.
Eigen::VectorXd twoStage(const Data& d)
{
    const LongMatrix x = centred(d.x);
    const LongMatrix y = centred(d.y);
    const LongMatrix a = centred(d.a);
    const LongMatrix projectedX = a * (a.transpose() * a).ldlt().solve(a.transpose() * x);
    const LongMatrix lhs = x.transpose() * projectedX;
    const LongMatrix rhs = projectedX.transpose() * y;
    return LongVector(lhs.ldlt().solve(rhs)).cast<double>();
}

} // namespace

class TestAnchorRegression : public QObject
{
    Q_OBJECT

private slots:
    void matchesClosedForm_data();
    void matchesClosedForm();
    void largeGammaIsTwoStageLeastSquares_data();
    void largeGammaIsTwoStageLeastSquares();
    void interceptInOriginalUnits();
    void refusesUnusableAnchors();
    void infiniteGammaNeedsEnoughAnchors();
    void indicatorsSpanTheEnvironmentMeans();
};

void TestAnchorRegression::matchesClosedForm_data()
{
    QTest::addColumn<int>("n");
    QTest::addColumn<int>("p");
    QTest::addColumn<int>("q");
    QTest::addColumn<double>("gamma");
    for (const double gamma : {0.0, 0.5, 1.0, 2.0, 10.0, 1e4})
        for (const auto& [n, p, q] : std::initializer_list<std::tuple<int, int, int>>{
                 {200, 1, 1}, {500, 3, 2}, {1000, 4, 4}})
            QTest::addRow("n=%d p=%d q=%d gamma=%g", n, p, q, gamma) << n << p << q << gamma;
}

void TestAnchorRegression::matchesClosedForm()
{
    QFETCH(int, n);
    QFETCH(int, p);
    QFETCH(int, q);
    QFETCH(double, gamma);
    const Data d = makeData(n, p, q, 11 + static_cast<std::uint64_t>(n * p + q));
    const AnchorRegression regression(d.x, d.y, d.a, d.anchorNames);
    QVERIFY(regression.problem().empty());
    const AnchorRegressionResult result = regression.fit(gamma);
    QVERIFY2(result.identifiable, result.message.c_str());
    QString why;
    QVERIFY2(lev::test::vectorsNear(result.coefficients, weighted(d, gamma), 1e-9, &why),
             qPrintable(why));
}

void TestAnchorRegression::largeGammaIsTwoStageLeastSquares_data()
{
    QTest::addColumn<int>("p");
    QTest::addColumn<int>("q");
    QTest::addRow("p=1 q=1") << 1 << 1;
    QTest::addRow("p=2 q=3") << 2 << 3;
    QTest::addRow("p=3 q=3") << 3 << 3;
    QTest::addRow("p=4 q=6") << 4 << 6;
}

void TestAnchorRegression::largeGammaIsTwoStageLeastSquares()
{
    QFETCH(int, p);
    QFETCH(int, q);
    const Data d = makeData(800, p, q, 5 + static_cast<std::uint64_t>(p * 10 + q));
    const AnchorRegression regression(d.x, d.y, d.a, d.anchorNames);
    const Eigen::VectorXd reference = twoStage(d);
    QString why;
    // b_gamma - b_IV = O(1 / gamma): at gamma = 1e14 it is far below the tolerance.
    const AnchorRegressionResult large = regression.fit(1e14);
    QVERIFY2(large.identifiable, large.message.c_str());
    QVERIFY2(lev::test::vectorsNear(large.coefficients, reference, 1e-9, &why), qPrintable(why));
    const AnchorRegressionResult infinite = regression.fit(AnchorRegression::kInfiniteGamma);
    QVERIFY2(infinite.identifiable, infinite.message.c_str());
    QVERIFY2(lev::test::vectorsNear(infinite.coefficients, reference, 1e-9, &why), qPrintable(why));
    // And the path really moves: gamma = 1 (OLS) is biased by the confounder, far from IV.
    const AnchorRegressionResult ols = regression.fit(1.0);
    QVERIFY((ols.coefficients - reference).norm() > 1e-3);
}

void TestAnchorRegression::interceptInOriginalUnits()
{
    const Data d = makeData(300, 2, 2, 3);
    const AnchorRegression regression(d.x, d.y, d.a, d.anchorNames);
    for (const double gamma : {0.0, 1.0, 7.0, AnchorRegression::kInfiniteGamma}) {
        const AnchorRegressionResult r = regression.fit(gamma);
        QVERIFY(r.identifiable);
        const double expected = d.y.mean() - d.x.colwise().mean().dot(r.coefficients);
        QString why;
        QVERIFY2(lev::test::scalarNear(r.intercept, expected, 1e-12, &why), qPrintable(why));
    }
}

void TestAnchorRegression::refusesUnusableAnchors()
{
    Data d = makeData(100, 2, 2, 4);
    d.a.col(1).setConstant(3.0);
    const AnchorRegression constant(d.x, d.y, d.a, d.anchorNames);
    QVERIFY(constant.problem().find("'A2' is constant") != std::string::npos);
    d = makeData(100, 2, 2, 4);
    d.a.col(1) = 2.0 * d.a.col(0).array() + 1.0;
    const AnchorRegression collinear(d.x, d.y, d.a, d.anchorNames);
    QVERIFY(collinear.problem().find("collinear") != std::string::npos);
}

void TestAnchorRegression::infiniteGammaNeedsEnoughAnchors()
{
    const Data d = makeData(200, 3, 2, 9);
    const AnchorRegression regression(d.x, d.y, d.a, d.anchorNames);
    const AnchorRegressionResult r = regression.fit(AnchorRegression::kInfiniteGamma);
    QVERIFY(!r.identifiable);
    QVERIFY(r.coefficients.size() == 0);
    QVERIFY(r.message.find("2 anchor(s) for 3 feature(s)") != std::string::npos);
    QVERIFY(regression.fit(3.0).identifiable); // any finite gamma still has weights
}

void TestAnchorRegression::indicatorsSpanTheEnvironmentMeans()
{
    Eigen::VectorXd labels(7);
    labels << 2, 0, 5, 2, 0, 5, 5;
    std::vector<std::string> names;
    const Eigen::MatrixXd a = AnchorRegression::indicators(labels, &names);
    QCOMPARE(a.cols(), Eigen::Index(2)); // three environments, the first without a column
    QCOMPARE(names.size(), std::size_t(2));
    QCOMPARE(a.col(0).sum(), 2.0); // environment 2
    QCOMPARE(a.col(1).sum(), 3.0); // environment 5
    QCOMPARE(a(1, 0) + a(1, 1), 0.0);
}

QTEST_APPLESS_MAIN(TestAnchorRegression)
#include "tst_anchorregression.moc"
