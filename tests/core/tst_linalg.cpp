// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
// Tests the hand-written kernels of core/linalg against Eigen on random inputs, on the code path
// the process runs (registered twice: as chosen for this CPU, and forced to the baseline by
// LEVERSCOPE_CODE_PATH=baseline), and the reused worker threads of ParallelTasks.
//
// Tolerances: eigenvalues agree to 1e-12 lambda_max (absolute). A product or sum of m terms
// computed in any order is within gamma_m = m eps of the exact value times the same sum of
// absolute values (Higham, Accuracy and Stability, 3.1), so two implementations differ by at
// most 2 m eps times it: that bound is the tolerance of the triangular and rank-update kernels.
// A triangular inverse loses up to cond(G) more; its tolerance is 4 p eps cond(G), relative.

#include "SanitizerBuild.h"
#include "linalg/CodePath.h"
#include "linalg/ParallelTasks.h"
#include "linalg/ScatterInverse.h"
#include "linalg/Spectrum.h"
#include "linalg/SymmetricEigenvalues.h"
#include "linalg/SymmetricRankUpdate.h"
#include "linalg/TriangularProduct.h"

#include <QTest>

#include <Eigen/Eigenvalues>
#include <Eigen/QR>
#include <Eigen/SVD>
#include <algorithm>
#include <atomic>
#include <cmath>
#include <cstdlib>
#include <limits>
#include <mutex>
#include <random>
#include <set>
#include <thread>
#include <vector>

using lev::core::CodePath;
using lev::core::ParallelTasks;
using lev::core::ScatterInverse;
using lev::core::Spectrum;
using lev::core::SymmetricEigenvalues;
using lev::core::SymmetricRankUpdate;
using lev::core::TriangularProduct;

namespace {

constexpr double kEps = std::numeric_limits<double>::epsilon();

/// How the eigenvalues of a test matrix are laid out.
enum class SpectrumKind
{
    Distinct,      ///< uniform on (0, 1]
    Clustered,     ///< three clusters, each of relative width 1e-9
    Repeated,      ///< two values of high multiplicity
    RankDeficient, ///< rank about n / 2, the rest exact zeros
    Graded         ///< geometric from 1 down to 1e-14
};

Eigen::MatrixXd gaussian(std::mt19937_64& random, Eigen::Index rows, Eigen::Index cols)
{
    std::normal_distribution<double> normal;
    Eigen::MatrixXd m(rows, cols);
    for (Eigen::Index j = 0; j < cols; ++j)
        for (Eigen::Index i = 0; i < rows; ++i)
            m(i, j) = normal(random);
    return m;
}

/// A Haar-distributed orthogonal matrix: Q of the QR of a Gaussian matrix, signs fixed by R.
Eigen::MatrixXd randomOrthogonal(std::mt19937_64& random, Eigen::Index n)
{
    const Eigen::HouseholderQR<Eigen::MatrixXd> qr(gaussian(random, n, n));
    Eigen::MatrixXd q = qr.householderQ();
    for (Eigen::Index j = 0; j < n; ++j)
        if (qr.matrixQR()(j, j) < 0.0)
            q.col(j) = -q.col(j);
    return q;
}

Eigen::VectorXd eigenvaluesOfKind(std::mt19937_64& random, SpectrumKind kind, Eigen::Index n)
{
    std::uniform_real_distribution<double> uniform(0.0, 1.0);
    Eigen::VectorXd lambda(n);
    for (Eigen::Index i = 0; i < n; ++i) {
        switch (kind) {
        case SpectrumKind::Distinct:
            lambda[i] = 1.0 - uniform(random);
            break;
        case SpectrumKind::Clustered:
            lambda[i] = (1.0 + static_cast<double>(i % 3)) * (1.0 + 1e-9 * uniform(random));
            break;
        case SpectrumKind::Repeated:
            lambda[i] = i % 4 == 0 ? 0.25 : 2.0;
            break;
        case SpectrumKind::RankDeficient:
            lambda[i] = 2 * i < n ? 0.5 + uniform(random) : 0.0;
            break;
        case SpectrumKind::Graded:
            lambda[i] = std::pow(1e-14, static_cast<double>(i) / std::max<Eigen::Index>(1, n - 1));
            break;
        }
    }
    // A scale from 1e-6 to 1e6, which the kernel divides out and multiplies back.
    return lambda * std::pow(10.0, std::uniform_int_distribution<int>(-6, 6)(random));
}

/// Q diag(lambda) Q^T, exactly symmetric.
Eigen::MatrixXd symmetricWithSpectrum(std::mt19937_64& random, const Eigen::VectorXd& lambda)
{
    const Eigen::MatrixXd q = randomOrthogonal(random, lambda.size());
    const Eigen::MatrixXd a = q * lambda.asDiagonal() * q.transpose();
    return 0.5 * (a + a.transpose());
}

/// A lower triangular matrix with diagonal in [1, 2] and Gaussian entries of SD 1/sqrt(n) below.
Eigen::MatrixXd randomLower(std::mt19937_64& random, Eigen::Index n)
{
    Eigen::MatrixXd g = gaussian(random, n, n) / std::sqrt(static_cast<double>(n));
    std::uniform_real_distribution<double> uniform(1.0, 2.0);
    for (Eigen::Index j = 0; j < n; ++j)
        g(j, j) = uniform(random);
    return g.triangularView<Eigen::Lower>();
}

/// The largest of |ours - reference| / bound over the entries where the bound applies.
double worstRatio(const Eigen::MatrixXd& ours, const Eigen::MatrixXd& reference,
                  const Eigen::MatrixXd& bound)
{
    return ((ours - reference).cwiseAbs().array() / bound.array().max(1e-300)).maxCoeff();
}

} // namespace

