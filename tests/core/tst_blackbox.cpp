// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
// Tests the black box (docs/math.md §9): XGBoost through its C API against XGBoost's own Python
// package, SHAP additivity, partial dependence of a linear model, permutation importance of a
// noise feature, the off-manifold meter, the curved generator's exact truth against brute-force
// simulation of the intervened model, the essay's claim on the proxy, the linear estimator
// beside the learner, the credit shares, SHAP delivered after the first result, and determinism.

#include "blackbox/BlackBox.h"
#include "blackbox/CreditShares.h"
#include "blackbox/GeneratorTruth.h"
#include "blackbox/GradientBoostedTrees.h"
#include "blackbox/LinearBaseline.h"
#include "blackbox/OffManifoldMeter.h"
#include "blackbox/PartialDependenceProbe.h"
#include "model/CurvedManifold.h"
#include "random/RandomStream.h"

#include <QTest>

#include <cmath>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

using namespace lev::core;

namespace {

/// tests/data/blackbox_reference.csv (written by blackbox_reference.py): rows of x1..x4, y,
/// XGBoost's Python prediction, its SHAP values and bias.
Eigen::MatrixXd readReference()
{
    std::ifstream in(LEVERSCOPE_TEST_DATA "/blackbox_reference.csv");
    std::string line;
    std::getline(in, line); // header
    std::vector<std::vector<double>> rows;
    while (std::getline(in, line)) {
        std::vector<double> row;
        std::stringstream fields(line);
        std::string field;
        while (std::getline(fields, field, ','))
            row.push_back(std::stod(field));
        rows.push_back(row);
    }
    Eigen::MatrixXd table(static_cast<Eigen::Index>(rows.size()),
                          rows.empty() ? 0 : static_cast<Eigen::Index>(rows[0].size()));
    for (std::size_t i = 0; i < rows.size(); ++i)
        for (std::size_t j = 0; j < rows[i].size(); ++j)
            table(static_cast<Eigen::Index>(i), static_cast<Eigen::Index>(j)) = rows[i][j];
    return table;
}

BlackBoxSettings quickSettings(GeneratorKind kind, double c)
{
    BlackBoxSettings s = BlackBoxSettings::defaultsFor(kind);
    s.model.collinearity = c;
    s.n = 1000;
    s.replications = 3;
    s.learner.trees = 200;
    s.learner.depth = 4;
    s.learner.learningRate = 0.1;
    return s;
}

} // namespace

class TestBlackBox : public QObject
{
    Q_OBJECT

private slots:
    // XGBoost's Python package on the same data and parameters: the predictions and SHAP
    // values agree to float precision (both sides compute in float; 1e-5 of the outcome's SD).
    void matchesXGBoostPython()
    {
        const Eigen::MatrixXd table = readReference();
        QCOMPARE(table.rows(), 300);
        QCOMPARE(table.cols(), 11);
        const Eigen::MatrixXd x = table.leftCols(4);
        const Eigen::VectorXd y = table.col(4);
        LearnerSettings learner;
        learner.trees = 60;
        learner.depth = 3;
        learner.learningRate = 0.3;
        GradientBoostedTrees model;
        QVERIFY2(model.train(x, y, learner), model.errorString().c_str());
        Eigen::VectorXd prediction;
        Eigen::MatrixXd shap;
        QVERIFY(model.predict(x, prediction));
        QVERIFY(model.contributions(x, shap));
        const double sd = std::sqrt((y.array() - y.mean()).square().mean());
        const double tolerance = 1e-5 * sd;
        QVERIFY2((prediction - table.col(5)).cwiseAbs().maxCoeff() <= tolerance,
                 qPrintable(QString::number((prediction - table.col(5)).cwiseAbs().maxCoeff())));
        QCOMPARE(shap.cols(), 5);
        QVERIFY((shap - table.rightCols(5)).cwiseAbs().maxCoeff() <= tolerance);
    }

