// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
// Tests the Monte-Carlo recompute (docs/math.md §4) against sampling theory: the spread of the
// OLS weights and the expected held-out R^2 have closed forms for Gaussian designs; the Wishart
// sampler must agree in distribution with direct simulation; a recompute is deterministic for a
// seed whatever the thread count, cancellable, and never yields NaN at extreme settings.
//
// Every statistical check uses a fixed seed, so it passes or fails reproducibly; its bound is
// 4 standard errors (two-sided false-alarm rate 6e-5 per check) unless stated otherwise.

#include "random/RandomStream.h"
#include "simulation/Recompute.h"
#include "simulation/ReplicationSampler.h"

#include <QElapsedTimer>
#include <QString>
#include <QStringList>
#include <QTest>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cmath>
#include <optional>
#include <thread>
#include <vector>

using lev::core::EstimatorKind;
using lev::core::GeneratorKind;
using lev::core::MonteCarloSummary;
using lev::core::RandomStream;
using lev::core::Recompute;
using lev::core::RecomputeResult;
using lev::core::RecomputeSettings;
using lev::core::RecomputeStatus;
using lev::core::ReplicationSampler;
using lev::core::SamplingMethod;
using lev::core::SufficientStatistics;

Q_DECLARE_METATYPE(RecomputeSettings)
Q_DECLARE_METATYPE(SamplingMethod)

