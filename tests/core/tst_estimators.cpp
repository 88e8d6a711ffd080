// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
// Tests every estimator against an answer computed independently in the test: ridge against
// the augmented least-squares problem, lasso against soft-thresholding on an orthogonal design
// and against its KKT conditions, PCR against OLS and its eigen-subspace, OLS against exact
// fits and its failure modes, standardization against manual scaling, and PreciseLeastSquares
// against textbook formulas on a design small enough to do by hand.

#include "TestTolerance.h"
#include "estimators/Estimator.h"
#include "estimators/LassoRegression.h"
#include "estimators/OrdinaryLeastSquares.h"
#include "estimators/PreciseLeastSquares.h"
#include "estimators/PrincipalComponentRegression.h"
#include "estimators/RidgeRegression.h"
#include "estimators/SufficientStatistics.h"
#include "random/RandomStream.h"

#include <Eigen/QR>
#include <Eigen/SVD>
#include <QString>
#include <QTest>

#include <algorithm>
#include <cmath>

using lev::core::Estimator;
using lev::core::EstimatorKind;
using lev::core::EstimatorSettings;
using lev::core::FitStatus;
using lev::core::LassoRegression;
using lev::core::LeastSquaresReport;
using lev::core::LinearFit;
using lev::core::OrdinaryLeastSquares;
using lev::core::PreciseLeastSquares;
using lev::core::PrincipalComponentRegression;
using lev::core::RandomStream;
using lev::core::RidgeRegression;
using lev::core::SufficientStatistics;

#define VERIFY_STATUS(fit, expected)                                                               \
    QVERIFY2((fit).status == (expected),                                                           \
             qPrintable(QStringLiteral("status %1 (%2), expected %3")                              \
                            .arg(QString::fromStdString(lev::core::fitStatusName((fit).status)),   \
                                 QString::fromStdString((fit).message),                            \
                                 QString::fromStdString(lev::core::fitStatusName(expected)))))

namespace {

/// A regression problem with its data.
struct Problem
{
    Eigen::MatrixXd x;
    Eigen::VectorXd y;
};

/// n x p features with column means and scales that differ (so that centering and scaling
/// matter), mixed so that the columns are correlated with each other (off-diagonal `mixing`),
/// and y = 3 + x^T w + noise * N(0, 1).
Problem makeProblem(int n, int p, double mixing, double noise, std::uint64_t seed)
{
    RandomStream random(seed, 0);
    Eigen::MatrixXd z(n, p);
    random.fillNormal(z.data(), z.size());
    Eigen::MatrixXd mix = Eigen::MatrixXd::Identity(p, p);
    mix.triangularView<Eigen::StrictlyUpper>().setConstant(mixing);
    Problem problem;
    problem.x = z * mix;
    for (int j = 0; j < p; ++j) {
        problem.x.col(j) *= std::pow(3.0, j - 1); // scales 1/3, 1, 3, 9, ...
        problem.x.col(j).array() += 2.0 * j - 1.5;
    }
    Eigen::VectorXd w(p);
    for (int j = 0; j < p; ++j)
        w[j] = (j % 2 ? -1.0 : 1.0) * (1.0 + 0.5 * j) / std::pow(3.0, j - 1);
    Eigen::VectorXd e(n);
    random.fillNormal(e.data(), n);
    problem.y = (problem.x * w).array() + 3.0;
    problem.y += noise * e;
    return problem;
}

Eigen::MatrixXd centered(const Eigen::MatrixXd& x)
{
    return x.rowwise() - x.colwise().mean();
}

Eigen::VectorXd centered(const Eigen::VectorXd& y)
{
    return y.array() - y.mean();
}

/// Least squares by column-pivoted Householder QR (not the normal equations).
Eigen::VectorXd qrSolve(const Eigen::MatrixXd& a, const Eigen::VectorXd& b)
{
    return a.colPivHouseholderQr().solve(b);
}

/// The OLS weights of y on x with an intercept, by QR on the centered data.
Eigen::VectorXd olsWeights(const Problem& problem)
{
    return qrSolve(centered(problem.x), centered(problem.y));
}

double softThreshold(double z, double lambda)
{
    return z > lambda ? z - lambda : (z < -lambda ? z + lambda : 0.0);
}

/// n x p with X_c^T X_c = n I exactly (up to rounding) and non-zero column means: centered
/// normal columns orthonormalized by Householder QR (the Q columns stay centered, being
/// combinations of centered columns), scaled by sqrt(n), then shifted.
Eigen::MatrixXd orthogonalDesign(int n, int p, std::uint64_t seed)
{
    RandomStream random(seed, 1);
    Eigen::MatrixXd z(n, p);
    random.fillNormal(z.data(), z.size());
    const Eigen::HouseholderQR<Eigen::MatrixXd> qr(centered(z));
    Eigen::MatrixXd x = qr.householderQ() * Eigen::MatrixXd::Identity(n, p);
    x *= std::sqrt(static_cast<double>(n));
    for (int j = 0; j < p; ++j)
        x.col(j).array() += 0.5 * j - 1.0;
    return x;
}

} // namespace