    // Contributions plus bias equal the prediction, to 1e-4 of the outcome's SD.
    void shapAdditivity_data()
    {
        QTest::addColumn<int>("generator");
        QTest::addColumn<double>("collinearity");
        QTest::newRow("proxy c=0.9") << int(GeneratorKind::Proxy) << 0.9;
        QTest::newRow("confounder c=0.5") << int(GeneratorKind::Confounder) << 0.5;
        QTest::newRow("chain c=0.99") << int(GeneratorKind::Chain) << 0.99;
        QTest::newRow("collider c=0.5") << int(GeneratorKind::Collider) << 0.5;
        QTest::newRow("latent c=0.9") << int(GeneratorKind::Latent) << 0.9;
    }
    void shapAdditivity()
    {
        QFETCH(int, generator);
        QFETCH(double, collinearity);
        BlackBoxSettings s = quickSettings(GeneratorKind(generator), collinearity);
        s.replications = 1;
        s.learner.trees = 100;
        const BlackBoxResult r = BlackBox::run(s);
        QCOMPARE(r.status, BlackBoxStatus::Ok);
        QVERIFY(r.outcomeSd > 0.0);
        QVERIFY2(r.shapAdditivityMaxError <= 1e-4 * r.outcomeSd,
                 qPrintable(QString::number(r.shapAdditivityMaxError)));
    }

    // Partial dependence of a linear model b0 + b^T x is the line b0 + b_j x + sum_k!=j b_k
    // mean(x_k), exactly; and the off-manifold fraction of probes at the data's centre is 0.
    void partialDependenceOfLinearModel()
    {
        RandomStream random(3);
        Eigen::MatrixXd x(500, 3);
        random.fillNormal(x.data(), x.size());
        const Eigen::Vector3d b(1.5, -2.0, 0.25);
        const double b0 = 0.7;
        const PartialDependenceProbe::Predictor linear = [&](const Eigen::MatrixXd& rows,
                                                             Eigen::VectorXd& out, std::string*) {
            out = (rows * b).array() + b0;
            return true;
        };
        const Eigen::VectorXd grid = Eigen::VectorXd::LinSpaced(11, -3.0, 3.0);
        const OffManifoldMeter meter(x);
        for (int j = 0; j < 3; ++j) {
            PartialDependenceProbe probe;
            std::string error;
            QVERIFY(probe.compute(linear, x, j, grid, 5, &meter, &error));
            const Eigen::VectorXd means = x.colwise().mean().transpose();
            const double offset = b0 + b.dot(means) - b(j) * means(j);
            for (Eigen::Index g = 0; g < grid.size(); ++g)
                QVERIFY(std::abs(probe.values(g) - (offset + b(j) * grid(g))) <= 1e-12);
            QCOMPARE(probe.ice.rows(), 5);
            // ICE of row i: b0 + b^T x_i with x_ij replaced, slope b_j.
            QVERIFY(std::abs((probe.ice(2, 10) - probe.ice(2, 0)) / 6.0 - b(j)) <= 1e-12);
            QVERIFY(probe.offManifold(5) < 0.05); // x_j = 0: the probes stay where the data are
            QVERIFY(probe.offManifold(0) > probe.offManifold(5));
        }
    }

    // The chi-square quantile: chi^2_2(0.99) = -2 ln 0.01 exactly; chi^2_1(0.99) = 2.5758293^2.
    void chiSquareQuantile()
    {
        QVERIFY(std::abs(OffManifoldMeter::chiSquareQuantile(2, 0.99) - 2.0 * std::log(100.0)) <
                1e-12);
        const double z = 2.5758293035489004; // the normal 99.5 % quantile
        QVERIFY(std::abs(OffManifoldMeter::chiSquareQuantile(1, 0.99) - z * z) < 1e-12);
    }

    // Fresh draws from the observed Gaussian land beyond the 99 % quantile about 1 % of the time
    // (binomial: 20000 draws, SD 0.07 %); a probe far off the correlation axis is off.
    void offManifoldMeter()
    {
        RandomStream random(11);
        const int n = 20000;
        Eigen::MatrixXd z(n, 3);
        random.fillNormal(z.data(), z.size());
        Eigen::Matrix3d l;
        l << 1, 0, 0, 0.9, std::sqrt(1 - 0.81), 0, 0.3, 0.2, 0.9;
        const Eigen::MatrixXd observed = z * l.transpose();
        const OffManifoldMeter meter(observed);
        Eigen::MatrixXd fresh(n, 3);
        random.fillNormal(fresh.data(), fresh.size());
        const double fraction = meter.offFraction(fresh * l.transpose());
        QVERIFY2(std::abs(fraction - 0.01) < 4 * std::sqrt(0.01 * 0.99 / n),
                 qPrintable(QString::number(fraction)));
        Eigen::MatrixXd against(1, 3);
        against << 1.5, -1.5, 0.0; // each coordinate within 1.5 SD, against the correlation
        QCOMPARE(meter.offFraction(against), 1.0);
        QCOMPARE(meter.rank(), 3);
    }

