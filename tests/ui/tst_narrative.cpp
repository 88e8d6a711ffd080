// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
// The "what to notice" sentences: they quote the result's own numbers, compare with the c = 0
// baseline of the sweep, say why when the weights are not identifiable, and never print NaN.
// Numbers in prose have 3 significant digits and no "1e+03"; settings such as c are quoted as
// they are in use (0.999, never "1.00"); counts agree with their nouns; a mean R² far below 0 is
// explained; and a biased weight is not described by its spread alone.

#include "exploration/DataExplorer.h"
#include "io/CsvReader.h"
#include "modes/data/DataNarrative.h"
#include "modes/simulation/Narrative.h"
#include "simulation/Recompute.h"

#include <QTest>

#include <QTranslator>
#include <algorithm>
#include <cmath>

using namespace lev::core;
using lev::ui::DataNarrative;
using lev::ui::Narrative;

namespace {

QString joined(const QStringList& sentences)
{
    return sentences.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

} // namespace

class TestNarrative : public QObject
{
    Q_OBJECT

private slots:
    void numberFormatting_data()
    {
        QTest::addColumn<double>("value");
        QTest::addColumn<QString>("expected");
        QTest::newRow("three significant digits") << 0.4926 << "0.493";
        QTest::newRow("negative") << -1.234 << "−1.23";
        QTest::newRow("trailing zeros kept") << 0.5 << "0.500";
        QTest::newRow("rounds up a decade") << 9.996 << "10.0";
        QTest::newRow("0.999 stays") << 0.999 << "0.999";
        QTest::newRow("a thousand, written out") << 1000.0 << "1000";
        QTest::newRow("999.7 rounds to 1000") << 999.7 << "1000";
        QTest::newRow("large, whole") << 12345.0 << "12300";
        QTest::newRow("a very negative mean") << -4284.3 << "−4280";
        QTest::newRow("a million") << 2.5e6 << "2.50 × 10⁶";
        QTest::newRow("small, written out") << 0.00123 << "0.00123";
        QTest::newRow("smaller") << 0.000123 << "1.23 × 10⁻⁴";
        QTest::newRow("zero") << 0.0 << "0";
    }
    void numberFormatting()
    {
        QFETCH(double, value);
        QFETCH(QString, expected);
        QCOMPARE(Narrative::number(value), expected);
        QVERIFY(!Narrative::number(value).contains('e'));
    }

    void settingsAndCorrelationsAreNotRoundedToOne_data()
    {
        QTest::addColumn<double>("value");
        QTest::addColumn<QString>("setting");
        QTest::addColumn<QString>("correlation");
        QTest::newRow("0.999") << 0.999 << "0.999"
                               << "0.999";
        QTest::newRow("0.9995") << 0.9995 << "0.9995"
                                << "0.9995";
        QTest::newRow("0.9") << 0.9 << "0.9"
                             << "0.900";
        QTest::newRow("-0.99996") << -0.99996 << "-0.99996"
                                  << "-0.99996";
        QTest::newRow("0") << 0.0 << "0"
                           << "0.000";
    }
    void settingsAndCorrelationsAreNotRoundedToOne()
    {
        QFETCH(double, value);
        QFETCH(QString, setting);
        QFETCH(QString, correlation);
        QCOMPARE(Narrative::setting(value), setting);
        QCOMPARE(Narrative::correlation(value), correlation);
    }

    void comparesWithTheBaselineOfTheSweep()
    {
        RecomputeSettings settings = RecomputeSettings::defaultsFor(GeneratorKind::Proxy);
        settings.model.collinearity = 0.95;
        settings.sweep = {0.0, 0.5};
        const RecomputeResult result = Recompute::run(settings);
        QVERIFY(result.ok());
        const QString text = joined(Narrative::describe(result, result.sweep));
        const SweepPoint& base = result.sweep.front();
        const double growth = result.monteCarlo.weightSd[0] / *base.firstWeightSd;
        QVERIFY2(growth > 2.0, "at c = 0.95 the X1 weight's SD is ~3.2x that at c = 0");
        const QString expected =
            QStringLiteral("Held-out R\u00b2 ") + Narrative::number(*base.r2ObservationalMean) +
            QStringLiteral(" \u2192 ") + Narrative::number(*result.monteCarlo.r2ObservationalMean) +
            QStringLiteral(" from c = 0 to c = 0.95, while the spread of "
                           "the X1 weight grew ") +
            Narrative::number(growth) + QStringLiteral("\u00d7.");
        QVERIFY2(text.contains(expected), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("1/\u03bb = ") + Narrative::number(1.0 / 0.05)));
    }