class TestLinalg : public QObject
{
    Q_OBJECT

private:
    int m_eigenMatrices = 0;

private slots:
    void initTestCase();
    void eigenvalues_data();
    void eigenvalues();
    void eigenvaluesOfSpecialMatrices();
    void eigenvalueCount();
    void triangularProduct_data();
    void triangularProduct();
    void scatterInverse_data();
    void scatterInverse();
    void symmetricRankUpdate_data();
    void symmetricRankUpdate();
    void codePathsAgree();
    void poolReusesThreads();
    void poolResultsIndependentOfWorkers();
    void poolConcurrentCallers();
    void poolCancelAndProgress();
    void poolNestedRun();
};

void TestLinalg::initTestCase()
{
    const char* wanted = std::getenv("LEVERSCOPE_CODE_PATH");
    const CodePath::Path path = CodePath::current();
    qInfo("code path: %s (LEVERSCOPE_CODE_PATH=%s; x86-64-v3 %s)", CodePath::name(path),
          wanted ? wanted : "unset",
          CodePath::supported(CodePath::X86_64_V3) ? "supported" : "not supported");
    if (wanted != nullptr && std::string(wanted) == "baseline")
        QCOMPARE(CodePath::name(path), CodePath::name(CodePath::Baseline));
    else if (CodePath::supported(CodePath::X86_64_V3))
        QCOMPARE(CodePath::name(path), CodePath::name(CodePath::X86_64_V3));
    else
        QCOMPARE(CodePath::name(path), CodePath::name(CodePath::Baseline));
}

void TestLinalg::eigenvalues_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("smallest");
    QTest::addColumn<int>("largest");
    const std::pair<const char*, SpectrumKind> kinds[] = {
        {"distinct", SpectrumKind::Distinct}, {"clustered", SpectrumKind::Clustered},
        {"repeated", SpectrumKind::Repeated}, {"rank-deficient", SpectrumKind::RankDeficient},
        {"graded", SpectrumKind::Graded},
    };
    const std::pair<int, int> bands[] = {{1, 12}, {13, 48}, {49, 120}};
    for (const auto& [name, kind] : kinds)
        for (const auto& [smallest, largest] : bands)
            QTest::addRow("%s n=%d..%d", name, smallest, largest)
                << static_cast<int>(kind) << smallest << largest;
}