    // Moving one coordinate: the O(1) update d^2 + delta (2 (Theta u)_j + delta Theta_jj) gives
    // the same fractions as scoring each probe in full, here with correlated columns, one an
    // exact copy of another (Theta a pseudo-inverse of rank 5 of 6), shuffled and grid values.
    void oneCoordinateUpdateEqualsFullScoring()
    {
        RandomStream random(17);
        const int n = 400;
        Eigen::MatrixXd x(n, 6);
        random.fillNormal(x.data(), x.size());
        x.col(1) = 0.95 * x.col(0) + std::sqrt(1 - 0.95 * 0.95) * x.col(1);
        x.col(5) = x.col(2);
        x.col(3) = 3.0 * x.col(3).array() + 2.0;
        const OffManifoldMeter meter(x);
        QCOMPARE(meter.rank(), 5);
        const OffManifoldMeter::RowTerms terms = meter.rowTerms(x);
        QVERIFY((terms.distances - meter.distances(x)).cwiseAbs().maxCoeff() <= 1e-10);
        const int copies = 3;
        for (Eigen::Index j = 0; j < x.cols(); ++j) {
            Eigen::VectorXd values(n * copies);
            random.fillNormal(values.data(), values.size());
            values *= 4.0; // far enough out that a good share of the probes are off
            Eigen::MatrixXd probes(n * copies, x.cols());
            for (int c = 0; c < copies; ++c)
                probes.middleRows(c * n, n) = x;
            probes.col(j) = values;
            const double full = meter.offFraction(probes);
            qInfo("feature %d: %.3f of the probes off", int(j), full);
            QVERIFY2(full > 0.01 && full < 0.99, qPrintable(QString::number(full)));
            QCOMPARE(meter.offFraction(terms, x, j, values), full);
        }
    }

    // The trapezoidal Gaussian expectation on known integrals, to 1e-12.
    void gaussianExpectation()
    {
        QVERIFY(std::abs(CurvedManifold::gaussianExpectation([](double z) { return z * z; }) -
                         1.0) < 1e-12);
        QVERIFY(std::abs(CurvedManifold::gaussianExpectation([](double z) { return std::cos(z); }) -
                         std::exp(-0.5)) < 1e-12);
        QVERIFY(
            std::abs(CurvedManifold::gaussianExpectation([](double z) { return std::pow(z, 4); }) -
                     3.0) < 1e-12);
    }

    // The curved generator's do-curve E[Y | do(X_j = x)] against brute-force simulation of the
    // intervened model (X_j set, U and the other features drawn, Y from its equation), within 4
    // Monte-Carlo SEs; its features have unit variance; the average causal effect (mean slope
    // of the do-curve over X_j's distribution) is b for a lever and 0 otherwise.
    void curvedDoCurveAgainstSimulation()
    {
        ModelSettings m;
        m.collinearity = 0.8;
        m.features = 4;
        m.latentDimension = 2;
        m.levers = 2;
        m.effect = 1.3;
        m.noise = 0.5;
        m.loadingSeed = 5;
        const CurvedManifold curved(m);
        const Eigen::MatrixXd& a = curved.projections();
        const double s = curved.tanhScale();
        RandomStream random(17);
        const int n = 200000;
        Eigen::MatrixXd x;
        Eigen::VectorXd y;
        curved.sampleObservational(random, n, x, y);
        for (int j = 0; j < 4; ++j) {
            const double variance = (x.col(j).array() - x.col(j).mean()).square().mean();
            QVERIFY2(std::abs(variance - 1.0) < 0.02, qPrintable(QString::number(variance)));
        }
        for (int j : {0, 2}) {
            for (double value : {-2.0, -0.5, 1.0, 2.5}) {
                double sum = 0.0, sumSquares = 0.0;
                Eigen::VectorXd u(2), row(4);
                for (int i = 0; i < n; ++i) {
                    u << random.normal(), random.normal();
                    for (int k = 0; k < 4; ++k)
                        row(k) = std::sqrt(m.collinearity) * std::tanh(a.row(k).dot(u)) / s +
                                 std::sqrt(1 - m.collinearity) * random.normal();
                    row(j) = value;
                    double outcome = m.noise * random.normal();
                    for (int k = 0; k < m.levers; ++k)
                        outcome += m.effect * (row(k) + 0.5 * (row(k) * row(k) - 1.0));
                    sum += outcome;
                    sumSquares += outcome * outcome;
                }
                const double mean = sum / n;
                const double se = std::sqrt((sumSquares / n - mean * mean) / n);
                QVERIFY2(std::abs(mean - curved.doCurve(j, value)) < 4 * se,
                         qPrintable(QStringLiteral("j=%1 x=%2: %3 vs %4 (se %5)")
                                        .arg(j)
                                        .arg(value)
                                        .arg(mean)
                                        .arg(curved.doCurve(j, value))
                                        .arg(se)));
            }
            // Mean slope of the do-curve over the observed X_j (central differences).
            double slope = 0.0;
            for (int i = 0; i < n; ++i)
                slope +=
                    (curved.doCurve(j, x(i, j) + 1e-4) - curved.doCurve(j, x(i, j) - 1e-4)) / 2e-4;
            slope /= n;
            QVERIFY2(std::abs(slope - curved.causalEffects()(j)) < 0.01,
                     qPrintable(QString::number(slope)));
        }
    }

