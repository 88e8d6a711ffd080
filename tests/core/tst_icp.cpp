// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
// Invariant causal prediction and the distribution functions under it. The distributions are
// checked against closed forms (t with 1 and 2 degrees of freedom, F with 2 numerator degrees,
// chi-square with 2) and printed tables; the two-sample tests against R's documented output for
// its `sleep` data (t.test: t = -1.8608, df = 17.776, p = 0.07939; var.test: F = 0.7983,
// p = 0.7427), whose p-values we confirmed to 1e-9 by Simpson integration of the densities.
// ICP's guarantee, P(estimated set within the true parents) >= 1 - alpha, is checked over 200
// replications of the shifted generator without hidden confounding.

#include "SanitizerBuild.h"
#include "environments/Distributions.h"
#include "environments/EnvironmentsStudy.h"
#include "environments/InvariantCausalPrediction.h"
#include "environments/TwoSampleTest.h"
#include "model/ShiftedGenerator.h"
#include "random/RandomStream.h"

#include <QTest>

#include <atomic>
#include <chrono>
#include <cmath>

using lev::core::Distributions;
using lev::core::EnvironmentsResult;
using lev::core::EnvironmentsSettings;
using lev::core::EnvironmentsStudy;
using lev::core::IcpResult;
using lev::core::InvariantCausalPrediction;
using lev::core::RandomStream;
using lev::core::ShiftedGenerator;
using lev::core::ShiftedSettings;
using lev::core::TwoSampleTest;

namespace {

bool near(double actual, double expected, double tolerance)
{
    return std::abs(actual - expected) <= tolerance * std::max(1.0, std::abs(expected));
}

/// ICP on one sample of the shifted generator (features X1 = the parent, X2 = Y's child).
IcpResult icpOn(const ShiftedSettings& settings, int n, std::uint64_t seed, double alpha)
{
    const ShiftedGenerator generator(settings);
    RandomStream random(seed);
    const auto sample = generator.sample(random, n);
    return InvariantCausalPrediction::run(sample.features, sample.target, sample.environment,
                                          alpha);
}

/// Twelve features (2^12 = 4096 subsets) on rows from three environments: ICP's largest case.
/// The sanitizer build, where each subset's fit runs at -O0, takes eight (256 subsets).
constexpr int kWideFeatures = lev::test::kSanitized ? 8 : InvariantCausalPrediction::kMaxFeatures;
constexpr int kWideSubsets = 1 << kWideFeatures;
struct WideProblem
{
    Eigen::MatrixXd features;
    Eigen::VectorXd target;
    Eigen::VectorXd environment;
};

WideProblem wideProblem(int n)
{
    RandomStream random(9);
    WideProblem problem;
    problem.features.resize(n, kWideFeatures);
    random.fillNormal(problem.features.data(), static_cast<long>(problem.features.size()));
    problem.target.resize(n);
    random.fillNormal(problem.target.data(), n);
    problem.environment.resize(n);
    for (int i = 0; i < n; ++i) {
        problem.environment[i] = (3 * i) / n;
        problem.features(i, 0) += problem.environment[i];
    }
    problem.target += problem.features.col(0);
    return problem;
}

} // namespace

class TestIcp : public QObject
{
    Q_OBJECT

private slots:
    void studentTail_data();
    void studentTail();
    void fisherTail_data();
    void fisherTail();
    void tableValues();
    void sleepData();
    void twoEqualSamplesAreNotRejected();
    void setWithinParentsAtLevel();
    void strongShiftsFindTheParent();
    void hiddenConfoundingRejectsEverySet();
    void intervalsCoverTheEffect();
    void refusesWhatItCannotTest();
    void progressIsMonotone();
    void cancelStopsPromptly_data();
    void cancelStopsPromptly();
    void studyStopsBeforeItsSampleFits();
};

