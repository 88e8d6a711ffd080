// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
// Tests resampling and cross-validation of a user's data against closed forms: the bootstrap SD
// of OLS weights against the analytic standard errors, leave-one-out CV of OLS against the PRESS
// statistic of the hat matrix, K-fold CV of ridge against a brute-force refit of every fold by
// augmented QR; then determinism, cancellation, degenerate tables, standardization and the
// command line's errors.

#include "TestTolerance.h"
#include "estimators/PreciseLeastSquares.h"
#include "exploration/Bootstrap.h"
#include "exploration/CrossValidation.h"
#include "exploration/DataExplorer.h"
#include "random/RandomStream.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

#include <atomic>
#include <cmath>

using lev::core::Bootstrap;
using lev::core::BootstrapSummary;
using lev::core::CrossValidation;
using lev::core::CrossValidationScore;
using lev::core::CsvTable;
using lev::core::DataExploration;
using lev::core::DataExplorationSettings;
using lev::core::DataExplorer;
using lev::core::EstimatorKind;
using lev::core::EstimatorSettings;
using lev::core::FitStatus;
using lev::core::PreciseLeastSquares;
using lev::core::RandomStream;

Q_DECLARE_METATYPE(Eigen::VectorXd)

namespace {

struct Sample
{
    Eigen::MatrixXd x;
    Eigen::VectorXd y;
};

/// n rows of independent Gaussian features with SDs `scales`, y = 3 + x w + N(0, noise^2).
Sample gaussianSample(int n, const Eigen::VectorXd& scales, const Eigen::VectorXd& weights,
                      double noise, std::uint64_t seed)
{
    RandomStream random(seed);
    Sample s;
    s.x.resize(n, scales.size());
    random.fillNormal(s.x.data(), s.x.size());
    s.x = s.x * scales.asDiagonal();
    Eigen::VectorXd e(n);
    random.fillNormal(e.data(), n);
    s.y = (3.0 + (s.x * weights).array() + noise * e.array()).matrix();
    return s;
}

/// Four correlated features of different scales, n rows.
Sample correlatedSample(int n, std::uint64_t seed)
{
    Sample s = gaussianSample(n, Eigen::Vector4d(1.0, 2.0, 0.5, 3.0),
                              Eigen::Vector4d(1.0, -0.5, 2.0, 0.25), 1.5, seed);
    s.x.col(1) += 1.6 * s.x.col(0);
    s.x.col(3) -= 2.0 * s.x.col(2);
    return s;
}

Eigen::MatrixXd rowsOf(const Eigen::MatrixXd& m, const std::vector<int>& rows)
{
    Eigen::MatrixXd out(static_cast<Eigen::Index>(rows.size()), m.cols());
    for (std::size_t i = 0; i < rows.size(); ++i)
        out.row(static_cast<Eigen::Index>(i)) = m.row(rows[i]);
    return out;
}

struct Line
{
    double intercept = 0.0;
    Eigen::VectorXd weights;
};

/// Ridge by brute force: min ||y_c - X_c D^{-1} v||^2 + lambda ||v||^2 as the least squares
/// problem [X_c D^{-1}; sqrt(lambda) I] v = [y_c; 0] solved by column-pivoting QR, w = D^{-1} v.
/// X_c, y_c centered (uncentered without an intercept); D the population SDs of X_c's columns
/// when standardizing, else I.
Line ridgeByQr(const Eigen::MatrixXd& x, const Eigen::VectorXd& y, double lambda, bool intercept,
               bool standardize)
{
    const Eigen::Index n = x.rows();
    const Eigen::Index p = x.cols();
    const Eigen::RowVectorXd xMean =
        intercept ? Eigen::RowVectorXd(x.colwise().mean()) : Eigen::RowVectorXd::Zero(p);
    const double yMean = intercept ? y.mean() : 0.0;
    const Eigen::MatrixXd xc = x.rowwise() - xMean;
    Eigen::VectorXd scale = Eigen::VectorXd::Ones(p);
    if (standardize)
        scale = (xc.colwise().squaredNorm() / static_cast<double>(n)).cwiseSqrt().transpose();
    Eigen::MatrixXd a(n + p, p);
    a.topRows(n) = xc * scale.cwiseInverse().asDiagonal();
    a.bottomRows(p) = std::sqrt(lambda) * Eigen::MatrixXd::Identity(p, p);
    Eigen::VectorXd b = Eigen::VectorXd::Zero(n + p);
    b.head(n) = y.array() - yMean;
    Line line;
    line.weights = a.colPivHouseholderQr().solve(b).cwiseQuotient(scale);
    line.intercept = yMean - xMean.dot(line.weights);
    return line;
}

/// The CSV table with columns named x0, x1, ... and y last.
CsvTable tableOf(const Eigen::MatrixXd& x, const Eigen::VectorXd& y)
{
    CsvTable table;
    table.source = "test";
    for (Eigen::Index j = 0; j < x.cols(); ++j)
        table.columns.push_back("x" + std::to_string(j));
    table.columns.push_back("y");
    table.values.resize(x.rows(), x.cols() + 1);
    table.values << x, y;
    return table;
}

bool allFinite(const Eigen::MatrixXd& m)
{
    return m.allFinite();
}

bool allFinite(const std::vector<double>& values)
{
    for (double v : values)
        if (!std::isfinite(v))
            return false;
    return true;
}

bool allFinite(const std::optional<double>& value)
{
    return !value || std::isfinite(*value);
}

/// Every number a DataExploration reports is finite (empty and absent ones are fine).
QString nonFiniteIn(const DataExploration& e)
{
    const auto& f = e.fit;
    const auto& s = f.correlationSpectrum;
    if (!allFinite(f.coefficients) || !allFinite(f.standardErrors) || !allFinite(f.r2) ||
        !allFinite(f.residualSumOfSquares) || !allFinite(f.interceptValue) ||
        !allFinite(f.interceptStandardError))
        return QStringLiteral("fit");
    if (!allFinite(s.eigenvalues) || !allFinite(s.inverseEigenvalues) || !allFinite(s.vif) ||
        !allFinite(s.precision) || !allFinite(s.conditionNumber))
        return QStringLiteral("spectrum");
    if (e.bootstrap &&
        (!allFinite(e.bootstrap->weightSd) || !allFinite(e.bootstrap->weightQuantiles)))
        return QStringLiteral("bootstrap");
    for (const CrossValidationScore& score : e.crossValidation)
        if (!allFinite(score.r2) || !allFinite(score.foldR2))
            return QStringLiteral("cross-validation");
    if (!allFinite(e.correlation) || !std::isfinite(e.mostCorrelatedR))
        return QStringLiteral("correlation");
    return {};
}

EstimatorSettings estimator(EstimatorKind kind, double lambda = 1.0, int components = 1,
                            bool standardize = false)
{
    EstimatorSettings settings;
    settings.kind = kind;
    settings.lambda = lambda;
    settings.components = components;
    settings.standardize = standardize;
    return settings;
}

} // namespace

