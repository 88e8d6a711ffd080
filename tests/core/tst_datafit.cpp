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
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
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
    void commandLineIgnoresTextAndCountsDroppedRows();
    void commandLineReadsDecimalCommas();
    void commandLineLassoSaysNotConverged();
    void commandLineNullsHaveReasons_data();
    void commandLineNullsHaveReasons();
    void commandLineHelpExplainsUnitsAndRank();
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
    // Stopped within 1 % of the work: the workers see the flag between replications. The bound
    // is loose because a loaded machine may let the other worker finish a batch first.
    QVERIFY2(lastDone <= 1000, qPrintable(QString::number(lastDone)));
    QVERIFY2(timer.elapsed() < 10000, qPrintable(QString::number(timer.elapsed())));

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
    // Options that change nothing for the estimator are refused, naming both.
    QTest::newRow("lambda with ols")
        << QStringList{"--lambda", "2"} << QStringList{"--lambda", "ols"};
    QTest::newRow("lambda with pcr")
        << QStringList{"--estimator", "pcr", "--lambda", "2"} << QStringList{"--lambda", "pcr"};
    QTest::newRow("components with ridge")
        << QStringList{"--estimator", "ridge", "--components", "2"}
        << QStringList{"--components", "ridge"};
    QTest::newRow("standardize with ols")
        << QStringList{"--standardize"} << QStringList{"--standardize", "ols"};
    QTest::newRow("max-iter with ridge") << QStringList{"--estimator", "ridge", "--max-iter", "5"}
                                         << QStringList{"--max-iter", "ridge"};
    QTest::newRow("tolerance with ols")
        << QStringList{"--tolerance", "1e-6"} << QStringList{"--tolerance", "ols"};
    QTest::newRow("seed without resampling")
        << QStringList{"--seed", "3"} << QStringList{"--seed", "--bootstrap", "--cv"};
    QTest::newRow("max-iter 0") << QStringList{"--estimator", "lasso", "--max-iter", "0"}
                                << QStringList{"--max-iter"};
    QTest::newRow("max-iter 1.5") << QStringList{"--estimator", "lasso", "--max-iter", "1.5"}
                                  << QStringList{"--max-iter"};
    QTest::newRow("tolerance 0") << QStringList{"--estimator", "lasso", "--tolerance", "0"}
                                 << QStringList{"--tolerance"};
    QTest::newRow("tolerance -1") << QStringList{"--estimator", "lasso", "--tolerance", "-1"}
                                  << QStringList{"--tolerance"};
    QTest::newRow("tolerance x") << QStringList{"--estimator", "lasso", "--tolerance", "x"}
                                 << QStringList{"--tolerance"};
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

namespace {

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
    if (!process.waitForFinished(60000))
        return run;
    run.exitCode = process.exitCode();
    run.json = QJsonDocument::fromJson(process.readAllStandardOutput()).object();
    run.error = QString::fromUtf8(process.readAllStandardError());
    return run;
}

/// Writes `text` to `name` in `dir`; the path.
QString writeFile(const QTemporaryDir& dir, const QString& name, const QByteArray& text)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(text) != text.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

/// 60 rows: an id, a quoted site, x1, x2 and y; x2 is empty in row 11 and y is NA in row 7.
/// x1, x2 and y of row i are returned in `x` and `y` (NaN where missing).
QByteArray classroomCsv(Eigen::MatrixXd* x = nullptr, Eigen::VectorXd* y = nullptr)
{
    QByteArray text("id,site,x1,x2,y\n");
    if (x)
        x->resize(60, 2);
    if (y)
        y->resize(60);
    for (int i = 0; i < 60; ++i) {
        const double x1 = (i % 7) - 3.0;
        const double x2 = x1 * 0.5 + ((i * 13) % 5) - 2.0;
        const double target = 2 * x1 - x2 + ((i * 7) % 3);
        if (x)
            x->row(i) << x1, (i == 9 ? std::nan("") : x2);
        if (y)
            (*y)[i] = i == 5 ? std::nan("") : target;
        text += "p" + QByteArray::number(i).rightJustified(3, '0') + ",\"site " +
                QByteArray::number(i % 3) + "\"," + QByteArray::number(x1, 'g', 17) + "," +
                (i == 9 ? QByteArray() : QByteArray::number(x2, 'g', 17)) + "," +
                (i == 5 ? QByteArray("NA") : QByteArray::number(target, 'g', 17)) + "\n";
    }
    return text;
}

/// The top-level keys whose value is null, or an object holding a null.
QStringList nullKeys(const QJsonObject& json)
{
    QStringList keys;
    for (auto it = json.begin(); it != json.end(); ++it) {
        bool isNull = it.value().isNull();
        if (it.value().isObject()) {
            const QJsonObject inner = it.value().toObject();
            isNull = std::any_of(inner.begin(), inner.end(),
                                 [](const QJsonValue& v) { return v.isNull(); });
        }
        if (isNull)
            keys << it.key();
    }
    return keys;
}

} // namespace