void TestIcp::studentTail_data()
{
    QTest::addColumn<double>("t");
    QTest::addColumn<double>("dof");
    QTest::addColumn<double>("expected");
    // dof 1 is Cauchy: 1/2 - atan(t)/pi; dof 2: 1/2 - t / (2 sqrt(2 + t^2)).
    for (const double t : {-3.0, -0.5, 0.0, 0.3, 1.0, 2.5, 40.0}) {
        QTest::addRow("dof=1 t=%g", t) << t << 1.0 << 0.5 - std::atan(t) / M_PI;
        QTest::addRow("dof=2 t=%g", t) << t << 2.0 << 0.5 - t / (2.0 * std::sqrt(2.0 + t * t));
    }
}

void TestIcp::studentTail()
{
    QFETCH(double, t);
    QFETCH(double, dof);
    QFETCH(double, expected);
    QVERIFY2(near(Distributions::studentUpperTail(t, dof), expected, 1e-13),
             qPrintable(QString::number(Distributions::studentUpperTail(t, dof), 'g', 17)));
}

void TestIcp::fisherTail_data()
{
    QTest::addColumn<double>("f");
    QTest::addColumn<double>("dof2");
    QTest::addColumn<double>("expected");
    // F(2, d): P(F > f) = (1 + 2 f / d)^(-d / 2).
    for (const double f : {0.01, 0.5, 1.0, 3.0, 20.0})
        for (const double d : {1.0, 4.0, 9.5, 100.0})
            QTest::addRow("F(2,%g) f=%g", d, f) << f << d << std::pow(1.0 + 2.0 * f / d, -d / 2.0);
}

void TestIcp::fisherTail()
{
    QFETCH(double, f);
    QFETCH(double, dof2);
    QFETCH(double, expected);
    QVERIFY(near(Distributions::fisherUpperTail(f, 2.0, dof2), expected, 1e-12));
    QVERIFY(near(Distributions::fisherLowerTail(f, 2.0, dof2), 1.0 - expected, 1e-12));
}

void TestIcp::tableValues()
{
    // Chi-square with 2 degrees of freedom: exp(-x / 2).
    for (const double x : {0.1, 1.0, 5.991464547107979, 30.0})
        QVERIFY(near(Distributions::chiSquareUpperTail(x, 2.0), std::exp(-x / 2.0), 1e-13));
    // Printed tables: z_0.975 = 1.959963984540054, t_0.975(10) = 2.228138851986274,
    // F_0.95(3, 10) = 3.708264819, chi2_0.95(1) = 3.841458820694124.
    QVERIFY(near(Distributions::normalQuantile(0.975), 1.959963984540054, 1e-14));
    QVERIFY(near(Distributions::studentUpperTail(2.228138851986274, 10.0), 0.025, 1e-12));
    QVERIFY(near(Distributions::fisherUpperTail(3.708264819, 3.0, 10.0), 0.05, 1e-8));
    QVERIFY(near(Distributions::chiSquareUpperTail(3.841458820694124, 1.0), 0.05, 1e-13));
    // Outside the domain: NaN, never an exception.
    QVERIFY(std::isnan(Distributions::studentUpperTail(1.0, 0.0)));
    QVERIFY(std::isnan(Distributions::normalQuantile(1.0)));
}

void TestIcp::sleepData()
{
    Eigen::VectorXd first(10);
    Eigen::VectorXd second(10);
    first << 0.7, -1.6, -0.2, -1.2, -0.1, 3.4, 3.7, 0.8, 0.0, 2.0;
    second << 1.9, 0.8, 1.1, 0.1, -0.1, 4.4, 5.5, 1.6, 4.6, 3.4;
    const auto t = TwoSampleTest::welch(first, second);
    QVERIFY(std::abs(t.statistic - -1.8608) < 5e-5);
    QVERIFY(std::abs(t.dof1 - 17.776) < 5e-4);
    QVERIFY2(std::abs(t.pValue - 0.0793941402) < 1e-9,
             qPrintable(QString::number(t.pValue, 'g', 12)));
    const auto f = TwoSampleTest::variance(first, second);
    QVERIFY(std::abs(f.statistic - 0.7983) < 5e-5);
    QCOMPARE(f.dof1, 9.0);
    QCOMPARE(f.dof2, 9.0);
    QVERIFY2(std::abs(f.pValue - 0.7427199317) < 1e-9,
             qPrintable(QString::number(f.pValue, 'g', 12)));
}