class TestEstimators : public QObject
{
    Q_OBJECT

private slots:
    void ridgeMatchesAugmentedLeastSquares_data();
    void ridgeMatchesAugmentedLeastSquares();
    void ridgeZeroIsOls();
    void lassoOrthogonalSoftThreshold_data();
    void lassoOrthogonalSoftThreshold();
    void lassoKkt_data();
    void lassoKkt();
    void pcrAllComponentsIsOls();
    void pcrWeightsInTopEigenspace_data();
    void pcrWeightsInTopEigenspace();
    void pcrInvalidComponents_data();
    void pcrInvalidComponents();
    void olsNotIdentifiable_data();
    void olsNotIdentifiable();
    void olsExactFit_data();
    void olsExactFit();
    void standardizedMatchesManualScaling_data();
    void standardizedMatchesManualScaling();
    void preciseByHand_data();
    void preciseByHand();
    void preciseDetectsCollinearity();
    void preciseLargeDesignMatchesNormalEquations_data();
    void preciseLargeDesignMatchesNormalEquations();
    void preciseLargeDesignDetectsCollinearity();
};

void TestEstimators::ridgeMatchesAugmentedLeastSquares_data()
{
    QTest::addColumn<double>("lambda");
    QTest::addColumn<double>("mixing");
    for (double mixing : {0.0, 0.9})
        for (double lambda : {1e-6, 0.1, 1.0, 10.0, 1e3, 1e6})
            QTest::addRow("lambda=%g mixing=%g", lambda, mixing) << lambda << mixing;
}

// min ||y_c - X_c w||^2 + lambda ||w||^2 is the ordinary least-squares problem
// [X_c; sqrt(lambda) I] w = [y_c; 0], solved here by column-pivoted QR; w0 = y-bar - x-bar^T w.
// Relative tolerance 1e-10: both solutions are backward stable on a system whose condition
// number is at most ~1e4 here.
void TestEstimators::ridgeMatchesAugmentedLeastSquares()
{
    QFETCH(double, lambda);
    QFETCH(double, mixing);
    const Problem problem = makeProblem(50, 4, mixing, 0.5, 11);
    const int n = 50;
    const int p = 4;
    Eigen::MatrixXd augmented(n + p, p);
    augmented << centered(problem.x), std::sqrt(lambda) * Eigen::MatrixXd::Identity(p, p);
    Eigen::VectorXd rhs = Eigen::VectorXd::Zero(n + p);
    rhs.head(n) = centered(problem.y);
    const Eigen::VectorXd expected = qrSolve(augmented, rhs);

    const LinearFit fit =
        RidgeRegression::fit(SufficientStatistics::fromData(problem.x, problem.y), lambda);
    VERIFY_STATUS(fit, FitStatus::Ok);
    VERIFY_RELATIVE(fit.weights, expected, 1e-10);
    const double intercept = problem.y.mean() - problem.x.colwise().mean().dot(expected);
    VERIFY_SCALAR(fit.intercept, intercept, 1e-10);
    // Shrinkage is real: the ridge weights are shorter than the OLS weights for lambda > 0.
    QVERIFY(fit.weights.norm() < olsWeights(problem).norm());
}