namespace {

RecomputeSettings proxySettings(int n, double c, double sigma, int replications)
{
    RecomputeSettings settings = RecomputeSettings::defaultsFor(GeneratorKind::Proxy);
    settings.model.collinearity = c;
    settings.model.noise = sigma;
    settings.model.effect = 1.0;
    settings.n = n;
    settings.replications = replications;
    settings.estimator.kind = EstimatorKind::Ols;
    return settings;
}

RecomputeSettings latentSettings(int n, int p, int k, int replications)
{
    RecomputeSettings settings = RecomputeSettings::defaultsFor(GeneratorKind::Latent);
    settings.model.features = p;
    settings.model.latentDimension = k;
    settings.n = n;
    settings.replications = replications;
    settings.estimator.kind = EstimatorKind::Ols;
    return settings;
}

QString statusText(const RecomputeResult& result)
{
    return QString::fromStdString(lev::core::recomputeStatusName(result.status) + ": " +
                                  result.message);
}

std::vector<double> column(const Eigen::MatrixXd& m, Eigen::Index j)
{
    const Eigen::VectorXd c = m.col(j);
    return {c.data(), c.data() + c.size()};
}

double meanOf(const std::vector<double>& v)
{
    double sum = 0.0;
    for (double x : v)
        sum += x;
    return sum / static_cast<double>(v.size());
}

/// SD with divisor n - 1.
double sdOf(const std::vector<double>& v)
{
    const double m = meanOf(v);
    double sum = 0.0;
    for (double x : v)
        sum += (x - m) * (x - m);
    return std::sqrt(sum / static_cast<double>(v.size() - 1));
}

/// Kurtosis m4 / m2^2 (3 for a normal).
double kurtosisOf(const std::vector<double>& v)
{
    const double m = meanOf(v);
    double m2 = 0.0;
    double m4 = 0.0;
    for (double x : v) {
        const double d2 = (x - m) * (x - m);
        m2 += d2;
        m4 += d2 * d2;
    }
    m2 /= static_cast<double>(v.size());
    m4 /= static_cast<double>(v.size());
    return m4 / (m2 * m2);
}

/// Two-sample Kolmogorov-Smirnov statistic D = sup_x |F_a(x) - F_b(x)|.
double ksStatistic(std::vector<double> a, std::vector<double> b)
{
    std::sort(a.begin(), a.end());
    std::sort(b.begin(), b.end());
    const double n = static_cast<double>(a.size());
    const double m = static_cast<double>(b.size());
    std::size_t i = 0;
    std::size_t j = 0;
    double d = 0.0;
    while (i < a.size() && j < b.size()) {
        const double x = std::min(a[i], b[j]);
        while (i < a.size() && a[i] <= x)
            ++i;
        while (j < b.size() && b[j] <= x)
            ++j;
        d = std::max(d, std::abs(static_cast<double>(i) / n - static_cast<double>(j) / m));
    }
    return d;
}

/// Large-sample critical value of D at level alpha = 0.001: c(alpha) sqrt((n + m) / (n m)) with
/// c(alpha) = sqrt(-ln(alpha / 2) / 2) = 1.95.
double ksCritical(std::size_t n, std::size_t m)
{
    constexpr double kC0001 = 1.95;
    const double nn = static_cast<double>(n);
    const double mm = static_cast<double>(m);
    return kC0001 * std::sqrt((nn + mm) / (nn * mm));
}

/// Appends to `where` the name of every non-finite value.
void checkFinite(double value, const char* name, QStringList& where)
{
    if (!std::isfinite(value))
        where << QString::fromLatin1(name);
}

void checkFinite(const std::optional<double>& value, const char* name, QStringList& where)
{
    if (value)
        checkFinite(*value, name, where);
}

template <typename Derived>
void checkFinite(const Eigen::DenseBase<Derived>& values, const char* name, QStringList& where)
{
    if (!values.derived().array().isFinite().all())
        where << QString::fromLatin1(name);
}

void checkFinite(const std::vector<double>& values, const char* name, QStringList& where)
{
    for (double v : values)
        if (!std::isfinite(v)) {
            where << QString::fromLatin1(name);
            return;
        }
}

/// Names every NaN or infinity anywhere in a result (docs/math.md §5: nothing shows NaN or inf).
QStringList nonFinite(const RecomputeResult& r)
{
    QStringList where;
    checkFinite(r.truth.causalWeights, "truth.causalWeights", where);
    checkFinite(r.truth.populationWeights, "truth.populationWeights", where);
    checkFinite(r.truth.totalEffects, "truth.totalEffects", where);
    checkFinite(r.truth.conditionalSlopes, "truth.conditionalSlopes", where);
    checkFinite(r.truth.observedCovariance, "truth.observedCovariance", where);
    checkFinite(r.truth.interventionalCovariance, "truth.interventionalCovariance", where);
    checkFinite(r.truth.r2, "truth.r2", where);
    checkFinite(r.truth.interventionalR2, "truth.interventionalR2", where);
    checkFinite(r.populationSpectrum.eigenvalues, "spectrum.eigenvalues", where);
    checkFinite(r.populationSpectrum.inverseEigenvalues, "spectrum.inverseEigenvalues", where);
    checkFinite(r.populationSpectrum.conditionNumber, "spectrum.conditionNumber", where);
    checkFinite(r.populationSpectrum.precision, "spectrum.precision", where);
    checkFinite(r.populationSpectrum.vif, "spectrum.vif", where);
    checkFinite(r.draw.features, "draw.features", where);
    checkFinite(r.draw.outcome, "draw.outcome", where);
    checkFinite(r.draw.interventionalFeatures, "draw.interventionalFeatures", where);
    checkFinite(r.draw.interventionalOutcome, "draw.interventionalOutcome", where);
    checkFinite(r.draw.fit.weights, "draw.fit.weights", where);
    checkFinite(r.draw.fit.intercept, "draw.fit.intercept", where);
    const MonteCarloSummary& mc = r.monteCarlo;
    checkFinite(mc.weights, "monteCarlo.weights", where);
    checkFinite(mc.r2Observational, "monteCarlo.r2Observational", where);
    checkFinite(mc.r2Interventional, "monteCarlo.r2Interventional", where);
    checkFinite(mc.weightError, "monteCarlo.weightError", where);
    checkFinite(mc.sampleEigenvalues, "monteCarlo.sampleEigenvalues", where);
    checkFinite(mc.sampleVifMax, "monteCarlo.sampleVifMax", where);
    checkFinite(mc.weightMean, "monteCarlo.weightMean", where);
    checkFinite(mc.weightSd, "monteCarlo.weightSd", where);
    checkFinite(mc.weightQuantiles, "monteCarlo.weightQuantiles", where);
    checkFinite(mc.r2ObservationalMean, "monteCarlo.r2ObservationalMean", where);
    checkFinite(mc.r2InterventionalMean, "monteCarlo.r2InterventionalMean", where);
    checkFinite(mc.weightErrorMean, "monteCarlo.weightErrorMean", where);
    checkFinite(mc.weightAbsErrorMean, "monteCarlo.weightAbsErrorMean", where);
    checkFinite(mc.sampleEigenvaluesMean, "monteCarlo.sampleEigenvaluesMean", where);
    checkFinite(mc.sampleVifMaxMean, "monteCarlo.sampleVifMaxMean", where);
    for (const auto& point : r.sweep) {
        checkFinite(point.r2ObservationalMean, "sweep.r2ObservationalMean", where);
        checkFinite(point.r2InterventionalMean, "sweep.r2InterventionalMean", where);
        checkFinite(point.weightErrorMean, "sweep.weightErrorMean", where);
        checkFinite(point.conditionNumber, "sweep.conditionNumber", where);
        checkFinite(point.firstWeightSd, "sweep.firstWeightSd", where);
    }
    return where;
}

#define VERIFY_ALL_FINITE(result)                                                                  \
    do {                                                                                           \
        const QStringList bad_ = nonFinite(result);                                                \
        QVERIFY2(bad_.isEmpty(),                                                                   \
                 qPrintable(QStringLiteral("not finite: ") + bad_.join(QStringLiteral(", "))));    \
    } while (false)

/// Two samples agree in mean: |mean_a - mean_b| <= 4 sqrt(s_a^2/n_a + s_b^2/n_b).
bool meansAgree(const std::vector<double>& a, const std::vector<double>& b, double* z)
{
    const double se = std::sqrt(sdOf(a) * sdOf(a) / static_cast<double>(a.size()) +
                                sdOf(b) * sdOf(b) / static_cast<double>(b.size()));
    *z = se > 0.0 ? (meanOf(a) - meanOf(b)) / se : (meanOf(a) == meanOf(b) ? 0.0 : INFINITY);
    return std::abs(*z) <= 4.0;
}

/// Two samples agree in SD: |s_a / s_b - 1| <= 4 SE, with the SE of an SD estimate
/// s sqrt((kappa - 1) / (4 n)) (kappa the kurtosis; 1/sqrt(2n) relative for a normal) combined
/// in quadrature for the ratio.
bool sdsAgree(const std::vector<double>& a, const std::vector<double>& b, double* ratio,
              double* bound)
{
    *ratio = sdOf(a) / sdOf(b);
    *bound = 4.0 * std::sqrt((kurtosisOf(a) - 1.0) / (4.0 * static_cast<double>(a.size())) +
                             (kurtosisOf(b) - 1.0) / (4.0 * static_cast<double>(b.size())));
    return std::abs(*ratio - 1.0) <= *bound;
}

bool sameSweep(const std::vector<lev::core::SweepPoint>& a,
               const std::vector<lev::core::SweepPoint>& b)
{
    if (a.size() != b.size())
        return false;
    for (std::size_t i = 0; i < a.size(); ++i)
        if (a[i].collinearity != b[i].collinearity ||
            a[i].r2ObservationalMean != b[i].r2ObservationalMean ||
            a[i].r2InterventionalMean != b[i].r2InterventionalMean ||
            a[i].weightErrorMean != b[i].weightErrorMean ||
            a[i].firstWeightSd != b[i].firstWeightSd)
            return false;
    return true;
}

/// Bit-identical draws and replications (Eigen's == is exact, element by element).
bool identical(const RecomputeResult& a, const RecomputeResult& b)
{
    const MonteCarloSummary& x = a.monteCarlo;
    const MonteCarloSummary& y = b.monteCarlo;
    return a.status == b.status && x.weights.rows() == y.weights.rows() &&
           x.weights.cols() == y.weights.cols() && x.weights == y.weights &&
           x.r2Observational == y.r2Observational && x.r2Interventional == y.r2Interventional &&
           x.weightError == y.weightError && x.sampleEigenvalues == y.sampleEigenvalues &&
           a.draw.features == b.draw.features && a.draw.outcome == b.draw.outcome &&
           a.draw.interventionalFeatures == b.draw.interventionalFeatures &&
           a.draw.interventionalOutcome == b.draw.interventionalOutcome &&
           a.draw.fit.weights == b.draw.fit.weights && sameSweep(a.sweep, b.sweep);
}

} // namespace