class TestDataFit : public QObject
{
    Q_OBJECT

private slots:
    void bootstrapSdMatchesStandardErrors_data();
    void bootstrapSdMatchesStandardErrors();
    void leaveOneOutEqualsPress_data();
    void leaveOneOutEqualsPress();
    void ridgeFoldsEqualBruteForce_data();
    void ridgeFoldsEqualBruteForce();
    void foldsAreNearEqualBlocks();
    void invalidFolds();
    void constantTargetHasNoR2();
    void bootstrapIsDeterministic_data();
    void bootstrapIsDeterministic();
    void cancellationReturnsQuickly();
    void degenerateColumnsReportNoNan_data();
    void degenerateColumnsReportNoNan();
    void standardizedWeightsArePerSd_data();
    void standardizedWeightsArePerSd();
    void badSettingsGiveOneLine_data();
    void badSettingsGiveOneLine();
    void commandLineRejectsBadValues_data();
    void commandLineRejectsBadValues();
    void commandLineKeysAreAdditive();
};

void TestDataFit::bootstrapSdMatchesStandardErrors_data()
{
    QTest::addColumn<int>("dataSeed");
    QTest::addColumn<bool>("intercept");
    QTest::newRow("seed 11") << 11 << true;
    QTest::newRow("seed 12") << 12 << true;
    QTest::newRow("seed 13, no intercept") << 13 << false;
}