// lambda = 0: ridge is OLS, which is the QR least-squares solution.
void TestEstimators::ridgeZeroIsOls()
{
    const Problem problem = makeProblem(50, 4, 0.9, 0.5, 12);
    const SufficientStatistics stats = SufficientStatistics::fromData(problem.x, problem.y);
    const LinearFit ridge = RidgeRegression::fit(stats, 0.0);
    const LinearFit ols = OrdinaryLeastSquares::fit(stats);
    VERIFY_STATUS(ridge, FitStatus::Ok);
    VERIFY_STATUS(ols, FitStatus::Ok);
    VERIFY_RELATIVE(ridge.weights, olsWeights(problem), 1e-10);
    VERIFY_RELATIVE(ols.weights, olsWeights(problem), 1e-10);
    VERIFY_SCALAR(ridge.intercept, ols.intercept, 1e-12);
}

void TestEstimators::lassoOrthogonalSoftThreshold_data()
{
    QTest::addColumn<double>("lambda");
    QTest::addColumn<int>("expectedZeros"); // -1: not asserted
    // z = X_c^T y_c / n ~ w_true = (3, -2, 0.5, 0.05, 0, -0.7) up to noise of SD ~ 0.01/sqrt(n).
    QTest::newRow("lambda=0 (OLS)") << 0.0 << 0;
    QTest::newRow("lambda=0.01") << 0.01 << -1;
    QTest::newRow("lambda=0.2 zeroes two") << 0.2 << 2;
    QTest::newRow("lambda=0.6 zeroes three") << 0.6 << 3;
    QTest::newRow("lambda=2.5 keeps one") << 2.5 << 5;
    QTest::newRow("lambda=10 zeroes all") << 10.0 << 6;
}

// With X_c^T X_c = n I the lasso objective separates: (1/2n)||y_c - X_c w||^2 + lambda ||w||_1
// = const + sum_j (w_j^2 / 2 - z_j w_j + lambda |w_j|), z = X_c^T y_c / n, minimized by
// w_j = S(z_j, lambda). Tolerance 1e-9 absolute: coordinate descent is exact after one sweep
// here, so only rounding of X_c^T X_c (~1e-14 n) is left.
void TestEstimators::lassoOrthogonalSoftThreshold()
{
    QFETCH(double, lambda);
    QFETCH(int, expectedZeros);
    const int n = 80;
    const int p = 6;
    const Eigen::MatrixXd x = orthogonalDesign(n, p, 21);
    const Eigen::MatrixXd xc = centered(x);
    QVERIFY((xc.transpose() * xc - n * Eigen::MatrixXd::Identity(p, p)).cwiseAbs().maxCoeff() <
            1e-11 * n);

    Eigen::VectorXd wTrue(p);
    wTrue << 3.0, -2.0, 0.5, 0.05, 0.0, -0.7;
    RandomStream random(21, 2);
    Eigen::VectorXd e(n);
    random.fillNormal(e.data(), n);
    const Eigen::VectorXd y = ((x * wTrue).array() + 4.0).matrix() + 0.01 * e;

    const Eigen::VectorXd z = xc.transpose() * centered(y) / static_cast<double>(n);
    Eigen::VectorXd expected(p);
    for (int j = 0; j < p; ++j)
        expected[j] = softThreshold(z[j], lambda);
    if (expectedZeros >= 0)
        QCOMPARE(int((expected.array() == 0.0).count()), expectedZeros);

    const LinearFit fit = LassoRegression::fit(SufficientStatistics::fromData(x, y), lambda);
    VERIFY_STATUS(fit, FitStatus::Ok);
    VERIFY_ABSOLUTE(fit.weights, expected, 1e-9);
    for (int j = 0; j < p; ++j)
        if (expected[j] == 0.0)
            QCOMPARE(fit.weights[j], 0.0); // exactly zero, as soft-thresholding gives
    const double intercept = y.mean() - x.colwise().mean().dot(fit.weights);
    VERIFY_SCALAR(fit.intercept, intercept, 1e-12);
    if (lambda == 0.0)
        VERIFY_ABSOLUTE(fit.weights, qrSolve(xc, centered(y)), 1e-9);
}