void TestDataFit::commandLineIgnoresTextAndCountsDroppedRows()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    Eigen::MatrixXd x;
    Eigen::VectorXd y;
    const QString path = writeFile(dir, "real.csv", classroomCsv(&x, &y));
    const QStringList base{"--csv", path, "--target", "y", "--features", "x1,x2"};

    // Without --drop-missing: one line naming both columns, their rows and the way out.
    const Run refused = runFit(base);
    QCOMPARE(refused.exitCode, 1);
    QVERIFY(refused.json.isEmpty());
    QVERIFY2(refused.error.count('\n') == 1, qPrintable(refused.error));
    for (const char* word : {"real.csv", "column 'x2' has 1 missing value (row 11, '')",
                             "column 'y' has 1 missing value (row 7, 'NA')", "--drop-missing"})
        QVERIFY2(refused.error.contains(QLatin1String(word)), qPrintable(refused.error));

    // With it: the 58 complete rows, fitted exactly as least squares on them (Eigen's QR).
    const Run fitted = runFit(base + QStringList{"--drop-missing"});
    QCOMPARE(fitted.exitCode, 0);
    QCOMPARE(fitted.json.value("status").toString(), QStringLiteral("ok"));
    QCOMPARE(fitted.json.value("rows_used").toInt(), 58);
    QCOMPARE(fitted.json.value("rows_dropped").toInt(), 2);
    QCOMPARE(fitted.json.value("coefficients").toObject().keys(), (QStringList{"x1", "x2"}));
    QVERIFY(fitted.json.value("settings").toObject().value("drop_missing").toBool());
    Eigen::MatrixXd design(58, 3);
    Eigen::VectorXd target(58);
    for (int i = 0, r = 0; i < 60; ++i) {
        if (i == 5 || i == 9)
            continue;
        design.row(r) << 1.0, x(i, 0), x(i, 1);
        target[r++] = y[i];
    }
    const Eigen::VectorXd reference = design.colPivHouseholderQr().solve(target);
    const QJsonObject coefficients = fitted.json.value("coefficients").toObject();
    VERIFY_SCALAR(fitted.json.value("intercept").toDouble(), reference[0], 1e-12);
    VERIFY_SCALAR(coefficients.value("x1").toDouble(), reference[1], 1e-12);
    VERIFY_SCALAR(coefficients.value("x2").toDouble(), reference[2], 1e-12);

    // Without --features the text columns are named: only numeric columns can be fitted.
    const Run everything = runFit(QStringList{"--csv", path, "--target", "y", "--drop-missing"});
    QCOMPARE(everything.exitCode, 1);
    QVERIFY2(everything.error.contains(QLatin1String("column 'id' holds text, e.g. 'p000' in "
                                                     "row 2")) &&
                 everything.error.contains(QLatin1String("--features")),
             qPrintable(everything.error));

    // A complete file says that nothing was dropped.
    const Run complete =
        runFit(QStringList{"--csv", LEVERSCOPE_TEST_DATA "/longley.csv", "--target", "TOTEMP"});
    QCOMPARE(complete.exitCode, 0);
    QCOMPARE(complete.json.value("rows_used").toInt(), 16);
    QVERIFY(complete.json.value("rows_dropped").isDouble());
    QCOMPARE(complete.json.value("rows_dropped").toInt(), 0);
}

void TestDataFit::commandLineReadsDecimalCommas()
{
    // The same numbers written as a European spreadsheet exports them, and with points.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QByteArray points("x1,x2,y\n0.8258,1.5,3.25\n-1.125,2.75,0.5\n2.5,-0.375,4.125\n"
                            "0.0625,1e-3,-2.5\n3.5,4.25,1.75\n");
    QByteArray commas = points;
    commas.replace(',', ';').replace('.', ',');
    const Run a = runFit({"--csv", writeFile(dir, "points.csv", points), "--target", "y"});
    const Run b = runFit({"--csv", writeFile(dir, "commas.csv", commas), "--target", "y"});
    QCOMPARE(a.exitCode, 0);
    QCOMPARE(b.exitCode, 0);
    QCOMPARE(b.json.value("rows_used").toInt(), 5);
    QCOMPARE(b.json.value("coefficients"), a.json.value("coefficients"));
    QCOMPARE(b.json.value("intercept"), a.json.value("intercept"));
    QCOMPARE(b.json.value("eigenvalues"), a.json.value("eigenvalues"));
}