class TestMonteCarlo : public QObject
{
    Q_OBJECT

private slots:
    void proxyOlsSpread_data();
    void proxyOlsSpread();
    void heldOutR2_data();
    void heldOutR2();
    void wishartMatchesDirect_data();
    void wishartMatchesDirect();
    void samplerScatterMean_data();
    void samplerScatterMean();
    void deterministic_data();
    void deterministic();
    void cancelledBeforeStart();
    void cancelledFromAnotherThread();
    void nearlySingularProxy();
    void underdeterminedOls();
    void noiseFreeProxy_data();
    void noiseFreeProxy();
    void underdeterminedRidge();
};

void TestMonteCarlo::proxyOlsSpread_data()
{
    QTest::addColumn<int>("n");
    QTest::addColumn<double>("c");
    for (int n : {50, 200})
        for (double c : {0.0, 0.5, 0.9, 0.99})
            QTest::addRow("n=%d c=%g", n, c) << n << c;
}

// OLS on Gaussian rows: Var(w | X) = sigma^2 (X_c^T X_c)^{-1}, and X_c^T X_c is
// Wishart(Sigma, n - 1), so E[W^{-1}] = Sigma^{-1} / (n - 1 - p - 1). For the proxy
// (Sigma^{-1})_11 = (Sigma^{-1})_22 = 1/(1 - c^2): SD(w_j) = sigma / sqrt((1 - c^2)(n - p - 2)),
// p = 2, and E[w] = (1, 0). An SD estimated from R draws has a relative SE of about
// 1/sqrt(2(R - 1)) (slightly more here, the weights being t-like with heavier tails): allowed
// 4 of those plus 2 %. The mean of w_j: within 4 SD(w_j)/sqrt(R).
void TestMonteCarlo::proxyOlsSpread()
{
    QFETCH(int, n);
    QFETCH(double, c);
    const int replications = 2000;
    const double sigma = 1.0;
    const int p = 2;
    RecomputeSettings settings = proxySettings(n, c, sigma, replications);
    settings.seed = 1000 + static_cast<std::uint64_t>(n) + static_cast<std::uint64_t>(c * 100);
    const RecomputeResult result = Recompute::run(settings);
    QVERIFY2(result.ok(), qPrintable(statusText(result)));
    QCOMPARE(result.monteCarlo.fitted, replications);

    const double theory = sigma / std::sqrt((1.0 - c * c) * (n - p - 2));
    const double allowed = 4.0 / std::sqrt(2.0 * (replications - 1)) + 0.02;
    const double se = theory / std::sqrt(static_cast<double>(replications));
    const double expectedMean[] = {1.0, 0.0};
    for (int j = 0; j < p; ++j) {
        const double sd = result.monteCarlo.weightSd[j];
        const double ratio = sd / theory;
        qInfo("proxy OLS n=%d c=%g: SD(w%d) Monte Carlo %.5g, theory %.5g, ratio %.4f (allowed "
              "1 +- %.3f)",
              n, c, j + 1, sd, theory, ratio, allowed);
        QVERIFY2(std::abs(ratio - 1.0) <= allowed,
                 qPrintable(QStringLiteral("SD(w%1) = %2, theory %3, ratio %4")
                                .arg(j + 1)
                                .arg(sd)
                                .arg(theory)
                                .arg(ratio)));
        const double mean = result.monteCarlo.weightMean[j];
        QVERIFY2(std::abs(mean - expectedMean[j]) <= 4.0 * se,
                 qPrintable(QStringLiteral("mean(w%1) = %2, expected %3, SE %4")
                                .arg(j + 1)
                                .arg(mean)
                                .arg(expectedMean[j])
                                .arg(se)));
    }
}