    // The essay's claim, measured: on the proxy at c = 0.999 the learner predicts about as well
    // as the population R^2 (0.5) on held-out rows, its interventional R^2 collapses, and the
    // non-lever X2 (causal effect exactly 0) gets SHAP and permutation credit.
    void proxyClaim()
    {
        const BlackBoxResult r = BlackBox::run(quickSettings(GeneratorKind::Proxy, 0.999));
        QCOMPARE(r.status, BlackBoxStatus::Ok);
        QVERIFY(r.populationR2.has_value());
        QVERIFY(std::abs(*r.populationR2 - 0.5) < 1e-9);
        QVERIFY2(std::abs(r.r2ObservationalMean - *r.populationR2) < 0.08,
                 qPrintable(QString::number(r.r2ObservationalMean)));
        QVERIFY2(r.r2InterventionalMean < r.r2ObservationalMean - 0.15,
                 qPrintable(QString::number(r.r2InterventionalMean)));
        QCOMPARE(r.causalEffect(1), 0.0);
        QVERIFY(r.meanAbsShap(1) > 0.15 * r.meanAbsShap(0));
        QVERIFY(r.permutationImportance(1) > 2 * r.permutationImportanceSe(1));
        // The partial dependence probes of X1 leave the manifold at the ends of the grid.
        QVERIFY(r.partialDependence.offManifoldFraction(0) > 0.9);
    }

    // Independent features (proxy at c = 0: X2 is pure noise): X2's permutation importance is
    // within 2 SE of 0, X1's is far from it.
    void noiseFeatureHasNoImportance()
    {
        BlackBoxSettings s = quickSettings(GeneratorKind::Proxy, 0.0);
        s.replications = 5;
        s.learner.depth = 2;
        s.learner.trees = 100;
        const BlackBoxResult r = BlackBox::run(s);
        QCOMPARE(r.status, BlackBoxStatus::Ok);
        QVERIFY2(std::abs(r.permutationImportance(1)) <= 2 * r.permutationImportanceSe(1),
                 qPrintable(QStringLiteral("%1 +- %2")
                                .arg(r.permutationImportance(1))
                                .arg(r.permutationImportanceSe(1))));
        QVERIFY(r.permutationImportance(0) > 10 * r.permutationImportanceSe(0));
    }

    // The same seed gives the same numbers, bit for bit, whatever the thread count; another
    // seed gives others. Results arrive one replication at a time, the first fit first.
    void determinism()
    {
        BlackBoxSettings s = BlackBoxSettings::curvedDefaults();
        s.n = 500;
        s.replications = 2;
        s.learner.trees = 50;
        s.learner.threads = 1;
        s.learner.shapThreads = 1;
        std::vector<int> arrivals;
        std::vector<bool> pending;
        const BlackBoxResult one = BlackBox::run(s, nullptr, [&](const BlackBoxResult& partial) {
            arrivals.push_back(partial.replicationsDone);
            pending.push_back(partial.shapPending);
        });
        // The first fit twice: before its SHAP (which costs the most), then with it.
        QCOMPARE(arrivals, (std::vector<int>{1, 1, 2}));
        QCOMPARE(pending, (std::vector<bool>{true, false, false}));
        s.learner.threads = 2;
        s.learner.shapThreads = 2;
        const BlackBoxResult two = BlackBox::run(s);
        QCOMPARE(one.status, BlackBoxStatus::Ok);
        QCOMPARE(two.status, BlackBoxStatus::Ok);
        QCOMPARE(one.r2ObservationalMean, two.r2ObservationalMean);
        QCOMPARE(one.r2InterventionalMean, two.r2InterventionalMean);
        QVERIFY(one.meanAbsShap == two.meanAbsShap);
        QCOMPARE(one.shapAdditivityMaxError, two.shapAdditivityMaxError);
        QVERIFY(one.linear.weights == two.linear.weights);
        QVERIFY(one.permutationImportance == two.permutationImportance);
        QVERIFY(one.partialDependence.values == two.partialDependence.values);
        QVERIFY(one.slice.prediction == two.slice.prediction);
        s.seed = 2;
        const BlackBoxResult other = BlackBox::run(s);
        QVERIFY(other.r2ObservationalMean != one.r2ObservationalMean);
    }

