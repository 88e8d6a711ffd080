// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
// Tests the reference weight error (the OLS error at c = 0, docs/math.md §4.9) against its
// closed form for the proxy, SD(w_j)² = σ² / ((1 − c²)(n − 4)), and against the replications
// of a recompute at c = 0 (bound: 4 standard errors of the mean, fixed seed); and that it does
// not depend on the current c.

#include "simulation/Recompute.h"
#include "simulation/ReferenceWeightError.h"

#include <QTest>

#include <cmath>
#include <optional>

using lev::core::GeneratorKind;
using lev::core::Recompute;
using lev::core::RecomputeResult;
using lev::core::RecomputeSettings;

Q_DECLARE_METATYPE(GeneratorKind)

class TestReferenceWeightError : public QObject
{
    Q_OBJECT

private slots:
    void proxyMatchesTheClosedForm_data()
    {
        QTest::addColumn<int>("n");
        QTest::addColumn<double>("sigma");
        QTest::addColumn<double>("collinearity");
        QTest::newRow("n=200 sigma=1 c=0.3") << 200 << 1.0 << 0.3;
        QTest::newRow("n=200 sigma=1 c=0.99") << 200 << 1.0 << 0.99;
        QTest::newRow("n=50 sigma=2 c=0.9") << 50 << 2.0 << 0.9;
        QTest::newRow("n=5 sigma=1 c=0") << 5 << 1.0 << 0.0;
    }
    void proxyMatchesTheClosedForm()
    {
        QFETCH(int, n);
        QFETCH(double, sigma);
        QFETCH(double, collinearity);
        RecomputeSettings settings = RecomputeSettings::defaultsFor(GeneratorKind::Proxy);
        settings.n = n;
        settings.model.noise = sigma;
        settings.model.collinearity = collinearity;
        const std::optional<double> reference = lev::core::referenceWeightError(settings);
        QVERIFY(reference.has_value());
        // Two weights, each with variance σ² / (n − 4) at c = 0, and no bias.
        const double expected = std::sqrt(2.0 * sigma * sigma / (n - 4));
        QVERIFY2(std::abs(*reference - expected) <= 1e-12 * expected,
                 qPrintable(QStringLiteral("%1 vs %2").arg(*reference, 0, 'g', 17).arg(expected)));
    }

    void agreesWithTheReplications_data()
    {
        QTest::addColumn<GeneratorKind>("kind");
        QTest::addColumn<int>("n");
        QTest::newRow("confounder n=40") << GeneratorKind::Confounder << 40;
        QTest::newRow("latent n=60") << GeneratorKind::Latent << 60;
        QTest::newRow("collider n=30") << GeneratorKind::Collider << 30;
    }
    void agreesWithTheReplications()
    {
        QFETCH(GeneratorKind, kind);
        QFETCH(int, n);
        RecomputeSettings settings = RecomputeSettings::defaultsFor(kind);
        settings.n = n;
        settings.model.collinearity = 0.0;
        settings.replications = 4000;
        settings.seed = 7;
        const RecomputeResult result = Recompute::run(settings);
        QVERIFY2(result.ok(), result.message.c_str());
        const std::vector<double>& errors = result.monteCarlo.weightError;
        QCOMPARE(static_cast<int>(errors.size()), settings.replications);
        double sum = 0.0, sumSquares = 0.0;
        for (double e : errors) {
            sum += e * e;
            sumSquares += e * e * e * e;
        }
        const double count = static_cast<double>(errors.size());
        const double meanSquare = sum / count;
        const double standardError =
            std::sqrt((sumSquares / count - meanSquare * meanSquare) / (count - 1.0));
        settings.model.collinearity = 0.7; // the reference is that of c = 0 whatever c is
        const std::optional<double> reference = lev::core::referenceWeightError(settings);
        QVERIFY(reference.has_value());
        const double expected = *reference * *reference;
        QVERIFY2(std::abs(meanSquare - expected) <= 4.0 * standardError,
                 qPrintable(QStringLiteral("mean of ‖w − β‖² %1 vs %2 (SE %3)")
                                .arg(meanSquare)
                                .arg(expected)
                                .arg(standardError)));
    }

    void invalidSettingsHaveNone()
    {
        RecomputeSettings settings = RecomputeSettings::defaultsFor(GeneratorKind::Proxy);
        settings.n = 1;
        QVERIFY(!lev::core::referenceWeightError(settings).has_value());
    }
};

QTEST_MAIN(TestReferenceWeightError)
#include "tst_referenceweighterror.moc"