void TestLinalg::eigenvalues()
{
    // Two matrices per size; 5 kinds x 120 sizes x 2 = 1200 in all.
    QFETCH(int, kind);
    QFETCH(int, smallest);
    QFETCH(int, largest);
    if (lev::test::kSanitized && smallest > 48)
        QSKIP("n = 49..120 runs in the Release suite only: at the sanitizer build's -O0 the "
              "reference solver alone takes minutes");
    std::mt19937_64 random(static_cast<std::uint64_t>(1000 * kind + smallest));
    for (int n = smallest; n <= largest; ++n) {
        for (int copy = 0; copy < 2; ++copy) {
            const Eigen::VectorXd lambda =
                eigenvaluesOfKind(random, static_cast<SpectrumKind>(kind), n);
            const Eigen::MatrixXd a = symmetricWithSpectrum(random, lambda);
            const Eigen::SelfAdjointEigenSolver<Eigen::MatrixXd> reference(a,
                                                                           Eigen::EigenvaluesOnly);
            Eigen::VectorXd ours;
            QVERIFY2(SymmetricEigenvalues::ascending(a, ours), qPrintable(QString::number(n)));
            QCOMPARE(ours.size(), Eigen::Index(n));
            const double lambdaMax = reference.eigenvalues().cwiseAbs().maxCoeff();
            const double error = (ours - reference.eigenvalues()).cwiseAbs().maxCoeff();
            if (!(error <= 1e-12 * lambdaMax))
                QFAIL(qPrintable(QStringLiteral("n = %1: error %2 > 1e-12 lambda_max = %3")
                                     .arg(n)
                                     .arg(error)
                                     .arg(1e-12 * lambdaMax)));
            // Spectrum (the caller) returns them descending, clipped at zero.
            const Eigen::VectorXd descending = Spectrum::eigenvaluesOf(a);
            QVERIFY((descending - ours.reverse().cwiseMax(0.0)).cwiseAbs().maxCoeff() == 0.0);
            ++m_eigenMatrices;
        }
    }
}

void TestLinalg::eigenvaluesOfSpecialMatrices()
{
    // Already diagonal or tridiagonal (the reflections are skipped), zero, and a 2 x 2 with
    // a closed form: (a + c)/2 +- sqrt(((a - c)/2)^2 + b^2).
    std::mt19937_64 random(7);
    for (int n : {2, 3, 17, 64}) {
        Eigen::MatrixXd diagonal = Eigen::MatrixXd::Zero(n, n);
        diagonal.diagonal() = gaussian(random, n, 1);
        Eigen::MatrixXd tridiagonal = diagonal;
        for (int i = 0; i + 1 < n; ++i)
            tridiagonal(i, i + 1) = tridiagonal(i + 1, i) = i % 5 == 2 ? 0.0 : 0.5 + i;
        for (const Eigen::MatrixXd& a : {diagonal, tridiagonal, Eigen::MatrixXd(n, n).setZero()}) {
            const Eigen::SelfAdjointEigenSolver<Eigen::MatrixXd> reference(a,
                                                                           Eigen::EigenvaluesOnly);
            Eigen::VectorXd ours;
            QVERIFY(SymmetricEigenvalues::ascending(a, ours));
            const double lambdaMax = reference.eigenvalues().cwiseAbs().maxCoeff();
            QVERIFY((ours - reference.eigenvalues()).cwiseAbs().maxCoeff() <= 1e-12 * lambdaMax);
        }
    }
    const double a = 3.0, b = -1.5, c = 0.25;
    const double half = std::sqrt(0.25 * (a - c) * (a - c) + b * b);
    Eigen::MatrixXd two(2, 2);
    two << a, b, b, c;
    Eigen::VectorXd ours;
    QVERIFY(SymmetricEigenvalues::ascending(two, ours));
    QVERIFY(std::abs(ours[0] - (0.5 * (a + c) - half)) <= 4 * kEps * 3.0);
    QVERIFY(std::abs(ours[1] - (0.5 * (a + c) + half)) <= 4 * kEps * 3.0);
    Eigen::MatrixXd notFinite = two;
    notFinite(0, 1) = notFinite(1, 0) = std::numeric_limits<double>::quiet_NaN();
    QVERIFY(!SymmetricEigenvalues::ascending(notFinite, ours));
}

void TestLinalg::eigenvalueCount()
{
    qInfo("eigenvalues compared with Eigen on %d random matrices", m_eigenMatrices);
    // 5 kinds x 2 copies x every size up to 120 (48 in the sanitizer build).
    QVERIFY(m_eigenMatrices >= (lev::test::kSanitized ? 480 : 1200));
}

void TestLinalg::triangularProduct_data()
{
    QTest::addColumn<int>("n");
    QTest::addColumn<int>("padding");
    for (int n : {1, 2, 3, 4, 5, 7, 8, 9, 16, 31, 51, 64, 120})
        for (int padding : {0, 3})
            QTest::addRow("n=%d ld=n+%d", n, padding) << n << padding;
}