    // TreeSHAP on one and on two threads: the same contributions, bit for bit (each row is one
    // task), on a model large enough that both threads get work.
    void shapIsIndependentOfItsThreads()
    {
        BlackBoxSettings s = BlackBoxSettings::curvedDefaults();
        const GeneratorTruth truth(s);
        RandomStream random(7);
        Eigen::MatrixXd x;
        Eigen::VectorXd y;
        truth.sampleObservational(random, 2000, x, y);
        LearnerSettings learner;
        learner.trees = 100;
        learner.shapThreads = 1;
        GradientBoostedTrees one;
        QVERIFY(one.train(x, y, learner));
        learner.shapThreads = 2;
        GradientBoostedTrees two;
        QVERIFY(two.train(x, y, learner));
        Eigen::MatrixXd shapOne, shapTwo;
        QVERIFY(one.contributions(x, shapOne));
        QVERIFY(two.contributions(x, shapTwo));
        QCOMPARE(shapOne.rows(), x.rows());
        QVERIFY(shapOne == shapTwo);
        // The training's thread count is back in place: predictions are unchanged too.
        Eigen::VectorXd before, after;
        QVERIFY(one.predict(x, before));
        QVERIFY(two.predict(x, after));
        QVERIFY(before == after);
    }

    // Who gets the credit, by hand: |v_j| / Σ|v_k| in percent; signed for permutation
    // importance; zeros when every value is zero; nothing when a value is not finite.
    void creditShares()
    {
        const Eigen::Vector3d v(1.0, -3.0, 0.0);
        QVERIFY(CreditShares::of(v).isApprox(Eigen::Vector3d(25.0, 75.0, 0.0), 1e-15));
        QVERIFY(CreditShares::of(v, true).isApprox(Eigen::Vector3d(25.0, -75.0, 0.0), 1e-15));
        QVERIFY(CreditShares::of(Eigen::Vector3d::Zero()) == Eigen::Vector3d::Zero());
        QCOMPARE(CreditShares::of(Eigen::Vector2d(1.0, std::nan(""))).size(), Eigen::Index(0));
        QCOMPARE(CreditShares::of(Eigen::VectorXd()).size(), Eigen::Index(0));
    }