void TestDataFit::commandLineLassoSaysNotConverged()
{
    const QStringList base{"--csv",        LEVERSCOPE_TEST_DATA "/longley.csv",
                           "--target",     "TOTEMP",
                           "--estimator",  "lasso",
                           "--lambda",     "0.01",
                           "--standardize"};
    const Run stopped = runFit(base + QStringList{"--max-iter", "1"});
    QCOMPARE(stopped.exitCode, 0);
    QCOMPARE(stopped.json.value("status").toString(), QStringLiteral("not_converged"));
    QVERIFY(stopped.json.value("coefficients").isObject()); // its last iterate, still shown
    const QJsonArray messages = stopped.json.value("messages").toArray();
    QVERIFY(!messages.isEmpty() && messages.first().toString().contains("1 sweep"));
    const QJsonObject settings = stopped.json.value("settings").toObject();
    QCOMPARE(settings.value("max_iter").toInt(), 1);
    QCOMPARE(settings.value("tolerance").toDouble(), 1e-12);

    // Given room, the same fit converges.
    const Run converged =
        runFit(base + QStringList{"--max-iter", "1000000", "--tolerance", "1e-10"});
    QCOMPARE(converged.exitCode, 0);
    QCOMPARE(converged.json.value("status").toString(), QStringLiteral("ok"));
    QCOMPARE(converged.json.value("settings").toObject().value("tolerance").toDouble(), 1e-10);
}

void TestDataFit::commandLineNullsHaveReasons_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QStringList>("nulls"); // keys that must be null here

    QByteArray collinear("x1,x2,y\n");
    QByteArray constantTarget("x1,x2,y\n");
    for (int i = 0; i < 12; ++i) {
        collinear += QByteArray::number(i) + "," + QByteArray::number(2 * i) + "," +
                     QByteArray::number((i * 7) % 5) + "\n";
        constantTarget += QByteArray::number(i) + "," + QByteArray::number((i * 5) % 7) + ",4\n";
    }
    QTest::newRow("ols") << QByteArray() << QStringList{} << QStringList{};
    QTest::newRow("ridge: no standard errors")
        << QByteArray() << QStringList{"--estimator", "ridge"}
        << QStringList{"intercept_standard_error", "standard_errors"};
    QTest::newRow("no intercept") << QByteArray() << QStringList{"--no-intercept"}
                                  << QStringList{"intercept", "intercept_standard_error"};
    QTest::newRow("exactly collinear features, ridge")
        << collinear << QStringList{"--estimator", "ridge"}
        << QStringList{"vif", "condition_number", "standard_errors"};
    QTest::newRow("exactly collinear features, ols")
        << collinear << QStringList{} << QStringList{"vif", "condition_number", "coefficients"};
    QTest::newRow("constant target, ridge")
        << constantTarget << QStringList{"--estimator", "ridge"} << QStringList{"r2"};
}

void TestDataFit::commandLineNullsHaveReasons()
{
    QFETCH(QByteArray, csv);
    QFETCH(QStringList, options);
    QFETCH(QStringList, nulls);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QStringList file =
        csv.isEmpty()
            ? QStringList{"--csv", LEVERSCOPE_TEST_DATA "/longley.csv", "--target", "TOTEMP"}
            : QStringList{"--csv", writeFile(dir, "t.csv", csv), "--target", "y"};
    const Run run = runFit(file + options);
    QCOMPARE(run.exitCode, 0);
    const QStringList found = nullKeys(run.json);
    for (const QString& key : nulls)
        QVERIFY2(found.contains(key), qPrintable(key + " is not null"));
    const bool ok = run.json.value("status").toString() == QLatin1String("ok");
    QVERIFY(run.json.value("messages").isArray());
    QStringList messages;
    for (const QJsonValue& message : run.json.value("messages").toArray())
        messages << message.toString();
    if (!ok)
        QVERIFY2(!messages.isEmpty(), "a status other than ok comes with a message");
    else
        for (const QString& key : found) // each null names itself in a message
            QVERIFY2(std::any_of(messages.begin(), messages.end(),
                                 [&](const QString& m) { return m.contains(key + ","); }) ||
                         std::any_of(messages.begin(), messages.end(),
                                     [&](const QString& m) { return m.contains(key + ":"); }),
                     qPrintable(key + " is null without a reason: " + messages.join(" | ")));
    // settings echoes every option that shaped the result.
    const QJsonObject settings = run.json.value("settings").toObject();
    for (const char* key :
         {"target", "features", "estimator", "standardize", "no_intercept", "drop_missing"})
        QVERIFY2(settings.contains(QLatin1String(key)), key);
    QCOMPARE(settings.value("no_intercept").toBool(), options.contains("--no-intercept"));
    QCOMPARE(settings.contains("lambda"), options.contains("ridge"));
}

void TestDataFit::commandLineHelpExplainsUnitsAndRank()
{
    QProcess process;
    process.start(QStringLiteral(LEVERSCOPE_BINARY), QStringList{"fit", "--help"});
    QVERIFY(process.waitForFinished(30000));
    QCOMPARE(process.exitCode(), 0);
    const QString help = QString::fromUtf8(process.readAllStandardOutput()).simplified();
    for (const char* phrase :
         {"reported in the original units", "p * 2.2e-16 * the largest", "--drop-missing",
          "--max-iter", "--tolerance", "not_converged", "decimal comma"})
        QVERIFY2(help.contains(QLatin1String(phrase)), phrase);
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