void TestDataFit::bootstrapSdMatchesStandardErrors()
{
    // The acceptance criterion: with homoscedastic Gaussian noise the pairs bootstrap SD of
    // each OLS weight estimates its standard error s sqrt((X_c^T X_c)^{-1}_jj); R = 1000 resamples
    // leave a Monte-Carlo error of about 1/sqrt(2R) = 2 %, so 20 % can only fail on a real error.
    QFETCH(int, dataSeed);
    QFETCH(bool, intercept);
    const Sample s =
        gaussianSample(400, Eigen::Vector3d(1.0, 5.0, 0.2), Eigen::Vector3d(1.0, -0.5, 2.0), 1.0,
                       static_cast<std::uint64_t>(dataSeed));
    const auto ls = PreciseLeastSquares::fit(s.x, s.y, intercept);
    QVERIFY(ls.identifiable);
    QCOMPARE(ls.standardErrors.size(), 3);
    const auto summary =
        Bootstrap::run(s.x, s.y, estimator(EstimatorKind::Ols), intercept, 1000, 7);
    QVERIFY(summary.has_value());
    QCOMPARE(summary->replications, 1000);
    QCOMPARE(summary->failedReplications, 0);
    QCOMPARE(summary->weightSd.size(), 3);
    QCOMPARE(summary->weightQuantiles.rows(), 3);
    QCOMPARE(summary->weightQuantiles.cols(), 3);
    const Eigen::VectorXd ratio = summary->weightSd.cwiseQuotient(ls.standardErrors);
    qInfo("bootstrap SD / OLS standard error: %s", qPrintable(lev::test::vectorText(ratio)));
    VERIFY_ABSOLUTE(ratio, Eigen::VectorXd::Ones(3), 0.2);
    // The median resample's weights are near the fit; the 95 % interval holds them.
    for (int j = 0; j < 3; ++j) {
        QVERIFY(summary->weightQuantiles(j, 0) < ls.coefficients[j]);
        QVERIFY(summary->weightQuantiles(j, 2) > ls.coefficients[j]);
        QVERIFY(std::abs(summary->weightQuantiles(j, 1) - ls.coefficients[j]) <
                0.2 * ls.standardErrors[j]);
    }
}

void TestDataFit::leaveOneOutEqualsPress_data()
{
    QTest::addColumn<bool>("intercept");
    QTest::newRow("intercept") << true;
    QTest::newRow("no intercept") << false;
}

void TestDataFit::leaveOneOutEqualsPress()
{
    // PRESS = sum (e_i / (1 - h_ii))^2 with e = (I - H) y and H = Q Q^T from the thin QR of the
    // design [1 X] ([X] without an intercept): the exact leave-one-out residuals of OLS.
    QFETCH(bool, intercept);
    const Sample s = correlatedSample(60, 21);
    const Eigen::Index n = s.x.rows();
    Eigen::MatrixXd design(n, s.x.cols() + (intercept ? 1 : 0));
    if (intercept)
        design << Eigen::VectorXd::Ones(n), s.x;
    else
        design = s.x;
    const Eigen::HouseholderQR<Eigen::MatrixXd> qr(design);
    const Eigen::MatrixXd q = qr.householderQ() * Eigen::MatrixXd::Identity(n, design.cols());
    const Eigen::MatrixXd hat = q * q.transpose();
    const Eigen::VectorXd residual = s.y - hat * s.y;
    const Eigen::VectorXd loo =
        residual.array() / (1.0 - hat.diagonal().array()); // leave-one-out residuals
    const double total = intercept ? (s.y.array() - s.y.mean()).square().sum() : s.y.squaredNorm();
    const double pressRatio = loo.squaredNorm() / total;

    const auto scores = CrossValidation::run(s.x, s.y, {estimator(EstimatorKind::Ols)}, intercept,
                                             static_cast<int>(n), 5);
    QCOMPARE(scores.size(), std::size_t(1));
    QCOMPARE(scores[0].status, FitStatus::Ok);
    QCOMPARE(scores[0].folds, static_cast<int>(n));
    QVERIFY(scores[0].r2.has_value());
    // 1 - r2 is the ratio PRESS / total, compared relatively.
    VERIFY_RELATIVE(Eigen::VectorXd::Constant(1, 1.0 - *scores[0].r2),
                    Eigen::VectorXd::Constant(1, pressRatio), 1e-9);
    if (intercept)
        QVERIFY(scores[0].foldR2.empty()); // a held-out row has no spread of its own
}