    // The linear estimator beside the learner is fitted to the learner's own training rows:
    // the first replication's weights are the least-squares solution of those rows (Eigen's
    // Householder QR of [1 X] as the reference, 1e-9), its held-out R² is 1 - SSE/SST of that
    // solution on the held-out rows, and its partial dependence is the line
    // w0 + w_j x + Σ_{k≠j} w_k x̄_k with x̄ over the held-out rows.
    void linearBaselineIsLeastSquaresOnTheSameRows()
    {
        BlackBoxSettings s = quickSettings(GeneratorKind::Latent, 0.9);
        s.replications = 1;
        s.learner.trees = 10;
        s.pdpFeature = 1;
        const BlackBoxResult r = BlackBox::run(s);
        QCOMPARE(r.status, BlackBoxStatus::Ok);
        QCOMPARE(r.linear.estimator, std::string("ols"));
        QCOMPARE(r.linear.fits, 1);

        const GeneratorTruth truth(s);
        RandomStream random(s.seed, 0);
        Eigen::MatrixXd xTrain, xTest, xDo;
        Eigen::VectorXd yTrain, yTest, yDo;
        truth.sampleObservational(random, s.n, xTrain, yTrain);
        truth.sampleObservational(random, s.n, xTest, yTest);
        truth.sampleInterventional(random, s.n, xDo, yDo);
        const int p = int(xTrain.cols());
        Eigen::MatrixXd design(xTrain.rows(), p + 1);
        design << Eigen::VectorXd::Ones(xTrain.rows()), xTrain;
        const Eigen::VectorXd coef = design.householderQr().solve(yTrain);
        const Eigen::VectorXd w = coef.tail(p);
        const BlackBoxReplication& fit = r.replications.front();
        QVERIFY2((fit.linearWeights - w).cwiseAbs().maxCoeff() < 1e-9 * w.cwiseAbs().maxCoeff(),
                 qPrintable(QString::number((fit.linearWeights - w).cwiseAbs().maxCoeff())));
        const Eigen::VectorXd predicted = (xTest * w).array() + coef(0);
        const double sst = (yTest.array() - yTest.mean()).square().sum();
        QVERIFY(std::abs(fit.linearR2Observational -
                         (1.0 - (predicted - yTest).squaredNorm() / sst)) < 1e-9);
        const Eigen::VectorXd mean = xTest.colwise().mean().transpose();
        const Eigen::VectorXd& grid = r.partialDependence.grid;
        for (Eigen::Index g = 0; g < grid.size(); ++g) {
            double line = coef(0);
            for (int k = 0; k < p; ++k)
                line += w(k) * (k == s.pdpFeature ? grid(g) : mean(k));
            QVERIFY(std::abs(r.partialDependence.linearValues(g) - line) < 1e-9);
        }
        QVERIFY(r.credit.linear.isApprox(100.0 * w.cwiseAbs() / w.cwiseAbs().sum(), 1e-9));
    }

    // The skeptical student's "that is just collinearity in OLS", measured on the proxy at
    // c = 0.999: OLS on the same rows is unbiased for the causal weights (b, 0) -- its mean
    // weights over 20 refits lie within 4 SE of them -- while the trees' SHAP credits X2, whose
    // causal effect is exactly 0. Cheap trees: the claim is about the tools, not the fit.
    void linearBesideTheLearnerOnTheProxy()
    {
        BlackBoxSettings s = quickSettings(GeneratorKind::Proxy, 0.999);
        s.replications = 20;
        s.learner.trees = 20;
        s.learner.depth = 3;
        s.learner.learningRate = 0.3;
        s.permutationRepeats = 1;
        s.iceCurves = 0;
        const BlackBoxResult r = BlackBox::run(s);
        QCOMPARE(r.status, BlackBoxStatus::Ok);
        QCOMPARE(r.linear.fits, 20);
        const Eigen::VectorXd se = r.linear.weightsSd / std::sqrt(20.0);
        for (int j = 0; j < 2; ++j)
            QVERIFY2(std::abs(r.linear.weights(j) - r.causalEffect(j)) < 4.0 * se(j),
                     qPrintable(QStringLiteral("X%1: %2 vs %3, SE %4")
                                    .arg(j + 1)
                                    .arg(r.linear.weights(j))
                                    .arg(r.causalEffect(j))
                                    .arg(se(j))));
        QVERIFY2(r.credit.shap(1) > 10.0, qPrintable(QString::number(r.credit.shap(1))));
        QVERIFY(std::abs(r.credit.causal(1)) < 1e-12);
    }

    // Cancel stops between fits and keeps what was done; invalid settings name the field.
    void cancelAndInvalid()
    {
        BlackBoxSettings s = quickSettings(GeneratorKind::Proxy, 0.5);
        s.learner.trees = 20;
        s.replications = 5;
        std::atomic<bool> cancel{false};
        const BlackBoxResult r = BlackBox::run(s, &cancel, [&](const BlackBoxResult& partial) {
            if (partial.replicationsDone == 2)
                cancel = true;
        });
        QCOMPARE(r.status, BlackBoxStatus::Cancelled);
        QCOMPARE(r.replicationsDone, 2);
        s.learner.depth = 0;
        const BlackBoxResult bad = BlackBox::run(s);
        QCOMPARE(bad.status, BlackBoxStatus::InvalidSettings);
        QVERIFY(bad.message.find("depth") != std::string::npos);
        s.learner.depth = 4;
        s.linear.kind = EstimatorKind::Pcr;
        s.linear.components = 5;
        const BlackBoxResult badLinear = BlackBox::run(s);
        QCOMPARE(badLinear.status, BlackBoxStatus::InvalidSettings);
        QVERIFY(badLinear.message.find("linear estimator: components") != std::string::npos);
    }
};

QTEST_GUILESS_MAIN(TestBlackBox)
#include "tst_blackbox.moc"