void TestEstimators::lassoKkt_data()
{
    QTest::addColumn<double>("lambda");
    for (double lambda : {1e-4, 0.01, 0.05, 0.2, 0.5, 2.0, 50.0})
        QTest::addRow("lambda=%g", lambda) << lambda;
}

// The scikit-learn objective (1/(2n))||y - Xw - w0||^2 + lambda ||w||_1 is convex; w is optimal
// iff, with r = y - Xw - w0 (whose mean is 0 at the optimal w0, so x_j^T r = x_cj^T r):
//   |x_j^T r| / n <= lambda          where w_j = 0,
//   x_j^T r / n = lambda sign(w_j)   where w_j != 0.
// Tolerances: 1e-6 relative to lambda on the first, 1e-6 absolute on the second.
void TestEstimators::lassoKkt()
{
    QFETCH(double, lambda);
    const int n = 100;
    const int p = 6;
    const Problem problem = makeProblem(n, p, 0.8, 1.0, 31);
    const LinearFit fit =
        LassoRegression::fit(SufficientStatistics::fromData(problem.x, problem.y), lambda);
    VERIFY_STATUS(fit, FitStatus::Ok);
    QCOMPARE(fit.weights.size(), Eigen::Index(p));
    const Eigen::VectorXd r = (problem.y - problem.x * fit.weights).array() - fit.intercept;
    QVERIFY2(std::abs(r.mean()) < 1e-10, "the intercept must make the residual mean zero");
    const Eigen::VectorXd gradient = centered(problem.x).transpose() * r / static_cast<double>(n);
    int active = 0;
    for (int j = 0; j < p; ++j) {
        const QString where = QStringLiteral("feature %1: w = %2, x^T r / n = %3, lambda = %4")
                                  .arg(j)
                                  .arg(fit.weights[j], 0, 'g', 17)
                                  .arg(gradient[j], 0, 'g', 17)
                                  .arg(lambda);
        if (fit.weights[j] == 0.0) {
            QVERIFY2(std::abs(gradient[j]) <= lambda * (1.0 + 1e-6), qPrintable(where));
        } else {
            ++active;
            const double sign = fit.weights[j] > 0.0 ? 1.0 : -1.0;
            QVERIFY2(std::abs(gradient[j] - lambda * sign) <= 1e-6, qPrintable(where));
        }
    }
    // lambda >= max_j |x_cj^T y_c| / n zeroes every weight; below it some survive.
    const double lambdaMax =
        (centered(problem.x).transpose() * centered(problem.y)).cwiseAbs().maxCoeff() / n;
    QCOMPARE(active == 0, lambda >= lambdaMax);
}

// PCR with every component keeps the whole column space: it is OLS.
void TestEstimators::pcrAllComponentsIsOls()
{
    for (double mixing : {0.0, 0.95}) {
        const Problem problem = makeProblem(40, 5, mixing, 1.0, 41);
        const LinearFit fit = PrincipalComponentRegression::fit(
            SufficientStatistics::fromData(problem.x, problem.y), 5);
        VERIFY_STATUS(fit, FitStatus::Ok);
        VERIFY_RELATIVE(fit.weights, olsWeights(problem), 1e-9);
        VERIFY_SCALAR(fit.intercept,
                      problem.y.mean() - problem.x.colwise().mean().dot(olsWeights(problem)), 1e-9);
    }
}

void TestEstimators::pcrWeightsInTopEigenspace_data()
{
    QTest::addColumn<int>("components");
    for (int k = 1; k <= 4; ++k)
        QTest::addRow("k=%d", k) << k;
}