void TestLinalg::triangularProduct()
{
    // x <- L x against Eigen's triangular product, then G = M T column by column as the
    // replication sampler forms it, against Eigen's M T.
    QFETCH(int, n);
    QFETCH(int, padding);
    std::mt19937_64 random(static_cast<std::uint64_t>(100 * n + padding));
    for (int trial = 0; trial < 10; ++trial) {
        Eigen::MatrixXd storage = gaussian(random, n + padding, n);
        const Eigen::MatrixXd lower = storage.topRows(n).triangularView<Eigen::Lower>();
        const Eigen::VectorXd x = gaussian(random, n, 1);
        const Eigen::VectorXd reference = lower.triangularView<Eigen::Lower>() * x;
        const Eigen::VectorXd bound = 2.0 * n * kEps * (lower.cwiseAbs() * x.cwiseAbs());
        Eigen::VectorXd ours = x;
        TriangularProduct::lowerInPlace(storage.data(), storage.outerStride(), n, ours.data());
        QVERIFY2(worstRatio(ours, reference, bound) <= 1.0, qPrintable(QString::number(trial)));

        const Eigen::MatrixXd t = gaussian(random, n, n).triangularView<Eigen::Lower>();
        const Eigen::MatrixXd product = lower * t;
        const Eigen::MatrixXd productBound = 2.0 * n * kEps * (lower.cwiseAbs() * t.cwiseAbs());
        Eigen::MatrixXd g = t;
        for (Eigen::Index j = 0; j < n; ++j)
            TriangularProduct::lowerInPlace(&storage(j, j), storage.outerStride(), n - j, &g(j, j));
        QVERIFY(worstRatio(g, product, productBound) <= 1.0);
    }
}

void TestLinalg::scatterInverse_data()
{
    QTest::addColumn<int>("p");
    QTest::addColumn<int>("padding");
    for (int p : {1, 2, 3, 4, 5, 8, 13, 50, 51, 97, 120})
        for (int padding : {0, 1})
            QTest::addRow("p=%d ld=p+%d", p, padding) << p << padding;
}

void TestLinalg::scatterInverse()
{
    // S = G G^T against Eigen's product (lower triangle; the upper one untouched), and
    // diag(S^{-1}) and G^{-1} against Eigen's triangular solve of G X = I.
    QFETCH(int, p);
    QFETCH(int, padding);
    std::mt19937_64 random(static_cast<std::uint64_t>(1000 + 10 * p + padding));
    for (int trial = 0; trial < 5; ++trial) {
        const Eigen::MatrixXd g = randomLower(random, p);
        Eigen::MatrixXd storage = gaussian(random, p + padding, p); // junk above the diagonal
        storage.topRows(p).triangularView<Eigen::Lower>() = g;
        const Eigen::MatrixXd reference = g * g.transpose();
        const Eigen::MatrixXd bound = 2.0 * p * kEps * (g.cwiseAbs() * g.cwiseAbs().transpose());
        const Eigen::MatrixXd inverse =
            g.triangularView<Eigen::Lower>().solve(Eigen::MatrixXd::Identity(p, p));
        const Eigen::VectorXd inverseDiagonal = inverse.colwise().squaredNorm().transpose();
        const Eigen::JacobiSVD<Eigen::MatrixXd> svd(g);
        const double condition = svd.singularValues()[0] / svd.singularValues()[p - 1];
        const double tolerance = 4.0 * p * kEps * condition;

        constexpr double kSentinel = -12345.0;
        Eigen::MatrixXd scatter = Eigen::MatrixXd::Constant(p, p, kSentinel);
        Eigen::MatrixXd ourInverse(p, p);
        Eigen::VectorXd ourDiagonal(p);
        ScatterInverse::compute(storage.data(), storage.outerStride(), p, scatter.data(),
                                ourInverse.data(), ourDiagonal.data());
        for (int j = 0; j < p; ++j)
            for (int i = 0; i < j; ++i)
                QCOMPARE(scatter(i, j), kSentinel);
        const Eigen::MatrixXd ourLower = scatter.triangularView<Eigen::Lower>();
        QVERIFY(worstRatio(ourLower, Eigen::MatrixXd(reference.triangularView<Eigen::Lower>()),
                           bound) <= 1.0);
        const double diagonalError =
            ((ourDiagonal - inverseDiagonal).cwiseAbs().array() / inverseDiagonal.array())
                .maxCoeff();
        QVERIFY2(diagonalError <= tolerance,
                 qPrintable(QStringLiteral("%1 > %2").arg(diagonalError).arg(tolerance)));
        const Eigen::MatrixXd ourInverseLower = ourInverse.triangularView<Eigen::Lower>();
        QVERIFY((ourInverseLower - inverse).norm() <= tolerance * inverse.norm());
        QVERIFY(condition < 1e3); // the inputs are as well conditioned as intended
    }
}

