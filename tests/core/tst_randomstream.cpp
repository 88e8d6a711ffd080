// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
// Tests RandomStream's normal generator (a 256-layer ziggurat) and its chi-square draws against
// the exact distributions. Every check uses fixed seeds, so it passes or fails reproducibly;
// moment bounds are 5 standard errors (two-sided false-alarm rate 6e-7 per check), the
// Kolmogorov-Smirnov test against Phi is at alpha = 0.001.

#include "SanitizerBuild.h"
#include "random/RandomStream.h"

#include <QTest>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <vector>

using lev::core::RandomStream;

namespace {

// Every tolerance below follows from the count (sanitizer build: a tenth of it).
constexpr int kDraws = lev::test::kSanitized ? 200000 : 2000000;

/// Phi(x), the standard normal distribution function.
double phi(double x)
{
    return 0.5 * std::erfc(-x / std::sqrt(2.0));
}

struct Moments
{
    double mean = 0.0;
    double variance = 0.0; ///< divisor n
    double kurtosis = 0.0; ///< m4 / m2^2, 3 for a normal
};

Moments momentsOf(const std::vector<double>& v)
{
    Moments m;
    for (double x : v)
        m.mean += x;
    m.mean /= static_cast<double>(v.size());
    double m2 = 0.0;
    double m4 = 0.0;
    for (double x : v) {
        const double d2 = (x - m.mean) * (x - m.mean);
        m2 += d2;
        m4 += d2 * d2;
    }
    m2 /= static_cast<double>(v.size());
    m4 /= static_cast<double>(v.size());
    m.variance = m2;
    m.kurtosis = m4 / (m2 * m2);
    return m;
}

} // namespace

class TestRandomStream : public QObject
{
    Q_OBJECT

private slots:
    void normalMoments_data();
    void normalMoments();
    void normalKolmogorovSmirnov_data();
    void normalKolmogorovSmirnov();
    void normalTail_data();
    void normalTail();
    void chiSquareMoments_data();
    void chiSquareMoments();
    void deterministicStreams();
};

void TestRandomStream::normalMoments_data()
{
    QTest::addColumn<quint64>("seed");
    QTest::addColumn<quint64>("stream");
    QTest::newRow("seed 1, stream 0") << quint64(1) << quint64(0);
    QTest::newRow("seed 42, stream 7") << quint64(42) << quint64(7);
    QTest::newRow("seed 2^63, stream 2^40") << (quint64(1) << 63) << (quint64(1) << 40);
}

// For N draws of N(0,1): SE(mean) = 1/sqrt(N), SE(variance) = sqrt(2/N), SE(kurtosis) =
// sqrt(24/N) (0.0035 for N = 2e6). Each within 5 SE; the odd moment E[X^3] = 0 within
// 5 sqrt(15/N).
void TestRandomStream::normalMoments()
{
    QFETCH(quint64, seed);
    QFETCH(quint64, stream);
    RandomStream random(seed, stream);
    std::vector<double> draws(kDraws);
    random.fillNormal(draws.data(), kDraws);
    const Moments m = momentsOf(draws);
    double third = 0.0;
    for (double x : draws)
        third += x * x * x;
    third /= kDraws;
    const double n = kDraws;
    qInfo("mean %.5f (SE %.5f), variance %.5f (SE %.5f), kurtosis %.4f (SE %.4f), E[X^3] %.4f",
          m.mean, 1.0 / std::sqrt(n), m.variance, std::sqrt(2.0 / n), m.kurtosis,
          std::sqrt(24.0 / n), third);
    QVERIFY2(std::abs(m.mean) <= 5.0 / std::sqrt(n), qPrintable(QString::number(m.mean)));
    QVERIFY2(std::abs(m.variance - 1.0) <= 5.0 * std::sqrt(2.0 / n),
             qPrintable(QString::number(m.variance)));
    QVERIFY2(std::abs(m.kurtosis - 3.0) <= 5.0 * std::sqrt(24.0 / n),
             qPrintable(QString::number(m.kurtosis)));
    QVERIFY2(std::abs(third) <= 5.0 * std::sqrt(15.0 / n), qPrintable(QString::number(third)));
}

void TestRandomStream::normalKolmogorovSmirnov_data()
{
    normalMoments_data();
}