// With V_k the top-k right singular vectors of X_c (= eigenvectors of X_c^T X_c, computed here by
// an SVD), PCR is OLS of y_c on the scores T = X_c V_k, mapped back by w = V_k gamma: w lies in
// span(V_k) and equals that regression (relative 1e-9).
void TestEstimators::pcrWeightsInTopEigenspace()
{
    QFETCH(int, components);
    const int p = 5;
    const Problem problem = makeProblem(40, p, 0.7, 1.0, 42);
    const LinearFit fit = PrincipalComponentRegression::fit(
        SufficientStatistics::fromData(problem.x, problem.y), components);
    VERIFY_STATUS(fit, FitStatus::Ok);

    const Eigen::JacobiSVD<Eigen::MatrixXd> svd(centered(problem.x), Eigen::ComputeThinV);
    const Eigen::MatrixXd vk = svd.matrixV().leftCols(components); // singular values descending
    const Eigen::VectorXd outside = fit.weights - vk * (vk.transpose() * fit.weights);
    QVERIFY2(outside.norm() <= 1e-10 * fit.weights.norm(),
             qPrintable(QStringLiteral("component outside the top-%1 eigenspace: %2")
                            .arg(components)
                            .arg(outside.norm() / fit.weights.norm())));
    const Eigen::VectorXd gamma = qrSolve(centered(problem.x) * vk, centered(problem.y));
    VERIFY_RELATIVE(fit.weights, Eigen::VectorXd(vk * gamma), 1e-9);
    if (components < p)
        QVERIFY(!fit.weights.isApprox(olsWeights(problem), 1e-3)); // not simply OLS
}

void TestEstimators::pcrInvalidComponents_data()
{
    QTest::addColumn<int>("components");
    QTest::newRow("p + 1") << 6;
    QTest::newRow("0") << 0;
    QTest::newRow("-1") << -1;
}

void TestEstimators::pcrInvalidComponents()
{
    QFETCH(int, components);
    const Problem problem = makeProblem(40, 5, 0.0, 1.0, 43);
    const SufficientStatistics stats = SufficientStatistics::fromData(problem.x, problem.y);
    const LinearFit fit = PrincipalComponentRegression::fit(stats, components);
    VERIFY_STATUS(fit, FitStatus::InvalidSettings);
    QCOMPARE(fit.weights.size(), Eigen::Index(0));
    EstimatorSettings settings;
    settings.kind = EstimatorKind::Pcr;
    settings.components = components;
    QVERIFY(!settings.validate(5).empty());
    VERIFY_STATUS(Estimator::fit(settings, stats), FitStatus::InvalidSettings);
}

void TestEstimators::olsNotIdentifiable_data()
{
    QTest::addColumn<QString>("defect");
    QTest::addColumn<int>("n");
    QTest::newRow("n = p") << "n = p" << 4;
    QTest::newRow("n < p") << "n < p" << 3;
    QTest::newRow("n = p + 1 is fine") << "none" << 5;
    QTest::newRow("duplicated column") << "duplicate" << 30;
    QTest::newRow("duplicated column, rescaled") << "rescaled duplicate" << 30;
    QTest::newRow("constant column") << "constant" << 30;
    QTest::newRow("column = sum of two others") << "sum" << 30;
}

void TestEstimators::olsNotIdentifiable()
{
    QFETCH(QString, defect);
    QFETCH(int, n);
    Problem problem = makeProblem(n, 4, 0.3, 1.0, 51);
    if (defect == QLatin1String("duplicate"))
        problem.x.col(3) = problem.x.col(1);
    else if (defect == QLatin1String("rescaled duplicate"))
        problem.x.col(3) = -7.0 * problem.x.col(1).array() + 2.0;
    else if (defect == QLatin1String("constant"))
        problem.x.col(2).setConstant(1.5);
    else if (defect == QLatin1String("sum"))
        problem.x.col(3) = problem.x.col(0) + problem.x.col(2);
    const LinearFit fit =
        OrdinaryLeastSquares::fit(SufficientStatistics::fromData(problem.x, problem.y));
    if (defect == QLatin1String("none")) {
        VERIFY_STATUS(fit, FitStatus::Ok);
        QCOMPARE(fit.weights.size(), Eigen::Index(4));
        return;
    }
    VERIFY_STATUS(fit, FitStatus::NotIdentifiable);
    QVERIFY(fit.weights.size() == 0);
    QVERIFY(!fit.message.empty());
}