void TestLinalg::symmetricRankUpdate_data()
{
    QTest::addColumn<int>("rows");
    QTest::addColumn<int>("q");
    for (int rows : {1, 7, 128})
        for (int q : {1, 2, 5, 6, 7, 8, 9, 14, 15, 16, 17, 51, 201})
            QTest::addRow("rows=%d q=%d", rows, q) << rows << q;
}

void TestLinalg::symmetricRankUpdate()
{
    // C += B^T B on the lower triangle against Eigen's B^T B; the upper triangle untouched.
    QFETCH(int, rows);
    QFETCH(int, q);
    std::mt19937_64 random(static_cast<std::uint64_t>(5000 + 1000 * rows + q));
    const Eigen::Index stride = SymmetricRankUpdate::paddedWidth(q);
    QVERIFY(stride >= q);
    for (int trial = 0; trial < 3; ++trial) {
        const Eigen::MatrixXd b = gaussian(random, rows, q);
        // Row-major rows of `stride` entries, zero padded: the columns of a column-major matrix.
        Eigen::MatrixXd block = Eigen::MatrixXd::Zero(stride, rows);
        block.topRows(q) = b.transpose();
        const Eigen::MatrixXd start = gaussian(random, q, q);
        const Eigen::MatrixXd reference = start + b.transpose() * b;
        const Eigen::MatrixXd bound =
            2.0 * (rows + 1) * kEps * (start.cwiseAbs() + b.cwiseAbs().transpose() * b.cwiseAbs());
        Eigen::MatrixXd ours = start;
        SymmetricRankUpdate::addTo(block.data(), rows, stride, q, ours.data());
        for (int j = 0; j < q; ++j) {
            for (int i = 0; i < j; ++i)
                QCOMPARE(ours(i, j), start(i, j));
        }
        const Eigen::MatrixXd ourLower = ours.triangularView<Eigen::Lower>();
        QVERIFY(worstRatio(ourLower, Eigen::MatrixXd(reference.triangularView<Eigen::Lower>()),
                           bound) <= 1.0);
    }
}

void TestLinalg::codePathsAgree()
{
    // Both builds of the eigenvalue kernel in one process: they differ only in rounding (fused
    // multiply-adds). Needs a CPU with x86-64-v3, and a run that is not pinned to the baseline.
    const CodePath::Path initial = CodePath::current();
    if (initial != CodePath::X86_64_V3)
        QSKIP("the x86-64-v3 path is not in use in this run; nothing to compare");
    std::mt19937_64 random(11);
    const Eigen::MatrixXd a =
        symmetricWithSpectrum(random, eigenvaluesOfKind(random, SpectrumKind::Distinct, 90));
    Eigen::VectorXd fast;
    Eigen::VectorXd baseline;
    QVERIFY(SymmetricEigenvalues::ascending(a, fast));
    QVERIFY(CodePath::force(CodePath::Baseline));
    QCOMPARE(CodePath::name(CodePath::current()), CodePath::name(CodePath::Baseline));
    const bool converged = SymmetricEigenvalues::ascending(a, baseline);
    QVERIFY(CodePath::force(initial));
    QVERIFY(converged);
    QVERIFY((fast - baseline).cwiseAbs().maxCoeff() <= 1e-12 * fast.cwiseAbs().maxCoeff());
}

void TestLinalg::poolReusesThreads()
{
    // Many consecutive runs start no thread after the first, and all their tasks run on the
    // same few threads.
    std::mutex mutex;
    std::set<std::thread::id> ids;
    const auto makeWorker = [&]() -> ParallelTasks::Worker {
        {
            const std::lock_guard<std::mutex> lock(mutex);
            ids.insert(std::this_thread::get_id());
        }
        return [](int) { std::this_thread::yield(); };
    };
    QVERIFY(ParallelTasks::run(64, 4, makeWorker));
    const int started = ParallelTasks::threadsStarted();
    QVERIFY(started >= 3); // four workers: the caller and three helpers
    for (int call = 0; call < 300; ++call)
        QVERIFY(ParallelTasks::run(16, call % 4 + 1, makeWorker));
    QCOMPARE(ParallelTasks::threadsStarted(), started);
    qInfo("300 runs after the first: %d helper threads started in all, %d distinct threads used",
          started, static_cast<int>(ids.size()));
    QVERIFY(static_cast<int>(ids.size()) <= started + 1);
}