void TestIcp::twoEqualSamplesAreNotRejected()
{
    Eigen::VectorXd x(4);
    x << 1, 2, 3, 4;
    QCOMPARE(TwoSampleTest::welch(x, x).pValue, 1.0);
    QCOMPARE(TwoSampleTest::variance(x, x).pValue, 1.0);
    const Eigen::VectorXd constant = Eigen::VectorXd::Constant(3, 2.0);
    QCOMPARE(TwoSampleTest::welch(constant, constant).pValue, 1.0);
    QCOMPARE(TwoSampleTest::variance(x, constant).pValue, 0.0);
}

void TestIcp::setWithinParentsAtLevel()
{
    // No hidden confounding; the anchor shifts the parent X1 and Y's child X2, so {X1, X2} is
    // not invariant. The parents of Y among the features: {X1} only.
    ShiftedSettings settings;
    settings.shift = 1.0;
    settings.childShift = 0.5;
    settings.environments = 3;
    const double alpha = 0.05;
    int within = 0;
    const int replications = 200;
    for (int r = 0; r < replications; ++r) {
        const IcpResult result = icpOn(settings, 300, 1000 + static_cast<std::uint64_t>(r), alpha);
        QVERIFY(result.problem.empty());
        const bool ok = result.causalFeatures.empty() ||
                        (result.causalFeatures.size() == 1 && result.causalFeatures[0] == 0);
        within += ok ? 1 : 0;
    }
    qInfo("estimated set within the parents in %d of %d replications", within, replications);
    QVERIFY2(within >= static_cast<int>(std::ceil((1.0 - alpha) * replications)),
             qPrintable(QStringLiteral("%1 of %2").arg(within).arg(replications)));
}

void TestIcp::strongShiftsFindTheParent()
{
    ShiftedSettings settings;
    settings.shift = 3.0;
    settings.childShift = 2.0;
    settings.environments = 3;
    int found = 0;
    for (int r = 0; r < 50; ++r) {
        const IcpResult result = icpOn(settings, 600, 77 + static_cast<std::uint64_t>(r), 0.05);
        found += result.causalFeatures == std::vector<int>{0} ? 1 : 0;
    }
    qInfo("the parent X1 found alone in %d of 50 replications", found);
    QVERIFY2(found >= 45, qPrintable(QString::number(found)));
}

void TestIcp::hiddenConfoundingRejectsEverySet()
{
    // H drives X1 and Y and the anchor moves both features: no subset is invariant.
    ShiftedSettings settings;
    settings.shift = 3.0;
    settings.childShift = 2.0;
    settings.confounding = 2.0;
    settings.environments = 4;
    const IcpResult result = icpOn(settings, 4000, 5, 0.05);
    QVERIFY(result.modelRejected);
    QVERIFY(result.causalFeatures.empty());
    QCOMPARE(result.featurePValues.size(), Eigen::Index(0));
    QVERIFY(result.message.find("No subset") != std::string::npos);
    QCOMPARE(result.subsets.size(), std::size_t(4));
}

void TestIcp::intervalsCoverTheEffect()
{
    ShiftedSettings settings;
    settings.shift = 3.0;
    settings.childShift = 2.0;
    settings.effect = 1.5;
    settings.environments = 3;
    int covered = 0;
    for (int r = 0; r < 100; ++r) {
        const IcpResult result = icpOn(settings, 600, 300 + static_cast<std::uint64_t>(r), 0.05);
        if (result.modelRejected)
            continue;
        covered += result.confidenceIntervals(0, 0) <= 1.5 &&
                           result.confidenceIntervals(0, 1) >= 1.5 &&
                           result.confidenceIntervals(1, 0) <= 0.0 &&
                           result.confidenceIntervals(1, 1) >= 0.0
                       ? 1
                       : 0;
    }
    qInfo("intervals cover (1.5, 0) in %d of 100 replications", covered);
    QVERIFY2(covered >= 95, qPrintable(QString::number(covered)));
}