void TestMonteCarlo::heldOutR2_data()
{
    QTest::addColumn<int>("n");
    QTest::addColumn<double>("c");
    for (int n : {50, 200})
        for (double c : {0.0, 0.9})
            QTest::addRow("n=%d c=%g", n, c) << n << c;
}

// Proxy, b = sigma = 1: population R^2 = 0.5. The held-out MSE of (w0, w) is
// sigma^2 + (w - beta)^T Sigma (w - beta) + w0^2, with E[(w - beta)^T Sigma (w - beta)] =
// sigma^2 p / (n - p - 2) and E[w0^2] = sigma^2/n + sigma^2 p / (n (n - p - 2)) (the means are
// independent of the centered data), so
//   E[R^2] = 1 - sigma^2 (1 + 1/n + p (1 + 1/n) / (n - p - 2)) / (b^2 + sigma^2),
// 0.4678 for n = 50 and 0.4924 for n = 200, independent of c: in [0.5 - 0.05, 0.5], and within
// 4 SE (SD of the R values / sqrt(R)) of that expectation.
void TestMonteCarlo::heldOutR2()
{
    QFETCH(int, n);
    QFETCH(double, c);
    const int replications = 2000;
    const int p = 2;
    RecomputeSettings settings = proxySettings(n, c, 1.0, replications);
    settings.seed = 77;
    const RecomputeResult result = Recompute::run(settings);
    QVERIFY2(result.ok(), qPrintable(statusText(result)));
    QVERIFY(result.truth.r2.has_value());
    QCOMPARE(*result.truth.r2, 0.5);
    QVERIFY(result.monteCarlo.r2ObservationalMean.has_value());
    const double mean = *result.monteCarlo.r2ObservationalMean;
    QVERIFY2(mean >= 0.45 && mean <= 0.5, qPrintable(QString::number(mean)));

    const double penalty = 1.0 + 1.0 / n + p * (1.0 + 1.0 / n) / (n - p - 2.0);
    const double expected = 1.0 - penalty / 2.0;
    const double se = sdOf(result.monteCarlo.r2Observational) / std::sqrt(double(replications));
    qInfo("proxy OLS n=%d c=%g: held-out R2 mean %.5f, theory %.5f, z = %.2f", n, c, mean, expected,
          (mean - expected) / se);
    QVERIFY2(
        std::abs(mean - expected) <= 4.0 * se,
        qPrintable(QStringLiteral("mean %1, expected %2, SE %3").arg(mean).arg(expected).arg(se)));
}