void TestLinalg::poolResultsIndependentOfWorkers()
{
    // Each task's result depends on its index only, whatever worker and scratch run it.
    const int count = 500;
    const auto compute = [count](int threads) {
        std::vector<double> results(count, 0.0);
        const auto makeWorker = [&results]() -> ParallelTasks::Worker {
            return [&results, scratch = std::vector<double>(64)](int task) mutable {
                std::mt19937_64 random(static_cast<std::uint64_t>(task));
                std::normal_distribution<double> normal;
                for (double& value : scratch)
                    value = normal(random);
                double sum = 0.0;
                for (double value : scratch)
                    sum += value * value;
                results[static_cast<std::size_t>(task)] = sum;
            };
        };
        const bool finished = ParallelTasks::run(count, threads, makeWorker);
        return finished ? results : std::vector<double>();
    };
    const std::vector<double> serial = compute(1);
    QCOMPARE(serial.size(), std::size_t(count));
    QVERIFY(serial[0] > 0.0);
    for (int threads : {2, 3, 8})
        QVERIFY(compute(threads) == serial);
}

void TestLinalg::poolConcurrentCallers()
{
    // Two threads call run() at once, over and over: every call completes with every task.
    std::atomic<int> failures{0};
    const auto caller = [&failures](int offset) {
        for (int call = 0; call < 100; ++call) {
            const int count = 50 + (call + offset) % 17;
            std::vector<int> results(static_cast<std::size_t>(count), -1);
            const auto makeWorker = [&results, offset]() -> ParallelTasks::Worker {
                return [&results, offset](int task) {
                    results[static_cast<std::size_t>(task)] = task * task + offset;
                };
            };
            if (!ParallelTasks::run(count, 3, makeWorker))
                ++failures;
            for (int task = 0; task < count; ++task)
                if (results[static_cast<std::size_t>(task)] != task * task + offset)
                    ++failures;
        }
    };
    std::thread first(caller, 1);
    std::thread second(caller, 2);
    first.join();
    second.join();
    QCOMPARE(failures.load(), 0);
}

void TestLinalg::poolCancelAndProgress()
{
    // Cancelled midway: run() returns false and hands out no task after the flag is seen;
    // progress comes on the calling thread, counting up.
    std::atomic<bool> cancel{false};
    std::atomic<int> ran{0};
    const auto makeWorker = [&]() -> ParallelTasks::Worker {
        return [&](int task) {
            ++ran;
            if (task == 20)
                cancel = true;
        };
    };
    const std::thread::id caller = std::this_thread::get_id();
    std::vector<int> reported;
    bool onCaller = true;
    const bool finished =
        ParallelTasks::run(1000, 2, makeWorker, &cancel, [&](int done, int total) {
            onCaller = onCaller && std::this_thread::get_id() == caller && total == 1000;
            reported.push_back(done);
        });
    QVERIFY(!finished);
    QVERIFY(ran.load() >= 21 && ran.load() < 1000);
    QVERIFY(onCaller);
    QVERIFY(std::is_sorted(reported.begin(), reported.end()));

    reported.clear();
    cancel = false;
    QVERIFY(ParallelTasks::run(
        30, 1, [] { return ParallelTasks::Worker([](int) {}); }, &cancel,
        [&](int done, int) { reported.push_back(done); }));
    QCOMPARE(static_cast<int>(reported.size()), 30);
    QCOMPARE(reported.back(), 30);
}

void TestLinalg::poolNestedRun()
{
    // A task may itself run tasks (all workers busy in the outer run): no deadlock.
    std::vector<int> sums(8, 0);
    const auto outer = [&sums]() -> ParallelTasks::Worker {
        return [&sums](int task) {
            std::vector<int> inner(10, 0);
            ParallelTasks::run(10, 3, [&inner]() -> ParallelTasks::Worker {
                return [&inner](int i) { inner[static_cast<std::size_t>(i)] = i + 1; };
            });
            int sum = 0;
            for (int value : inner)
                sum += value;
            sums[static_cast<std::size_t>(task)] = sum;
        };
    };
    QVERIFY(ParallelTasks::run(8, 3, outer));
    for (int sum : sums)
        QCOMPARE(sum, 55);
}

QTEST_GUILESS_MAIN(TestLinalg)
#include "tst_linalg.moc"
