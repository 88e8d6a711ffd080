// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
// The shifted generator's truth against closed forms derived by hand (one feature: OLS = b +
// g^2 / (s^2 + g^2 + 1), IV = b, b_gamma a ratio of two linear functions of gamma), its risk
// against the covariance of the same model built with the anchor's spread set to the shift
// strength, and its population anchor weights against anchor regression on 400 000 rows.

#include "SanitizerBuild.h"
#include "TestTolerance.h"
#include "environments/AnchorRegression.h"
#include "model/LinearGaussianScm.h"
#include "model/PopulationTruth.h"
#include "model/ShiftedGenerator.h"
#include "random/RandomStream.h"

#include <QTest>

#include <cmath>

using lev::core::AnchorRegression;
using lev::core::LinearGaussianScm;
using lev::core::PopulationTruth;
using lev::core::RandomStream;
using lev::core::ShiftedGenerator;
using lev::core::ShiftedSettings;
using lev::core::VariableRole;

namespace {

/// The generator's model written out again, with the anchor's standard deviation `spread`.
LinearGaussianScm rebuilt(const ShiftedSettings& s, double spread)
{
    LinearGaussianScm scm;
    const int a = scm.addVariable("A", VariableRole::Latent, spread);
    const int h = scm.addVariable("H", VariableRole::Latent, 1.0);
    const int x1 = scm.addVariable("X1", VariableRole::Feature, 1.0);
    const int y = scm.addVariable("Y", VariableRole::Outcome, s.noise);
    const int x2 = scm.addVariable(
        "X2", s.childFeature ? VariableRole::Feature : VariableRole::Latent, s.childNoise);
    scm.setEdge(x1, a, s.shift);
    scm.setEdge(x1, h, s.confounding);
    scm.setEdge(y, x1, s.effect);
    scm.setEdge(y, h, s.confounding);
    scm.setEdge(x2, y, s.childWeight);
    scm.setEdge(x2, a, s.childShift);
    return scm;
}

ShiftedSettings confounded(bool child)
{
    ShiftedSettings s;
    s.shift = 1.5;
    s.childShift = 0.7;
    s.confounding = 1.2;
    s.effect = 0.8;
    s.childFeature = child;
    return s;
}

} // namespace

class TestShiftedGenerator : public QObject
{
    Q_OBJECT

private slots:
    void oneFeatureClosedForms_data();
    void oneFeatureClosedForms();
    void causalAndOlsWeightsWithTheChild();
    void riskMatchesTheShiftedModel_data();
    void riskMatchesTheShiftedModel();
    void anchorWeightsMinimizeTheRiskAtSqrtGamma();
    void anchorWeightsMatchLargeSamples_data();
    void anchorWeightsMatchLargeSamples();
    void environmentsAreStandardized();
    void validation();
};

void TestShiftedGenerator::oneFeatureClosedForms_data()
{
    QTest::addColumn<double>("s");
    QTest::addColumn<double>("g");
    QTest::addColumn<double>("b");
    QTest::addRow("no confounding") << 1.0 << 0.0 << 1.0;
    QTest::addRow("confounded") << 1.0 << 1.0 << 1.0;
    QTest::addRow("strong shift") << 3.0 << 2.0 << -0.5;
}

void TestShiftedGenerator::oneFeatureClosedForms()
{
    QFETCH(double, s);
    QFETCH(double, g);
    QFETCH(double, b);
    ShiftedSettings settings;
    settings.shift = s;
    settings.confounding = g;
    settings.effect = b;
    settings.childFeature = false;
    const ShiftedGenerator generator(settings);
    const double varX = s * s + g * g + 1.0;
    const double ols = b + g * g / varX;
    QVERIFY(std::abs(generator.causalWeights()[0] - b) < 1e-14);
    QVERIFY(std::abs(generator.olsWeights()[0] - ols) < 1e-13);
    const auto iv = generator.ivWeights();
    QVERIFY(iv);
    QVERIFY(std::abs((*iv)[0] - b) < 1e-13);
    for (const double gamma : {0.0, 0.5, 1.0, 4.0, 1e3}) {
        const double expected =
            (b * varX + g * g + (gamma - 1.0) * b * s * s) / (varX + (gamma - 1.0) * s * s);
        const auto w = generator.anchorWeights(gamma);
        QVERIFY(w);
        QVERIFY2(
            std::abs((*w)[0] - expected) < 1e-12,
            qPrintable(QStringLiteral("gamma %1: %2 vs %3").arg(gamma).arg((*w)[0]).arg(expected)));
    }
    // Risk of w under shift strength t: ((b - w) g + g)^2 + (b - w)^2 + sigma^2 + t^2 (b - w)^2
    // s^2.
    for (const double w : {b, ols, 0.0})
        for (const double t : {0.0, 1.0, 5.0}) {
            const double d = b - w;
            const double expected = std::pow(d * g + g, 2) + d * d + 1.0 + t * t * d * d * s * s;
            QVERIFY(std::abs(generator.risk(Eigen::VectorXd::Constant(1, w), t) - expected) <
                    1e-12 * std::max(1.0, expected));
        }
}

void TestShiftedGenerator::causalAndOlsWeightsWithTheChild()
{
    const ShiftedSettings settings = confounded(true);
    const ShiftedGenerator generator(settings);
    QString why;
    Eigen::VectorXd causal(2);
    causal << settings.effect, 0.0;
    QVERIFY2(lev::test::vectorsNear(generator.causalWeights(), causal, 1e-14, &why),
             qPrintable(why));
    const PopulationTruth truth = PopulationTruth::of(rebuilt(settings, 1.0));
    QVERIFY2(lev::test::vectorsNear(generator.olsWeights(), truth.populationWeights, 1e-12, &why),
             qPrintable(why));
    QVERIFY2(
        lev::test::vectorsNear(*generator.anchorWeights(1.0), truth.populationWeights, 1e-12, &why),
        qPrintable(why));
    std::string reason;
    QVERIFY(!generator.ivWeights(&reason));
    QVERIFY(reason.find("not identified") != std::string::npos);
}