// One-sample KS against Phi: D = sup |F_N(x) - Phi(x)| <= 1.95 / sqrt(N) at alpha = 0.001
// (the large-N critical value sqrt(-ln(alpha/2)/2) = 1.95). With N = 2e6 that is 0.0014: a
// ziggurat with a wrong layer or wedge shows up far above it.
void TestRandomStream::normalKolmogorovSmirnov()
{
    QFETCH(quint64, seed);
    QFETCH(quint64, stream);
    RandomStream random(seed, stream);
    std::vector<double> draws(kDraws);
    random.fillNormal(draws.data(), kDraws);
    std::sort(draws.begin(), draws.end());
    const double n = kDraws;
    double d = 0.0;
    for (int i = 0; i < kDraws; ++i) {
        const double f = phi(draws[i]);
        d = std::max({d, std::abs((i + 1) / n - f), std::abs(f - i / n)});
    }
    const double critical = 1.95 / std::sqrt(n);
    qInfo("KS D = %.5f, critical value %.5f at alpha = 0.001", d, critical);
    QVERIFY2(d <= critical, qPrintable(QString::number(d)));
}

void TestRandomStream::normalTail_data()
{
    QTest::addColumn<double>("threshold");
    QTest::newRow("|x| > 2") << 2.0;
    QTest::newRow("|x| > r = 3.654 (the ziggurat's tail)") << 3.6541528853610088;
    QTest::newRow("|x| > 4.5") << 4.5;
}

// The fraction of |X| > t is erfc(t / sqrt 2); the count of N draws beyond it is binomial:
// within 5 SD of N erfc(t / sqrt 2). The tail beyond r comes only from the ziggurat's base layer
// (Marsaglia's exponential tail method), so this checks that branch on its own.
void TestRandomStream::normalTail()
{
    QFETCH(double, threshold);
    RandomStream random(2024, 3);
    const int draws = 4 * kDraws;
    long beyond = 0;
    for (int i = 0; i < draws; ++i)
        beyond += std::abs(random.normal()) > threshold ? 1 : 0;
    const double probability = std::erfc(threshold / std::sqrt(2.0));
    const double expected = draws * probability;
    const double sd = std::sqrt(draws * probability * (1.0 - probability));
    qInfo("|x| > %.4f: %ld of %d, expected %.1f (SD %.1f), z = %.2f", threshold, beyond, draws,
          expected, sd, (beyond - expected) / sd);
    QVERIFY2(std::abs(beyond - expected) <= 5.0 * sd, qPrintable(QString::number(beyond)));
}

void TestRandomStream::chiSquareMoments_data()
{
    QTest::addColumn<double>("dof");
    for (double dof : {0.5, 3.5, 50.0, 949.0})
        QTest::addRow("dof %g", dof) << dof;
}

// Chi-square(k): mean k, variance 2k, excess kurtosis 12/k. Over N draws SE(mean) = sqrt(2k/N)
// and SE(variance) = sqrt((mu4 - sigma^4)/N) = 2k sqrt((2 + 12/k)/N). Each within 5 SE. The dofs
// include the Bartlett diagonal's (n - 1 - i, up to 949 here) and the shape < 1 branch (0.5).
void TestRandomStream::chiSquareMoments()
{
    QFETCH(double, dof);
    RandomStream random(7, static_cast<std::uint64_t>(dof * 10));
    const int draws = kDraws / 2;
    std::vector<double> values(draws);
    for (double& v : values)
        v = random.chiSquare(dof);
    const Moments m = momentsOf(values);
    const double n = draws;
    const double meanSe = std::sqrt(2.0 * dof / n);
    const double varianceSe = 2.0 * dof * std::sqrt((2.0 + 12.0 / dof) / n);
    qInfo("chi2(%g): mean %.4f (SE %.4f), variance %.4f (SE %.4f)", dof, m.mean, meanSe, m.variance,
          varianceSe);
    QVERIFY2(std::abs(m.mean - dof) <= 5.0 * meanSe, qPrintable(QString::number(m.mean)));
    QVERIFY2(std::abs(m.variance - 2.0 * dof) <= 5.0 * varianceSe,
             qPrintable(QString::number(m.variance)));
}

// A (seed, stream) pair always gives the same numbers, fillNormal gives what normal() gives,
// and neighbouring streams give different numbers.
void TestRandomStream::deterministicStreams()
{
    RandomStream a(5, 11);
    RandomStream b(5, 11);
    std::vector<double> filled(1000);
    a.fillNormal(filled.data(), static_cast<long>(filled.size()));
    for (double x : filled)
        QCOMPARE(b.normal(), x);
    RandomStream c(5, 12);
    RandomStream d(6, 11);
    RandomStream e(5, 11);
    int sameAsC = 0;
    int sameAsD = 0;
    for (int i = 0; i < 1000; ++i) {
        const double x = e.normal();
        sameAsC += c.normal() == x ? 1 : 0;
        sameAsD += d.normal() == x ? 1 : 0;
    }
    QCOMPARE(sameAsC, 0);
    QCOMPARE(sameAsD, 0);
}

QTEST_GUILESS_MAIN(TestRandomStream)
#include "tst_randomstream.moc"