    void explainsTheConfounder()
    {
        RecomputeSettings settings = RecomputeSettings::defaultsFor(GeneratorKind::Confounder);
        settings.model.collinearity = 0.5;
        const RecomputeResult result = Recompute::run(settings);
        const QString text = joined(Narrative::describe(result, {}));
        // b + g sqrt(c) / (1 + c) with b = g = 1, c = 0.5.
        const double population = 1.0 + std::sqrt(0.5) / 1.5;
        QVERIFY2(text.contains(QStringLiteral("converges to ") + Narrative::number(population)),
                 qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("falls to"))); // do(X) R² well below held-out
    }

    void quotesCollinearityAsInUse()
    {
        // At the slider's end the prose says c = 0.999, a value the program accepts, not 1.00.
        RecomputeSettings settings = RecomputeSettings::defaultsFor(GeneratorKind::Proxy);
        settings.model.collinearity = 0.999;
        settings.replications = 50;
        settings.sweep = {0.0};
        const RecomputeResult result = Recompute::run(settings);
        QVERIFY(result.ok());
        const QString text = joined(Narrative::describe(result, result.sweep));
        QVERIFY2(text.contains(QStringLiteral("to c = 0.999,")), qPrintable(text));
        QVERIFY(!text.contains(QStringLiteral("1.00,")));
        // The proxy's variance and spread factors, closed forms in c.
        const double variance = 1.0 / (1.0 - 0.999 * 0.999);
        QVERIFY2(text.contains(QStringLiteral("1/(1 − c²) = ") + Narrative::number(variance)),
                 qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("1/√(1 − c²) = ") +
                               Narrative::number(std::sqrt(variance))),
                 qPrintable(text));
        QVERIFY(!text.contains(QStringLiteral("e+")));
    }

    void countsAgreeWithTheirNouns_data()
    {
        QTest::addColumn<int>("p");
        QTest::addColumn<int>("k");
        QTest::addColumn<QString>("large");
        QTest::addColumn<QString>("rest");
        QTest::newRow("k = 1") << 20 << 1 << "1 large eigenvalue carries the data"
                               << "the other 19 equal 1 − c = ";
        QTest::newRow("k = 3") << 20 << 3 << "3 large eigenvalues carry the data"
                               << "the other 17 equal 1 − c = ";
        QTest::newRow("one left") << 4 << 3 << "3 large eigenvalues carry the data"
                                  << "the other one equals 1 − c = ";
    }
    void countsAgreeWithTheirNouns()
    {
        QFETCH(int, p);
        QFETCH(int, k);
        QFETCH(QString, large);
        QFETCH(QString, rest);
        RecomputeSettings settings = RecomputeSettings::defaultsFor(GeneratorKind::Latent);
        settings.model.features = p;
        settings.model.latentDimension = k;
        settings.model.levers = 1;
        settings.replications = 20;
        const RecomputeResult result = Recompute::run(settings);
        const QString text = joined(Narrative::describe(result, {}));
        // The p - k smallest eigenvalues of c L L^T + (1 - c) I are exactly 1 - c.
        QVERIFY2(text.contains(large + "; " + rest + Narrative::number(1.0 - 0.9)),
                 qPrintable(text));
        QVERIFY(!text.contains(QStringLiteral("1 large eigenvalues")));
        QVERIFY(!text.contains(QStringLiteral("other 1 equal")));
    }

    void explainsAMeanDominatedByNearSingularReplications()
    {
        // n = p + 1: an intercept and two weights from three rows. Some replications draw rows
        // that barely pin the weights down, and their R² is hugely negative.
        RecomputeSettings settings = RecomputeSettings::defaultsFor(GeneratorKind::Proxy);
        settings.n = 3;
        settings.replications = 400;
        const RecomputeResult result = Recompute::run(settings);
        QVERIFY(result.ok());
        const MonteCarloSummary& m = result.monteCarlo;
        QVERIFY2(*m.r2ObservationalMean < -1.0, "the premise: the mean is far below 0");
        // The median, computed here from the replications the result carries.
        std::vector<double> values = m.r2Observational;
        std::sort(values.begin(), values.end());
        const std::size_t half = values.size() / 2;
        const double median =
            values.size() % 2 == 1 ? values[half] : 0.5 * (values[half - 1] + values[half]);
        QVERIFY(median > *m.r2ObservationalMean);
        const QString text = joined(Narrative::describe(result, {}));
        QVERIFY2(text.contains(QStringLiteral("near-singular replications")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("n = 3 rows for p = 2 features")), qPrintable(text));
        // Nothing else speaks of these means as if they were typical, or of predicting well.
        QVERIFY2(!text.contains(QStringLiteral("predicts well")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("median replication reaches ") +
                               Narrative::number(median)),
                 qPrintable(text));

        // A mean that is not dominated gets no such sentence.
        settings.n = 200;
        const QString calm = joined(Narrative::describe(Recompute::run(settings), {}));
        QVERIFY(!calm.contains(QStringLiteral("near-singular")));
    }

    void aBiasedWeightIsNotDescribedByItsSpread()
    {
        // The beta-carotene parable: Y = b X1 + g Z + noise with b = 0.3, g = -1.5 and c = 0.6.
        // Its X1 weight's spread does change little from c = 0, but the lesson is its sign.
        RecomputeSettings settings = RecomputeSettings::defaultsFor(GeneratorKind::Confounder);
        settings.model.collinearity = 0.6;
        settings.model.effect = 0.3;
        settings.model.confounding = -1.5;
        settings.n = 500;
        settings.seed = 8;
        settings.sweep = {0.0, 0.6};
        const RecomputeResult result = Recompute::run(settings);
        QVERIFY(result.ok());
        const QString text = joined(Narrative::describe(result, result.sweep));
        QVERIFY2(!text.contains(QStringLiteral("stayed about the same")), qPrintable(text));
        QVERIFY(!text.contains(QStringLiteral("spread of the X1 weight")));
        // Population weight b + g sqrt(c) / (1 + c) (p = 2), negative; causal weight b.
        const double population = 0.3 - 1.5 * std::sqrt(0.6) / 1.6;
        QVERIFY(population < 0.0);
        QVERIFY2(text.contains(QStringLiteral("converges to ") + Narrative::number(population)),
                 qPrintable(text));
        QVERIFY2(
            text.contains(QStringLiteral("where setting X1 moves Y by ") + Narrative::number(0.3)),
            qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("biased")));

        // Without the confounder's path to Y (g = 0) the weight is unbiased: the spread is told.
        settings.model.confounding = 0.0;
        const RecomputeResult unbiased = Recompute::run(settings);
        const QString plain = joined(Narrative::describe(unbiased, unbiased.sweep));
        QVERIFY2(plain.contains(QStringLiteral("spread of the X1 weight")), qPrintable(plain));
        QVERIFY(!plain.contains(QStringLiteral("biased")));
    }

    void saysWhyWhenNotIdentifiable()
    {
        RecomputeSettings settings = RecomputeSettings::defaultsFor(GeneratorKind::Latent);
        settings.n = 10;
        settings.model.features = 40;
        settings.replications = 20;
        const RecomputeResult result = Recompute::run(settings);
        QCOMPARE(result.status, RecomputeStatus::NotIdentifiable);
        const QString text = joined(Narrative::describe(result, {}));
        QVERIFY(text.contains(QStringLiteral("not identifiable")));
        QVERIFY(text.contains(QStringLiteral("p = 40")));
        QVERIFY(!text.contains(QStringLiteral("nan")) && !text.contains(QStringLiteral("inf")));
    }

    void dataModeNamesLongleysWorstVif()
    {
        // Longley's VIFs are textbook numbers (e.g. R's car::vif, statsmodels): GNP 1788.5 is
        // the largest; YEAR 759, POP 399, GNPDEFL 135.5, UNEMP 33.6 and ARMED 3.6.
        lev::core::CsvReader reader;
        QVERIFY(reader.readFile(LEVERSCOPE_TEST_DATA "/longley.csv"));
        lev::core::DataExplorationSettings settings;
        settings.target = 6;
        settings.features = {0, 1, 2, 3, 4, 5};
        settings.bootstrapReplications = 100;
        const auto exploration = lev::core::DataExplorer::run(reader.table(), settings);
        const QString text = joined(DataNarrative::describe(exploration));
        QVERIFY2(text.contains(QStringLiteral("Largest VIF: GNP at 1790")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("5 of 6 features exceed 10")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("condition number")));
        QVERIFY(text.contains(QStringLiteral("5-fold cross-validated R\u00b2")));
        QVERIFY(text.contains(QStringLiteral("Resampling the rows 100 times")));
        QVERIFY(text.contains(QStringLiteral("cannot tell")));
        QVERIFY(!text.contains(QStringLiteral("nan")) && !text.contains(QStringLiteral("inf")));
    }

    void dataModeSaysWhyThereAreNoWeights()
    {
        lev::core::CsvReader reader;
        QVERIFY(reader.parse("a,k,y\n1,5,2\n2,5,4\n3,5,7\n4,5,8\n5,5,9\n", "k.csv"));
        lev::core::DataExplorationSettings settings;
        settings.target = 2;
        settings.features = {0, 1};
        settings.folds = 0;
        settings.bootstrapReplications = 0;
        const auto exploration = lev::core::DataExplorer::run(reader.table(), settings);
        const QStringList sentences = DataNarrative::describe(exploration);
        QVERIFY(!sentences.isEmpty());
        QVERIFY2(sentences.front().startsWith(
                     QStringLiteral("No weights for ols: column 'k' is constant")),
                 qPrintable(sentences.front()));
        const QString text = joined(sentences);
        QVERIFY2(text.contains(QStringLiteral("singular")), qPrintable(text));
        QVERIFY(!text.contains(QStringLiteral("nan")));
    }

    /// Every sentence goes through tr(): a translator that brackets each text it translates
    /// brackets every sentence, from its first character to its last.
    void everySentenceIsTranslatable()
    {
        class Bracketing : public QTranslator
        {
        public:
            bool isEmpty() const override { return false; }
            QString translate(const char* context, const char* source, const char*,
                              int n) const override
            {
                const QByteArray from(context);
                if (from != "Narrative" && from != "DataNarrative")
                    return QString();
                QString text = QString::fromUtf8(source);
                if (n >= 0)
                    text.replace(QStringLiteral("%n"), QString::number(n));
                return QLatin1Char('[') + text + QLatin1Char(']');
            }
        } bracketing;
        QVERIFY(QCoreApplication::installTranslator(&bracketing));

        QStringList sentences;
        for (GeneratorKind kind :
             {GeneratorKind::Proxy, GeneratorKind::Confounder, GeneratorKind::Latent,
              GeneratorKind::Chain, GeneratorKind::Collider}) {
            RecomputeSettings settings = RecomputeSettings::defaultsFor(kind);
            settings.replications = 20;
            settings.sweep = {0.0};
            const RecomputeResult result = Recompute::run(settings);
            sentences << Narrative::describe(result, result.sweep)
                      << Narrative::describe(result, {});
        }
        RecomputeSettings tooFewRows = RecomputeSettings::defaultsFor(GeneratorKind::Latent);
        tooFewRows.n = 10;
        tooFewRows.model.features = 40;
        tooFewRows.replications = 20;
        sentences << Narrative::describe(Recompute::run(tooFewRows), {});
        RecomputeResult invalid;
        invalid.status = RecomputeStatus::InvalidSettings;
        invalid.message = "n must be at least 2";
        sentences << Narrative::describe(invalid, {});

        lev::core::CsvReader reader;
        QVERIFY(reader.readFile(LEVERSCOPE_TEST_DATA "/longley.csv"));
        lev::core::DataExplorationSettings longley;
        longley.target = 6;
        longley.features = {0, 1, 2, 3, 4, 5};
        longley.bootstrapReplications = 50;
        sentences << DataNarrative::describe(lev::core::DataExplorer::run(reader.table(), longley));
        lev::core::DataExplorationSettings one = longley;
        one.features = {2};
        sentences << DataNarrative::describe(lev::core::DataExplorer::run(reader.table(), one));
        QCoreApplication::removeTranslator(&bracketing);

        QVERIFY(sentences.size() > 20);
        for (const QString& sentence : sentences)
            QVERIFY2(sentence.startsWith(QLatin1Char('[')) && sentence.endsWith(QLatin1Char(']')),
                     qPrintable(sentence));
    }
};

QTEST_GUILESS_MAIN(TestNarrative)
#include "tst_narrative.moc"