void TestEstimators::olsExactFit_data()
{
    QTest::addColumn<double>("mixing");
    QTest::addColumn<int>("p");
    QTest::newRow("independent p=4") << 0.0 << 4;
    QTest::newRow("correlated p=4") << 0.9 << 4;
    QTest::newRow("correlated p=8") << 0.5 << 8;
}

// sigma = 0: y = 3 + X w exactly, so OLS must return w and 3 up to rounding (1e-10 relative).
void TestEstimators::olsExactFit()
{
    QFETCH(double, mixing);
    QFETCH(int, p);
    const Problem problem = makeProblem(30, p, mixing, 0.0, 61);
    Eigen::VectorXd w(p);
    for (int j = 0; j < p; ++j)
        w[j] = (j % 2 ? -1.0 : 1.0) * (1.0 + 0.5 * j) / std::pow(3.0, j - 1);
    const LinearFit fit =
        OrdinaryLeastSquares::fit(SufficientStatistics::fromData(problem.x, problem.y));
    VERIFY_STATUS(fit, FitStatus::Ok);
    VERIFY_RELATIVE(fit.weights, w, 1e-10);
    VERIFY_SCALAR(fit.intercept, 3.0, 1e-10);
    const LeastSquaresReport precise = PreciseLeastSquares::fit(problem.x, problem.y, true);
    QVERIFY(precise.identifiable);
    VERIFY_RELATIVE(precise.coefficients, w, 1e-12);
    QVERIFY(precise.intercept.has_value());
    VERIFY_SCALAR(*precise.intercept, 3.0, 1e-12);
}

void TestEstimators::standardizedMatchesManualScaling_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<double>("lambda");
    QTest::newRow("ridge 0.5") << int(EstimatorKind::Ridge) << 0.5;
    QTest::newRow("ridge 20") << int(EstimatorKind::Ridge) << 20.0;
    QTest::newRow("lasso 0.05") << int(EstimatorKind::Lasso) << 0.05;
    QTest::newRow("ols") << int(EstimatorKind::Ols) << 0.0;
}

// standardize = true: z_j = (x_j - mean_j) / sd_j with the population SD (divisor n), fit on z,
// then w_j = w_z,j / sd_j and w0 = y-bar - x-bar^T w (scikit-learn StandardScaler + Ridge).
// Relative tolerance 1e-10 (1e-8 for the iterative lasso). Column scales span 1/3 .. 9, so the
// standardized ridge differs from the plain one (checked, except for scale-equivariant OLS).
void TestEstimators::standardizedMatchesManualScaling()
{
    QFETCH(int, kind);
    QFETCH(double, lambda);
    const int n = 60;
    const Problem problem = makeProblem(n, 4, 0.6, 1.0, 71);
    const Eigen::MatrixXd xc = centered(problem.x);
    const Eigen::VectorXd sd = (xc.colwise().squaredNorm() / n).cwiseSqrt().transpose();
    const Eigen::MatrixXd z = xc * sd.cwiseInverse().asDiagonal();

    EstimatorSettings settings;
    settings.kind = static_cast<EstimatorKind>(kind);
    settings.lambda = lambda;
    settings.standardize = false;
    const LinearFit onZ = Estimator::fit(settings, SufficientStatistics::fromData(z, problem.y));
    VERIFY_STATUS(onZ, FitStatus::Ok);
    const Eigen::VectorXd expected = onZ.weights.cwiseQuotient(sd);
    const double intercept = problem.y.mean() - problem.x.colwise().mean().dot(expected);

    const SufficientStatistics stats = SufficientStatistics::fromData(problem.x, problem.y);
    const LinearFit plain = Estimator::fit(settings, stats);
    settings.standardize = true;
    const LinearFit standardized = Estimator::fit(settings, stats);
    VERIFY_STATUS(standardized, FitStatus::Ok);
    const double tolerance = settings.kind == EstimatorKind::Lasso ? 1e-8 : 1e-10;
    VERIFY_RELATIVE(standardized.weights, expected, tolerance);
    VERIFY_SCALAR(standardized.intercept, intercept, tolerance);
    if (settings.kind != EstimatorKind::Ols)
        QVERIFY(!plain.weights.isApprox(standardized.weights, 1e-4));
}

