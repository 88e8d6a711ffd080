// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
// The "what to notice" sentences: they quote the result's own numbers, compare with the c = 0
// baseline of the sweep, say why when the weights are not identifiable, and never print NaN.

#include "exploration/DataExplorer.h"
#include "io/CsvReader.h"
#include "modes/data/DataNarrative.h"
#include "modes/simulation/Narrative.h"
#include "simulation/Recompute.h"

#include <QTest>
#include <QTranslator>

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
        QTest::newRow("two decimals") << 0.4926 << "0.49";
        QTest::newRow("negative") << -1.234 << "-1.23";
        QTest::newRow("large") << 12345.0 << "1.23e+04";
        QTest::newRow("small") << 0.000123 << "0.000123";
        QTest::newRow("zero") << 0.0 << "0.00";
    }
    void numberFormatting()
    {
        QFETCH(double, value);
        QFETCH(QString, expected);
        QCOMPARE(Narrative::number(value), expected);
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
            QStringLiteral(" from c = 0.00 to c = 0.95, while the spread of "
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
        QVERIFY2(text.contains(QStringLiteral("Largest VIF: GNP at 1.79e+03")), qPrintable(text));
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