void TestMonteCarlo::wishartMatchesDirect_data()
{
    QTest::addColumn<RecomputeSettings>("settings");
    RecomputeSettings latent = latentSettings(30, 5, 2, 4000);
    latent.model.collinearity = 0.9;
    QTest::newRow("latent p=5 k=2 n=30") << latent;
    QTest::newRow("proxy n=20 c=0.9") << proxySettings(20, 0.9, 1.0, 4000);
}

// The Wishart (sufficient-statistics) sampler and direct sampling of n rows must give the same
// distribution of everything a replication yields. The two runs use different seeds so that the
// samples are independent, as the two-sample tests assume (with one seed both methods would
// read the same bits in different roles). Checks: per weight, a two-sample z on the means and the
// SD ratio within 4 SE; per sample eigenvalue, a two-sample z on the means; and a two-sample
// Kolmogorov-Smirnov test at alpha = 0.001 on the X1 weight and on the held-out R^2.
void TestMonteCarlo::wishartMatchesDirect()
{
    QFETCH(RecomputeSettings, settings);
    RecomputeSettings wishartSettings = settings;
    wishartSettings.sampling = SamplingMethod::Wishart;
    wishartSettings.seed = 4242;
    RecomputeSettings directSettings = settings;
    directSettings.sampling = SamplingMethod::Direct;
    directSettings.seed = 2424;
    const RecomputeResult wishart = Recompute::run(wishartSettings);
    const RecomputeResult direct = Recompute::run(directSettings);
    QVERIFY2(wishart.ok(), qPrintable(statusText(wishart)));
    QVERIFY2(direct.ok(), qPrintable(statusText(direct)));
    const MonteCarloSummary& a = wishart.monteCarlo;
    const MonteCarloSummary& b = direct.monteCarlo;
    QCOMPARE(a.fitted, settings.replications);
    QCOMPARE(b.fitted, settings.replications);

    const Eigen::Index p = a.weights.cols();
    for (Eigen::Index j = 0; j < p; ++j) {
        double z = 0.0;
        double ratio = 0.0;
        double bound = 0.0;
        const bool meanOk = meansAgree(column(a.weights, j), column(b.weights, j), &z);
        const bool sdOk = sdsAgree(column(a.weights, j), column(b.weights, j), &ratio, &bound);
        qInfo("weight X%d: mean z = %+.2f, SD ratio Wishart/direct = %.4f (allowed 1 +- %.3f)",
              int(j + 1), z, ratio, bound);
        QVERIFY2(meanOk, qPrintable(QStringLiteral("weight %1: z = %2").arg(j + 1).arg(z)));
        QVERIFY2(sdOk, qPrintable(QStringLiteral("weight %1: SD ratio %2").arg(j + 1).arg(ratio)));
    }
    for (Eigen::Index i = 0; i < p; ++i) {
        double z = 0.0;
        const bool ok =
            meansAgree(column(a.sampleEigenvalues, i), column(b.sampleEigenvalues, i), &z);
        QVERIFY2(ok, qPrintable(QStringLiteral("eigenvalue %1: means %2 vs %3, z = %4")
                                    .arg(i + 1)
                                    .arg(a.sampleEigenvaluesMean[i])
                                    .arg(b.sampleEigenvaluesMean[i])
                                    .arg(z)));
    }

    const double critical = ksCritical(a.r2Observational.size(), b.r2Observational.size());
    const double ksWeight = ksStatistic(column(a.weights, 0), column(b.weights, 0));
    const double ksR2 = ksStatistic(a.r2Observational, b.r2Observational);
    qInfo("KS Wishart vs direct: D(weight X1) = %.4f, D(held-out R2) = %.4f, critical value "
          "1.95 sqrt((n+m)/(nm)) = %.4f at alpha = 0.001",
          ksWeight, ksR2, critical);
    QVERIFY2(ksWeight <= critical, qPrintable(QString::number(ksWeight)));
    QVERIFY2(ksR2 <= critical, qPrintable(QString::number(ksR2)));
}