void TestDataFit::ridgeFoldsEqualBruteForce_data()
{
    QTest::addColumn<bool>("intercept");
    QTest::addColumn<bool>("standardize");
    QTest::addColumn<int>("folds");
    QTest::newRow("5 folds") << true << false << 5;
    QTest::newRow("7 folds, standardized") << true << true << 7;
    QTest::newRow("5 folds, no intercept") << false << false << 5;
    QTest::newRow("3 folds, no intercept, standardized") << false << true << 3;
}

void TestDataFit::ridgeFoldsEqualBruteForce()
{
    QFETCH(bool, intercept);
    QFETCH(bool, standardize);
    QFETCH(int, folds);
    const double lambda = 2.5;
    const std::uint64_t seed = 17;
    const Sample s = correlatedSample(103, 31); // 103 rows: folds of unequal size
    const int n = static_cast<int>(s.x.rows());
    const std::vector<int> fold = CrossValidation::foldOf(n, folds, seed);
    QCOMPARE(static_cast<int>(fold.size()), n);

    Eigen::VectorXd foldErrors = Eigen::VectorXd::Zero(folds);
    Eigen::VectorXd foldTotals = Eigen::VectorXd::Zero(folds);
    for (int k = 0; k < folds; ++k) {
        std::vector<int> train, test;
        for (int i = 0; i < n; ++i)
            (fold[i] == k ? test : train).push_back(i);
        const Line line =
            ridgeByQr(rowsOf(s.x, train), rowsOf(s.y, train), lambda, intercept, standardize);
        const Eigen::VectorXd heldOut = rowsOf(s.y, test);
        const Eigen::VectorXd residual =
            (heldOut - rowsOf(s.x, test) * line.weights).array() - line.intercept;
        foldErrors[k] = residual.squaredNorm();
        foldTotals[k] =
            intercept ? (heldOut.array() - heldOut.mean()).square().sum() : heldOut.squaredNorm();
    }
    const double total = intercept ? (s.y.array() - s.y.mean()).square().sum() : s.y.squaredNorm();
    const double expectedR2 = 1.0 - foldErrors.sum() / total;
    const Eigen::VectorXd expectedFoldR2 = (1.0 - foldErrors.array() / foldTotals.array()).matrix();

    const auto scores = CrossValidation::run(
        s.x, s.y,
        {estimator(EstimatorKind::Ridge, lambda, 1, standardize), estimator(EstimatorKind::Ols)},
        intercept, folds, seed);
    QCOMPARE(scores.size(), std::size_t(2));
    const CrossValidationScore& ridge = scores[0];
    QCOMPARE(ridge.status, FitStatus::Ok);
    QCOMPARE(ridge.estimator.kind, EstimatorKind::Ridge);
    QVERIFY(ridge.r2.has_value());
    VERIFY_SCALAR(*ridge.r2, expectedR2, 1e-9);
    const Eigen::VectorXd foldR2 =
        Eigen::Map<const Eigen::VectorXd>(ridge.foldR2.data(), Eigen::Index(ridge.foldR2.size()));
    VERIFY_VECTOR(foldR2, expectedFoldR2, 1e-9);
    // lambda = 2.5 shrinks: the OLS score on the same folds differs.
    QVERIFY(scores[1].r2.has_value());
    QVERIFY(std::abs(*scores[1].r2 - *ridge.r2) > 1e-6);
}

void TestDataFit::foldsAreNearEqualBlocks()
{
    const std::vector<int> fold = CrossValidation::foldOf(103, 5, 9);
    std::vector<int> sizes(5, 0);
    for (int k : fold) {
        QVERIFY(k >= 0 && k < 5);
        ++sizes[std::size_t(k)];
    }
    for (int size : sizes)
        QVERIFY(size == 20 || size == 21);
    QVERIFY(CrossValidation::foldOf(103, 5, 9) == fold);
    QVERIFY(CrossValidation::foldOf(103, 5, 10) != fold);
    QVERIFY(CrossValidation::foldOf(103, 1, 9).empty());
    QVERIFY(CrossValidation::foldOf(103, 104, 9).empty());
}