void TestEstimators::preciseByHand_data()
{
    QTest::addColumn<bool>("intercept");
    QTest::addColumn<double>("slope");
    QTest::addColumn<double>("slopeSe");
    QTest::addColumn<double>("constant");
    QTest::addColumn<double>("constantSe");
    QTest::addColumn<double>("rss");
    QTest::addColumn<double>("r2");
    // x = (0, 1, 2, 3), y = (1, 3, 5, 8): n = 4, x-bar = 1.5, y-bar = 4.25, Sxx = 5, Sxy = 11.5,
    // Syy = 26.75. slope = Sxy/Sxx = 2.3, intercept = 4.25 - 2.3 * 1.5 = 0.8; fitted
    // (0.8, 3.1, 5.4, 7.7), residuals (0.2, -0.1, -0.4, 0.3), RSS = 0.3, s^2 = RSS/(n-2) = 0.15;
    // SE(slope) = s/sqrt(Sxx) = sqrt(0.03); SE(intercept) = s sqrt(1/n + x-bar^2/Sxx)
    // = sqrt(0.15 * 0.7) = sqrt(0.105); R^2 = 1 - 0.3/26.75.
    QTest::newRow("with intercept")
        << true << 2.3 << std::sqrt(0.03) << 0.8 << std::sqrt(0.105) << 0.3 << 1.0 - 0.3 / 26.75;
    // Through the origin: slope = sum xy / sum x^2 = 37/14; RSS = sum y^2 - (sum xy)^2 / sum x^2
    // = 99 - 1369/14 = 17/14; s^2 = RSS/(n-1) = 17/42; SE = sqrt(s^2 / 14) = sqrt(17/588);
    // uncentered R^2 = 1 - RSS / sum y^2 = 1 - (17/14)/99.
    QTest::newRow("through the origin") << false << 37.0 / 14.0 << std::sqrt(17.0 / 588.0) << 0.0
                                        << 0.0 << 17.0 / 14.0 << 1.0 - (17.0 / 14.0) / 99.0;
}

// Hand-computed values are exact rationals and square roots; tolerance 1e-14 relative.
void TestEstimators::preciseByHand()
{
    QFETCH(bool, intercept);
    QFETCH(double, slope);
    QFETCH(double, slopeSe);
    QFETCH(double, constant);
    QFETCH(double, constantSe);
    QFETCH(double, rss);
    QFETCH(double, r2);
    Eigen::MatrixXd x(4, 1);
    x << 0.0, 1.0, 2.0, 3.0;
    Eigen::VectorXd y(4);
    y << 1.0, 3.0, 5.0, 8.0;
    const LeastSquaresReport report = PreciseLeastSquares::fit(x, y, intercept);
    QVERIFY(report.identifiable);
    QCOMPARE(report.effectiveRank, 1);
    QCOMPARE(report.coefficients.size(), Eigen::Index(1));
    QCOMPARE(report.standardErrors.size(), Eigen::Index(1));
    VERIFY_SCALAR(report.coefficients[0], slope, 1e-14);
    VERIFY_SCALAR(report.standardErrors[0], slopeSe, 1e-14);
    QVERIFY(report.residualSumOfSquares.has_value());
    VERIFY_SCALAR(*report.residualSumOfSquares, rss, 1e-14);
    if (intercept) {
        QVERIFY(report.intercept.has_value());
        QVERIFY(report.interceptStandardError.has_value());
        VERIFY_SCALAR(*report.intercept, constant, 1e-14);
        VERIFY_SCALAR(*report.interceptStandardError, constantSe, 1e-14);
    } else {
        QVERIFY(!report.intercept.has_value());
        QVERIFY(!report.interceptStandardError.has_value());
        Q_UNUSED(constant);
        Q_UNUSED(constantSe);
    }
    QVERIFY(report.r2.has_value());
    VERIFY_SCALAR(*report.r2, r2, 1e-14);
}