void TestMonteCarlo::samplerScatterMean_data()
{
    QTest::addColumn<SamplingMethod>("method");
    QTest::newRow("Wishart") << SamplingMethod::Wishart;
    QTest::newRow("direct") << SamplingMethod::Direct;
}

// For n Gaussian rows with covariance Sigma the centered scatter is Wishart(Sigma, n - 1):
// E[S] = (n - 1) Sigma, Var(S_ij) = (n - 1)(Sigma_ij^2 + Sigma_ii Sigma_jj). The mean x-bar is
// N(0, Sigma / n): E[x-bar_i] = 0, E[x-bar_i^2] = Sigma_ii / n with Var = 2 (Sigma_ii / n)^2.
// Over D draws the SE of each average is sqrt(Var / D); every entry within 4 SE.
void TestMonteCarlo::samplerScatterMean()
{
    QFETCH(SamplingMethod, method);
    Eigen::Matrix3d sigma;
    sigma << 2.0, 0.8, -0.5, 0.8, 1.0, 0.3, -0.5, 0.3, 1.5;
    QCOMPARE(Eigen::LLT<Eigen::Matrix3d>(sigma).info(), Eigen::Success);
    const int n = 10;
    const int draws = 20000;
    const ReplicationSampler sampler(sigma, n, method);
    QCOMPARE(sampler.usesWishart(), method == SamplingMethod::Wishart);

    Eigen::Matrix3d scatterSum = Eigen::Matrix3d::Zero();
    Eigen::Vector3d meanSum = Eigen::Vector3d::Zero();
    Eigen::Vector3d meanSquareSum = Eigen::Vector3d::Zero();
    for (int d = 0; d < draws; ++d) {
        RandomStream random(99, static_cast<std::uint64_t>(d));
        const SufficientStatistics s = sampler.sample(random);
        QCOMPARE(s.n, n);
        Eigen::Matrix3d scatter;
        scatter.topLeftCorner<2, 2>() = s.featureScatter;
        scatter.topRightCorner<2, 1>() = s.crossScatter;
        scatter.bottomLeftCorner<1, 2>() = s.crossScatter.transpose();
        scatter(2, 2) = s.targetScatter;
        scatterSum += scatter;
        const Eigen::Vector3d mean(s.featureMean[0], s.featureMean[1], s.targetMean);
        meanSum += mean;
        meanSquareSum += mean.cwiseAbs2();
    }
    const double m = n - 1.0;
    for (int i = 0; i < 3; ++i) {
        for (int j = 0; j <= i; ++j) {
            const double average = scatterSum(i, j) / draws;
            const double se =
                std::sqrt(m * (sigma(i, j) * sigma(i, j) + sigma(i, i) * sigma(j, j)) / draws);
            QVERIFY2(std::abs(average - m * sigma(i, j)) <= 4.0 * se,
                     qPrintable(QStringLiteral("E[S(%1,%2)] = %3, expected %4, SE %5")
                                    .arg(i)
                                    .arg(j)
                                    .arg(average)
                                    .arg(m * sigma(i, j))
                                    .arg(se)));
        }
        const double meanAverage = meanSum[i] / draws;
        const double meanSe = std::sqrt(sigma(i, i) / n / draws);
        QVERIFY2(std::abs(meanAverage) <= 4.0 * meanSe, qPrintable(QString::number(meanAverage)));
        const double square = meanSquareSum[i] / draws;
        const double squareSe = std::sqrt(2.0) * sigma(i, i) / n / std::sqrt(double(draws));
        QVERIFY2(std::abs(square - sigma(i, i) / n) <= 4.0 * squareSe,
                 qPrintable(QStringLiteral("E[mean_%1^2] = %2, expected %3")
                                .arg(i)
                                .arg(square)
                                .arg(sigma(i, i) / n)));
    }
}