void TestShiftedGenerator::riskMatchesTheShiftedModel_data()
{
    QTest::addColumn<double>("strength");
    for (const double t : {0.0, 0.5, 1.0, 2.0, 10.0})
        QTest::addRow("t=%g", t) << t;
}

void TestShiftedGenerator::riskMatchesTheShiftedModel()
{
    QFETCH(double, strength);
    const ShiftedSettings settings = confounded(true);
    const ShiftedGenerator generator(settings);
    // E[(Y - X^T w)^2] = r^T Cov(X, Y) r, r = (-w, 1), in the model whose anchor has SD t.
    const Eigen::MatrixXd cov = rebuilt(settings, strength).observedCovariance();
    for (const Eigen::VectorXd& w :
         {generator.causalWeights(), generator.olsWeights(), *generator.anchorWeights(7.0)}) {
        Eigen::VectorXd r(3);
        r << -w, 1.0;
        const double expected = r.dot(cov * r);
        QString why;
        QVERIFY2(lev::test::scalarNear(generator.risk(w, strength), expected, 1e-12, &why),
                 qPrintable(why));
    }
}

void TestShiftedGenerator::anchorWeightsMinimizeTheRiskAtSqrtGamma()
{
    const ShiftedGenerator generator(confounded(true));
    for (const double gamma : {0.25, 1.0, 9.0, 100.0}) {
        const Eigen::VectorXd best = *generator.anchorWeights(gamma);
        const double t = std::sqrt(gamma);
        const double risk = generator.risk(best, t);
        for (int j = 0; j < 2; ++j)
            for (const double step : {-1e-3, 1e-3}) {
                Eigen::VectorXd other = best;
                other[j] += step;
                QVERIFY(generator.risk(other, t) > risk);
            }
    }
    // No shift: OLS is best; strong shifts: the causal weights beat OLS.
    const Eigen::VectorXd ols = generator.olsWeights();
    const Eigen::VectorXd causal = generator.causalWeights();
    QVERIFY(generator.risk(ols, 1.0) < generator.risk(causal, 1.0));
    QVERIFY(generator.risk(causal, 10.0) < generator.risk(ols, 10.0));
}

void TestShiftedGenerator::anchorWeightsMatchLargeSamples_data()
{
    QTest::addColumn<int>("environments");
    QTest::addColumn<double>("gamma");
    for (const int k : {0, 5})
        for (const double gamma : {0.0, 1.0, 3.0, 20.0})
            QTest::addRow("K=%d gamma=%g", k, gamma) << k << gamma;
}

void TestShiftedGenerator::anchorWeightsMatchLargeSamples()
{
    QFETCH(int, environments);
    QFETCH(double, gamma);
    ShiftedSettings settings = confounded(true);
    settings.environments = environments;
    const ShiftedGenerator generator(settings);
    RandomStream random(2026);
    // The sanitizer build draws a tenth of the rows, with a tolerance sqrt(10) wider.
    const int n = lev::test::kSanitized ? 40000 : 400000;
    const double tolerance = 0.02 * std::sqrt(400000.0 / n);
    const auto sample = generator.sample(random, n);
    std::vector<std::string> names{"A"};
    const Eigen::MatrixXd anchors = environments
                                        ? AnchorRegression::indicators(sample.environment, &names)
                                        : Eigen::MatrixXd(sample.anchor);
    const AnchorRegression regression(sample.features, sample.target, anchors, names);
    const auto fit = regression.fit(gamma);
    QVERIFY(fit.identifiable);
    // The sampling SD of each weight is below 0.005 at n = 400 000: 0.02 is four of them.
    QString why;
    QVERIFY2(lev::test::absolutelyNear(fit.coefficients, *generator.anchorWeights(gamma), tolerance,
                                       &why),
             qPrintable(why));
}

void TestShiftedGenerator::environmentsAreStandardized()
{
    for (const int k : {2, 3, 7}) {
        double sum = 0.0;
        double squares = 0.0;
        for (int e = 0; e < k; ++e) {
            sum += ShiftedGenerator::environmentAnchor(e, k);
            squares += std::pow(ShiftedGenerator::environmentAnchor(e, k), 2);
        }
        QVERIFY(std::abs(sum) < 1e-12);
        QVERIFY(std::abs(squares / k - 1.0) < 1e-12);
    }
    ShiftedSettings settings;
    settings.environments = 4;
    RandomStream random(1);
    const auto sample = ShiftedGenerator(settings).sample(random, 10);
    QCOMPARE(sample.environment[0], 0.0);
    QCOMPARE(sample.environment[9], 3.0);
    QCOMPARE(sample.anchor[9], ShiftedGenerator::environmentAnchor(3, 4));
}

void TestShiftedGenerator::validation()
{
    ShiftedSettings s;
    QVERIFY(s.validate().empty());
    s.shift = 1e3;
    QVERIFY(s.validate().find("shift") != std::string::npos);
    s = {};
    s.childNoise = 0.0;
    QVERIFY(!s.validate().empty());
    s = {};
    s.environments = 1;
    QVERIFY(!s.validate().empty());
}

QTEST_APPLESS_MAIN(TestShiftedGenerator)
#include "tst_shiftedgenerator.moc"