// Exactly collinear columns: no coefficients, effective rank p - 1.
void TestEstimators::preciseDetectsCollinearity()
{
    Problem problem = makeProblem(30, 4, 0.3, 1.0, 81);
    problem.x.col(3) = 2.0 * problem.x.col(0) - problem.x.col(1);
    const LeastSquaresReport report = PreciseLeastSquares::fit(problem.x, problem.y, true);
    QVERIFY(!report.identifiable);
    QCOMPARE(report.effectiveRank, 3);
    QCOMPARE(report.coefficients.size(), Eigen::Index(0));
}

void TestEstimators::preciseLargeDesignMatchesNormalEquations_data()
{
    QTest::addColumn<bool>("intercept");
    QTest::newRow("intercept") << true;
    QTest::newRow("through the origin") << false;
}

// The reduced path (blocked QR to R first, in double) against the normal equations solved by
// Cholesky, which on this well-conditioned design (mixing 0.3, condition number ~ 3) are
// accurate to ~1e-13, with s^2 (X^T X)^{-1} for the standard errors: tolerance 1e-10 relative.
// Automatic takes this path from n p^2 > 2e8 (100 000 x 200); forcing it keeps the test small.
void TestEstimators::preciseLargeDesignMatchesNormalEquations()
{
    QFETCH(bool, intercept);
    const int n = 3000;
    const int p = 40;
    Problem problem = makeProblem(n, p, 0.3, 1.0, 97);
    problem.x.array() += 3.0; // an offset only the intercept can absorb
    Eigen::MatrixXd design = problem.x;
    if (intercept) {
        design.resize(n, p + 1);
        design << problem.x, Eigen::VectorXd::Ones(n);
    }
    const Eigen::MatrixXd gram = design.transpose() * design;
    const Eigen::LLT<Eigen::MatrixXd> cholesky(gram);
    const Eigen::VectorXd solution = cholesky.solve(design.transpose() * problem.y);
    const double rss = (problem.y - design * solution).squaredNorm();
    const double s2 = rss / double(n - design.cols());
    const Eigen::VectorXd se =
        (s2 * cholesky.solve(Eigen::MatrixXd::Identity(design.cols(), design.cols())).diagonal())
            .cwiseSqrt();

    for (const auto path :
         {lev::core::LeastSquaresPath::Reduced, lev::core::LeastSquaresPath::Extended}) {
        const LeastSquaresReport report =
            PreciseLeastSquares::fit(problem.x, problem.y, intercept, path);
        QVERIFY(report.identifiable);
        QCOMPARE(report.effectiveRank, p);
        VERIFY_VECTOR(report.coefficients, solution.head(p), 1e-10);
        VERIFY_VECTOR(report.standardErrors, se.head(p), 1e-10);
        VERIFY_SCALAR(*report.residualSumOfSquares, rss, 1e-10);
        if (intercept) {
            VERIFY_SCALAR(*report.intercept, solution[p], 1e-10);
            VERIFY_SCALAR(*report.interceptStandardError, se[p], 1e-10);
        }
    }
}

void TestEstimators::preciseLargeDesignDetectsCollinearity()
{
    Problem problem = makeProblem(3000, 40, 0.3, 1.0, 98);
    problem.x.col(39) = 2.0 * problem.x.col(0) - problem.x.col(1);
    const LeastSquaresReport report =
        PreciseLeastSquares::fit(problem.x, problem.y, true, lev::core::LeastSquaresPath::Reduced);
    QVERIFY(!report.identifiable);
    QCOMPARE(report.effectiveRank, 39);
}

QTEST_GUILESS_MAIN(TestEstimators)
#include "tst_estimators.moc"