void TestMonteCarlo::deterministic_data()
{
    QTest::addColumn<RecomputeSettings>("settings");
    RecomputeSettings latent = latentSettings(100, 10, 3, 300);
    latent.sweep = {0.2, 0.6};
    latent.sweepReplications = 60;
    QTest::newRow("latent OLS, Wishart, with sweep") << latent;
    RecomputeSettings proxy = proxySettings(40, 0.9, 1.0, 300);
    proxy.estimator.kind = EstimatorKind::Ridge;
    proxy.estimator.lambda = 2.0;
    proxy.sampling = SamplingMethod::Direct;
    QTest::newRow("proxy ridge, direct") << proxy;
    RecomputeSettings lasso = latentSettings(60, 8, 2, 200);
    lasso.estimator.kind = EstimatorKind::Lasso;
    lasso.estimator.lambda = 0.05;
    QTest::newRow("latent lasso") << lasso;
}

// Replication r draws from RandomStream(seed, r) whatever thread runs it: the same settings give
// bit-identical results, also across thread counts; another seed gives other numbers.
void TestMonteCarlo::deterministic()
{
    QFETCH(RecomputeSettings, settings);
    settings.seed = 5;
    settings.threads = 2;
    const RecomputeResult first = Recompute::run(settings);
    const RecomputeResult second = Recompute::run(settings);
    QVERIFY2(first.ok(), qPrintable(statusText(first)));
    QVERIFY(first.monteCarlo.fitted > 0);
    QVERIFY2(identical(first, second), "the same settings gave different numbers");

    RecomputeSettings oneThread = settings;
    oneThread.threads = 1;
    QVERIFY2(identical(first, Recompute::run(oneThread)), "1 thread and 2 threads differ");

    RecomputeSettings otherSeed = settings;
    otherSeed.seed = 6;
    const RecomputeResult other = Recompute::run(otherSeed);
    QVERIFY2(other.ok(), qPrintable(statusText(other)));
    QVERIFY(other.monteCarlo.weights != first.monteCarlo.weights);
    QVERIFY(other.monteCarlo.r2Observational != first.monteCarlo.r2Observational);
    QVERIFY(other.draw.features != first.draw.features);
    QVERIFY(other.draw.outcome != first.draw.outcome);
}

// A flag already set: the recompute stops at the first replication.
void TestMonteCarlo::cancelledBeforeStart()
{
    RecomputeSettings settings = latentSettings(200, 50, 3, 100000);
    std::atomic<bool> cancel{true};
    QElapsedTimer timer;
    timer.start();
    const RecomputeResult result = Recompute::run(settings, &cancel);
    qInfo("pre-cancelled recompute returned after %lld ms", timer.elapsed());
    QVERIFY2(result.status == RecomputeStatus::Cancelled, qPrintable(statusText(result)));
}

// A flag set from another thread ~5 ms into a run that would take many seconds (R = 1e5
// replications, p = 50): the run ends Cancelled. Only the status is asserted; the time is printed.
void TestMonteCarlo::cancelledFromAnotherThread()
{
    RecomputeSettings settings = latentSettings(200, 50, 3, 100000);
    settings.threads = 2;
    std::atomic<bool> cancel{false};
    std::thread canceller([&cancel] {
        std::this_thread::sleep_for(std::chrono::milliseconds(5));
        cancel.store(true);
    });
    QElapsedTimer timer;
    timer.start();
    const RecomputeResult result = Recompute::run(settings, &cancel);
    const qint64 elapsed = timer.elapsed();
    canceller.join();
    qInfo("recompute cancelled after 5 ms returned after %lld ms", elapsed);
    QVERIFY2(result.status == RecomputeStatus::Cancelled, qPrintable(statusText(result)));
}

// c = 0.999999: Sigma_XX has condition number (1 + c)/(1 - c) ~ 2e6 but is not singular; the
// recompute is Ok, finite, and the SD of w1 still follows sigma / sqrt((1 - c^2)(n - 4)) ~ 50.5.
void TestMonteCarlo::nearlySingularProxy()
{
    const double c = 0.999999;
    const int replications = 1000;
    const int n = 200;
    RecomputeSettings settings = proxySettings(n, c, 1.0, replications);
    settings.sweep = {0.0, 0.999999};
    const RecomputeResult result = Recompute::run(settings);
    QVERIFY2(result.ok(), qPrintable(statusText(result)));
    VERIFY_ALL_FINITE(result);
    QCOMPARE(result.monteCarlo.fitted, replications);
    QVERIFY(result.populationSpectrum.conditionNumber.has_value());
    const double condition = (1.0 + c) / (1.0 - c);
    QVERIFY2(std::abs(*result.populationSpectrum.conditionNumber / condition - 1.0) < 1e-6,
             qPrintable(QString::number(*result.populationSpectrum.conditionNumber)));
    const double theory = 1.0 / std::sqrt((1.0 - c * c) * (n - 4));
    const double ratio = result.monteCarlo.weightSd[0] / theory;
    qInfo("proxy OLS n=%d c=%g: SD(w1) ratio to theory %.4f", n, c, ratio);
    QVERIFY2(std::abs(ratio - 1.0) <= 4.0 / std::sqrt(2.0 * (replications - 1)) + 0.02,
             qPrintable(QString::number(ratio)));
}