void TestDataFit::invalidFolds()
{
    const Sample s = correlatedSample(20, 3);
    for (int folds : {1, 0, -3, 21}) {
        const auto scores = CrossValidation::run(
            s.x, s.y, {estimator(EstimatorKind::Ols), estimator(EstimatorKind::Lasso)}, true, folds,
            1);
        QCOMPARE(scores.size(), std::size_t(2));
        for (const CrossValidationScore& score : scores) {
            QCOMPARE(score.status, FitStatus::InvalidSettings);
            QVERIFY(!score.message.empty());
            QVERIFY(score.message.find('\n') == std::string::npos);
            QVERIFY(score.message.find("20") != std::string::npos);
            QVERIFY(!score.r2.has_value());
        }
    }
    const auto pcr =
        CrossValidation::run(s.x, s.y, {estimator(EstimatorKind::Pcr, 1.0, 9)}, true, 4, 1);
    QCOMPARE(pcr[0].status, FitStatus::InvalidSettings);
}

void TestDataFit::constantTargetHasNoR2()
{
    // 3.3 summed is not a multiple of 3.3: only an exact test sees that y has no spread.
    const Sample s = correlatedSample(50, 5);
    const Eigen::VectorXd y = Eigen::VectorXd::Constant(50, 3.3);
    const auto scores = CrossValidation::run(s.x, y, {estimator(EstimatorKind::Ridge)}, true, 5, 1);
    QCOMPARE(scores[0].status, FitStatus::Ok);
    QVERIFY(!scores[0].r2.has_value());
    QVERIFY(scores[0].foldR2.empty());
}

void TestDataFit::bootstrapIsDeterministic_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<bool>("intercept");
    QTest::newRow("ols") << int(EstimatorKind::Ols) << true;
    QTest::newRow("ridge, no intercept") << int(EstimatorKind::Ridge) << false;
    QTest::newRow("lasso") << int(EstimatorKind::Lasso) << true;
    QTest::newRow("pcr") << int(EstimatorKind::Pcr) << true;
}

void TestDataFit::bootstrapIsDeterministic()
{
    QFETCH(int, kind);
    QFETCH(bool, intercept);
    const Sample s = correlatedSample(300, 41);
    const EstimatorSettings settings = estimator(EstimatorKind(kind), 0.05, 2, true);
    const auto one = Bootstrap::run(s.x, s.y, settings, intercept, 64, 5, 1);
    const auto again = Bootstrap::run(s.x, s.y, settings, intercept, 64, 5, 1);
    const auto two = Bootstrap::run(s.x, s.y, settings, intercept, 64, 5, 2);
    const auto three = Bootstrap::run(s.x, s.y, settings, intercept, 64, 5, 3);
    const auto other = Bootstrap::run(s.x, s.y, settings, intercept, 64, 6, 2);
    QVERIFY(one && again && two && three && other);
    QCOMPARE(one->weightSd.size(), 4);
    for (const auto* b : {&*again, &*two, &*three}) {
        QVERIFY(b->weightSd == one->weightSd); // bit for bit
        QVERIFY(b->weightQuantiles == one->weightQuantiles);
        QCOMPARE(b->failedReplications, one->failedReplications);
    }
    QVERIFY(other->weightSd != one->weightSd);
}