void TestIcp::refusesWhatItCannotTest()
{
    Eigen::VectorXd environment(8);
    environment << 0, 0, 0, 0, 1, 1, 1, 1;
    QVERIFY(InvariantCausalPrediction::validate(2, environment).empty());
    QVERIFY(InvariantCausalPrediction::validate(13, environment).find("at most 12") !=
            std::string::npos);
    environment << 0, 0, 0, 0, 0, 0, 1, 1;
    QVERIFY(InvariantCausalPrediction::validate(2, environment).find("environment 1 has 2") !=
            std::string::npos);
    environment.setZero();
    QVERIFY(InvariantCausalPrediction::validate(2, environment).find("single value") !=
            std::string::npos);
}

void TestIcp::progressIsMonotone()
{
    const WideProblem problem = wideProblem(240);
    std::vector<std::pair<int, int>> calls;
    const IcpResult result = InvariantCausalPrediction::run(
        problem.features, problem.target, problem.environment, 0.05, nullptr,
        [&calls](int done, int total) { calls.emplace_back(done, total); });
    QVERIFY(!result.cancelled);
    QCOMPARE(result.subsets.size(), std::size_t(kWideSubsets));
    QCOMPARE(calls.size(), std::size_t(kWideSubsets));
    for (std::size_t i = 0; i < calls.size(); ++i) {
        QCOMPARE(calls[i].second, kWideSubsets);
        QCOMPARE(calls[i].first, int(i) + 1); // one step per subset, never back
    }
}

void TestIcp::cancelStopsPromptly_data()
{
    QTest::addColumn<int>("cancelAfter");
    QTest::newRow("before the first subset") << 0;
    QTest::newRow("after 1 subset") << 1;
    QTest::newRow("half way") << kWideSubsets / 2;
    QTest::newRow("before the last subset") << kWideSubsets - 1;
}

void TestIcp::cancelStopsPromptly()
{
    // The flag is raised from the progress callback after `cancelAfter` subsets; ICP must test
    // no further subset and return "cancelled" with no verdict.
    QFETCH(int, cancelAfter);
    const WideProblem problem = wideProblem(240);
    std::atomic<bool> cancel{cancelAfter == 0};
    int lastDone = 0;
    int calls = 0;
    auto raised = std::chrono::steady_clock::now();
    const IcpResult result = InvariantCausalPrediction::run(
        problem.features, problem.target, problem.environment, 0.05, &cancel, [&](int done, int) {
            ++calls;
            lastDone = done;
            if (done >= cancelAfter && !cancel) {
                cancel = true;
                raised = std::chrono::steady_clock::now();
            }
        });
    const double seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - raised).count();
    QVERIFY(result.cancelled);
    QVERIFY(result.subsets.empty());
    QVERIFY(result.causalFeatures.empty());
    QVERIFY(!result.modelRejected);
    QVERIFY(result.message.find("cancelled") != std::string::npos);
    QCOMPARE(lastDone, cancelAfter);
    QCOMPARE(calls, cancelAfter);
    // Nothing but the flag's check lies between raising it and returning.
    QVERIFY2(seconds < 1.0, qPrintable(QString::number(seconds)));
    qInfo("cancelled after %d of %d subsets; returned %.2g s after the flag", cancelAfter,
          kWideSubsets, seconds);
}

void TestIcp::studyStopsBeforeItsSampleFits()
{
    // At the largest n each anchor fit is a pass over 100 000 rows: a raised flag stops the
    // study before the first of them, and without it every point of the path is fitted.
    EnvironmentsSettings settings;
    settings.n = EnvironmentsSettings::kMaxRows;
    std::atomic<bool> cancel{true};
    const EnvironmentsResult stopped = EnvironmentsStudy::compute(settings, &cancel);
    QVERIFY(stopped.samplePath.empty());
    QVERIFY(stopped.fits.empty());
    QVERIFY(!stopped.pathGammas.empty());

    settings.n = 2000;
    cancel = false;
    const EnvironmentsResult complete = EnvironmentsStudy::compute(settings, &cancel);
    QCOMPARE(complete.samplePath.size(), complete.pathGammas.size());
    QVERIFY(!complete.fits.empty());
}

QTEST_APPLESS_MAIN(TestIcp)
#include "tst_icp.moc"