// n = 10 < p = 40: OLS has no unique weights. Status NotIdentifiable with a message, no
// weight summary, and still nothing that is NaN (the spectrum and the draw are shown).
void TestMonteCarlo::underdeterminedOls()
{
    RecomputeSettings settings = latentSettings(10, 40, 3, 100);
    const RecomputeResult result = Recompute::run(settings);
    QVERIFY2(result.status == RecomputeStatus::NotIdentifiable, qPrintable(statusText(result)));
    QVERIFY(!result.message.empty());
    QCOMPARE(result.monteCarlo.fitted, 0);
    QCOMPARE(result.monteCarlo.weightMean.size(), Eigen::Index(0));
    QCOMPARE(result.monteCarlo.weightSd.size(), Eigen::Index(0));
    QVERIFY(!result.monteCarlo.r2ObservationalMean.has_value());
    QVERIFY(!result.draw.fit.ok());
    VERIFY_ALL_FINITE(result);
}

void TestMonteCarlo::noiseFreeProxy_data()
{
    QTest::addColumn<SamplingMethod>("method");
    QTest::newRow("Wishart") << SamplingMethod::Wishart;
    QTest::newRow("direct") << SamplingMethod::Direct;
}

// sigma = 0: y = x1 exactly in every replication, so every fitted weight vector is (1, 0) up to
// rounding (1e-8 absolute; the design's condition number is 19) and the held-out R^2 is 1.
void TestMonteCarlo::noiseFreeProxy()
{
    QFETCH(SamplingMethod, method);
    RecomputeSettings settings = proxySettings(50, 0.9, 0.0, 200);
    settings.sampling = method;
    const RecomputeResult result = Recompute::run(settings);
    QVERIFY2(result.ok(), qPrintable(statusText(result)));
    VERIFY_ALL_FINITE(result);
    QCOMPARE(result.monteCarlo.fitted, 200);
    QVERIFY(result.draw.fit.ok());
    QVERIFY2(std::abs(result.draw.fit.weights[0] - 1.0) <= 1e-8 &&
                 std::abs(result.draw.fit.weights[1]) <= 1e-8,
             "the displayed draw's fit");
    const Eigen::MatrixXd& w = result.monteCarlo.weights;
    const double error1 = (w.col(0).array() - 1.0).abs().maxCoeff();
    const double error2 = w.col(1).cwiseAbs().maxCoeff();
    double worstR2 = 0.0;
    for (double r2 : result.monteCarlo.r2Observational)
        worstR2 = std::max(worstR2, std::abs(r2 - 1.0));
    qInfo("noise-free proxy: max |w1 - 1| = %.3g, max |w2| = %.3g, max |R2 - 1| = %.3g", error1,
          error2, worstR2);
    QVERIFY2(
        error1 <= 1e-8 && error2 <= 1e-8,
        qPrintable(QStringLiteral("max |w1 - 1| = %1, max |w2| = %2").arg(error1).arg(error2)));
    QVERIFY2(worstR2 <= 1e-8, qPrintable(QString::number(worstR2)));
}

// Ridge with lambda > 0 is identifiable for any n: n = 10 <= p = 40 is Ok.
void TestMonteCarlo::underdeterminedRidge()
{
    RecomputeSettings settings = latentSettings(10, 40, 3, 100);
    settings.estimator.kind = EstimatorKind::Ridge;
    settings.estimator.lambda = 1.0;
    const RecomputeResult result = Recompute::run(settings);
    QVERIFY2(result.ok(), qPrintable(statusText(result)));
    QCOMPARE(result.monteCarlo.fitted, 100);
    QCOMPARE(result.monteCarlo.weightMean.size(), Eigen::Index(40));
    QCOMPARE(result.monteCarlo.weightSd.size(), Eigen::Index(40));
    QVERIFY(result.draw.fit.ok());
    VERIFY_ALL_FINITE(result);
}

QTEST_GUILESS_MAIN(TestMonteCarlo)
#include "tst_montecarlo.moc"