void TestDataFit::cancellationReturnsQuickly()
{
    const Sample s = correlatedSample(2000, 51);
    const EstimatorSettings ols = estimator(EstimatorKind::Ols);
    std::atomic<bool> cancel{true};
    QVERIFY(!Bootstrap::run(s.x, s.y, ols, true, 1000, 1, 0, &cancel).has_value());
    QVERIFY(CrossValidation::run(s.x, s.y, {ols}, true, 5, 1, &cancel).empty());

    // Set from the progress callback after a few of 100 000 replications (seconds of work).
    cancel = false;
    int calls = 0;
    int lastDone = 0;
    QElapsedTimer timer;
    timer.start();
    const auto cancelled =
        Bootstrap::run(s.x, s.y, ols, true, 100000, 1, 2, &cancel, [&](int done, int total) {
            QCOMPARE(total, 100000);
            ++calls;
            lastDone = done;
            if (done >= 5)
                cancel = true;
        });
    QVERIFY(!cancelled.has_value());
    QVERIFY(calls >= 1);
    QVERIFY(lastDone < 100);
    QVERIFY2(timer.elapsed() < 2000, qPrintable(QString::number(timer.elapsed())));

    // The data mode stops in its bootstrap phase and says so.
    const CsvTable table = tableOf(s.x, s.y);
    DataExplorationSettings settings;
    settings.target = 4;
    settings.features = {0, 1, 2, 3};
    settings.bootstrapReplications = 100000;
    cancel = false;
    std::vector<double> fractions;
    timer.restart();
    const DataExploration e =
        DataExplorer::run(table, settings, &cancel, [&](double fraction, const std::string& phase) {
            fractions.push_back(fraction);
            // "bootstrap done/total"; done counts only what the calling thread saw finish.
            if (phase.rfind("bootstrap ", 0) == 0 && std::stoi(phase.substr(10)) >= 10)
                cancel = true;
        });
    QVERIFY(e.cancelled);
    QVERIFY(e.crossValidation.empty());
    QVERIFY(timer.elapsed() < 3000);
    QVERIFY(!fractions.empty());
    for (std::size_t i = 0; i < fractions.size(); ++i) {
        QVERIFY(fractions[i] >= 0.0 && fractions[i] <= 1.0);
        QVERIFY(i == 0 || fractions[i] >= fractions[i - 1]);
    }
}

void TestDataFit::degenerateColumnsReportNoNan_data()
{
    QTest::addColumn<bool>("identical"); // else constant
    QTest::addColumn<bool>("standardize");
    QTest::newRow("constant column") << false << false;
    QTest::newRow("constant column, standardized") << false << true;
    QTest::newRow("identical columns") << true << false;
    QTest::newRow("identical columns, standardized") << true << true;
}

void TestDataFit::degenerateColumnsReportNoNan()
{
    QFETCH(bool, identical);
    QFETCH(bool, standardize);
    Sample s = correlatedSample(1000, 61);
    if (identical)
        s.x.col(2) = s.x.col(0);
    else
        s.x.col(2).setConstant(3.3); // its mean, summed, is not exactly 3.3
    DataExplorationSettings settings;
    settings.target = 4;
    settings.features = {0, 1, 2, 3};
    settings.standardize = standardize;
    settings.bootstrapReplications = 40;
    settings.folds = 4;
    const DataExploration e = DataExplorer::run(tableOf(s.x, s.y), settings);
    QVERIFY(!e.cancelled);
    QCOMPARE(e.fit.status, FitStatus::NotIdentifiable);
    QVERIFY(!e.fit.message.empty());
    QVERIFY(e.fit.message.find(identical ? "collinear" : "'x2' is constant") != std::string::npos);
    const QString where = nonFiniteIn(e);
    QVERIFY2(where.isEmpty(), qPrintable(where));

    QCOMPARE(e.correlation.rows(), 4);
    VERIFY_VECTOR(Eigen::VectorXd(e.correlation.diagonal()), Eigen::VectorXd::Ones(4), 0.0);
    QVERIFY(e.mostCorrelatedFirst >= 0 && e.mostCorrelatedFirst < e.mostCorrelatedSecond &&
            e.mostCorrelatedSecond < 4);
    QVERIFY(std::abs(e.mostCorrelatedR) <= 1.0 + 1e-12);
    if (identical) {
        QCOMPARE(e.mostCorrelatedFirst, 0);
        QCOMPARE(e.mostCorrelatedSecond, 2);
        VERIFY_SCALAR(e.mostCorrelatedR, 1.0, 1e-12);
        QVERIFY(e.fit.correlationSpectrum.singular());
    } else {
        for (int j = 0; j < 4; ++j)
            if (j != 2)
                QCOMPARE(e.correlation(2, j), 0.0);
        QVERIFY(e.mostCorrelatedFirst != 2 && e.mostCorrelatedSecond != 2);
        QCOMPARE(e.fit.correlationSpectrum.effectiveRank, 3);
    }

    QVERIFY(e.bootstrap.has_value()); // every resample keeps the degeneracy
    QCOMPARE(e.bootstrap->failedReplications, 40);
    QCOMPARE(e.bootstrap->weightSd.size(), 0);
    QCOMPARE(e.crossValidation.size(), std::size_t(4));
    const EstimatorKind order[] = {EstimatorKind::Ols, EstimatorKind::Ridge, EstimatorKind::Lasso,
                                   EstimatorKind::Pcr};
    for (std::size_t i = 0; i < 4; ++i) {
        const CrossValidationScore& score = e.crossValidation[i];
        QCOMPARE(score.estimator.kind, order[i]);
        QCOMPARE(score.folds, 4);
        if (i == 0) {
            QCOMPARE(score.status, FitStatus::NotIdentifiable);
            QVERIFY(!score.message.empty() && score.message.find('\n') == std::string::npos);
            QVERIFY(!score.r2.has_value());
        } else {
            QCOMPARE(score.status, FitStatus::Ok);
            QVERIFY(score.r2.has_value());
            QCOMPARE(score.foldR2.size(), std::size_t(4));
        }
    }
}

void TestDataFit::standardizedWeightsArePerSd_data()
{
    leaveOneOutEqualsPress_data(); // with and without an intercept
}

void TestDataFit::standardizedWeightsArePerSd()
{
    QFETCH(bool, intercept);
    const Sample s = correlatedSample(200, 71);
    DataExplorationSettings settings;
    settings.target = 4;
    settings.features = {3, 0, 1, 2}; // any order
    settings.intercept = intercept;
    settings.bootstrapReplications = 0;
    settings.folds = 0;
    const DataExploration raw = DataExplorer::run(tableOf(s.x, s.y), settings);
    settings.standardize = true;
    const DataExploration scaled = DataExplorer::run(tableOf(s.x, s.y), settings);
    QCOMPARE(raw.fit.status, FitStatus::Ok);
    QCOMPARE(scaled.fit.status, FitStatus::Ok);
    QVERIFY(!raw.bootstrap && raw.crossValidation.empty());
    Eigen::VectorXd sd(4);
    for (int j = 0; j < 4; ++j) {
        const Eigen::VectorXd column = s.x.col(settings.features[std::size_t(j)]);
        sd[j] = std::sqrt((column.array() - column.mean()).square().mean()); // divisor n
    }
    VERIFY_RELATIVE(scaled.fit.coefficients, raw.fit.coefficients.cwiseProduct(sd), 1e-10);
    VERIFY_SCALAR(*scaled.fit.r2, *raw.fit.r2, 1e-12);
    VERIFY_MATRIX(scaled.correlation, raw.correlation, 0.0);
    if (intercept) // centered features: the intercept is the mean of y
        VERIFY_SCALAR(*scaled.fit.interceptValue, s.y.mean(), 1e-10);
}

void TestDataFit::badSettingsGiveOneLine_data()
{
    QTest::addColumn<int>("target");
    QTest::addColumn<QList<int>>("features");
    QTest::addColumn<int>("replications");
    QTest::newRow("target among features") << 4 << QList<int>{0, 4} << 10;
    QTest::newRow("no features") << 4 << QList<int>{} << 10;
    QTest::newRow("feature out of range") << 4 << QList<int>{0, 5} << 10;
    QTest::newRow("negative feature") << 4 << QList<int>{-1} << 10;
    QTest::newRow("target out of range") << 7 << QList<int>{0} << 10;
    QTest::newRow("no target") << -1 << QList<int>{0} << 10;
    QTest::newRow("negative replications") << 4 << QList<int>{0} << -1;
}

void TestDataFit::badSettingsGiveOneLine()
{
    QFETCH(int, target);
    QFETCH(QList<int>, features);
    QFETCH(int, replications);
    const Sample s = correlatedSample(30, 81);
    DataExplorationSettings settings;
    settings.target = target;
    settings.features.assign(features.begin(), features.end());
    settings.bootstrapReplications = replications;
    const DataExploration e = DataExplorer::run(tableOf(s.x, s.y), settings);
    QCOMPARE(e.fit.status, FitStatus::InvalidSettings);
    QVERIFY(!e.fit.message.empty());
    QVERIFY(e.fit.message.find('\n') == std::string::npos);
    QVERIFY(!e.bootstrap && e.crossValidation.empty() && !e.cancelled);
    QCOMPARE(e.mostCorrelatedFirst, -1);
}

void TestDataFit::commandLineRejectsBadValues_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QStringList>("named"); // what the error line must contain
    QTest::newRow("bootstrap 0") << QStringList{"--bootstrap", "0"} << QStringList{"--bootstrap"};
    QTest::newRow("bootstrap 1") << QStringList{"--bootstrap", "1"} << QStringList{"--bootstrap"};
    QTest::newRow("bootstrap -1") << QStringList{"--bootstrap", "-1"} << QStringList{"--bootstrap"};
    QTest::newRow("bootstrap x") << QStringList{"--bootstrap", "x"} << QStringList{"--bootstrap"};
    QTest::newRow("bootstrap too many")
        << QStringList{"--bootstrap", "100001"} << QStringList{"--bootstrap"};
    QTest::newRow("cv 0") << QStringList{"--cv", "0"} << QStringList{"--cv"};
    QTest::newRow("cv -1") << QStringList{"--cv", "-1"} << QStringList{"--cv"};
    QTest::newRow("cv x") << QStringList{"--cv", "x"} << QStringList{"--cv"};
    QTest::newRow("cv more folds than rows")
        << QStringList{"--cv", "17"} << QStringList{"--cv", "17", "16"};
    QTest::newRow("seed -1") << QStringList{"--seed", "-1"} << QStringList{"--seed"};
    QTest::newRow("seed x") << QStringList{"--seed", "x"} << QStringList{"--seed"};
}

void TestDataFit::commandLineRejectsBadValues()
{
    QFETCH(QStringList, arguments);
    QFETCH(QStringList, named);
    QProcess process;
    process.start(
        QStringLiteral(LEVERSCOPE_BINARY),
        QStringList{"fit", "--csv", LEVERSCOPE_TEST_DATA "/longley.csv", "--target", "TOTEMP"} +
            arguments);
    QVERIFY(process.waitForFinished(30000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 2);
    QVERIFY(process.readAllStandardOutput().isEmpty());
    const QString error = QString::fromUtf8(process.readAllStandardError());
    QVERIFY2(error.endsWith('\n') && error.count('\n') == 1, qPrintable(error));
    for (const QString& word : named)
        QVERIFY2(error.contains(word), qPrintable(error));
}

void TestDataFit::commandLineKeysAreAdditive()
{
    const QStringList base{"fit", "--csv", LEVERSCOPE_TEST_DATA "/longley.csv", "--target",
                           "TOTEMP"};
    auto run = [](const QStringList& arguments) {
        QProcess process;
        process.start(QStringLiteral(LEVERSCOPE_BINARY), arguments);
        process.waitForFinished(60000);
        return std::make_pair(process.exitCode(),
                              QJsonDocument::fromJson(process.readAllStandardOutput()).object());
    };
    const auto [plainCode, plain] = run(base);
    const auto [extendedCode, extended] =
        run(base + QStringList{"--bootstrap", "50", "--cv", "4", "--seed", "3"});
    QCOMPARE(plainCode, 0);
    QCOMPARE(extendedCode, 0);
    QVERIFY(!plain.contains("bootstrap") && !plain.contains("cross_validation"));
    for (auto it = plain.begin(); it != plain.end(); ++it)
        QCOMPARE(extended.value(it.key()), it.value());
    const QJsonObject bootstrap = extended.value("bootstrap").toObject();
    QCOMPARE(bootstrap.value("replications").toInt(), 50);
    QCOMPARE(bootstrap.value("seed").toInt(), 3);
    QCOMPARE(bootstrap.value("failed_replications").toInt(), 0);
    QCOMPARE(bootstrap.value("weight_sd").toObject().size(), 6);
    const QJsonObject year =
        bootstrap.value("weight_quantiles").toObject().value("YEAR").toObject();
    QVERIFY(year.contains("2.5%") && year.contains("50%") && year.contains("97.5%"));
    QVERIFY(year.value("2.5%").toDouble() < year.value("97.5%").toDouble());
    const QJsonObject cv = extended.value("cross_validation").toObject();
    QCOMPARE(cv.value("folds").toInt(), 4);
    QCOMPARE(cv.value("seed").toInt(), 3);
    QVERIFY(cv.value("r2").isDouble());
    QCOMPARE(cv.value("fold_r2").toArray().size(), 4);
}

QTEST_GUILESS_MAIN(TestDataFit)
#include "tst_datafit.moc"
