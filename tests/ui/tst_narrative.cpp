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

using namespace lev::core;

namespace {

std::string joined(const std::vector<std::string>& sentences)
{
    std::string text;
    for (const std::string& s : sentences)
        text += s + "\n";
    return text;
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
        QCOMPARE(QString::fromStdString(Narrative::number(value)), expected);
    }

    void comparesWithTheBaselineOfTheSweep()
    {
        RecomputeSettings settings = RecomputeSettings::defaultsFor(GeneratorKind::Proxy);
        settings.model.collinearity = 0.95;
        settings.sweep = {0.0, 0.5};
        const RecomputeResult result = Recompute::run(settings);
        QVERIFY(result.ok());
        const std::string text = joined(Narrative::describe(result, result.sweep));
        const SweepPoint& base = result.sweep.front();
        const double growth = result.monteCarlo.weightSd[0] / *base.firstWeightSd;
        QVERIFY2(growth > 2.0, "at c = 0.95 the X1 weight's SD is ~3.2x that at c = 0");
        const std::string expected = "Held-out R\u00b2 " +
                                     Narrative::number(*base.r2ObservationalMean) + " \u2192 " +
                                     Narrative::number(*result.monteCarlo.r2ObservationalMean) +
                                     " from c = 0.00 to c = 0.95, while the spread of the X1 "
                                     "weight grew " +
                                     Narrative::number(growth) + "\u00d7.";
        QVERIFY2(text.find(expected) != std::string::npos, text.c_str());
        QVERIFY(text.find("1/\u03bb = " + Narrative::number(1.0 / 0.05)) != std::string::npos);
    }

    void explainsTheConfounder()
    {
        RecomputeSettings settings = RecomputeSettings::defaultsFor(GeneratorKind::Confounder);
        settings.model.collinearity = 0.5;
        const RecomputeResult result = Recompute::run(settings);
        const std::string text = joined(Narrative::describe(result, {}));
        // b + g sqrt(c) / (1 + c) with b = g = 1, c = 0.5.
        const double population = 1.0 + std::sqrt(0.5) / 1.5;
        QVERIFY2(text.find("converges to " + Narrative::number(population)) != std::string::npos,
                 text.c_str());
        QVERIFY(text.find("falls to") != std::string::npos); // do(X) R² well below held-out
    }

    void saysWhyWhenNotIdentifiable()
    {
        RecomputeSettings settings = RecomputeSettings::defaultsFor(GeneratorKind::Latent);
        settings.n = 10;
        settings.model.features = 40;
        settings.replications = 20;
        const RecomputeResult result = Recompute::run(settings);
        QCOMPARE(result.status, RecomputeStatus::NotIdentifiable);
        const std::string text = joined(Narrative::describe(result, {}));
        QVERIFY(text.find("not identifiable") != std::string::npos);
        QVERIFY(text.find("p = 40") != std::string::npos);
        QVERIFY(text.find("nan") == std::string::npos && text.find("inf") == std::string::npos);
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
        const std::string text = joined(lev::core::DataNarrative::describe(exploration));
        QVERIFY2(text.find("Largest VIF: GNP at 1.79e+03") != std::string::npos, text.c_str());
        QVERIFY2(text.find("5 of 6 features exceed 10") != std::string::npos, text.c_str());
        QVERIFY(text.find("condition number") != std::string::npos);
        QVERIFY(text.find("5-fold cross-validated R\u00b2") != std::string::npos);
        QVERIFY(text.find("Resampling the rows 100 times") != std::string::npos);
        QVERIFY(text.find("cannot tell") != std::string::npos);
        QVERIFY(text.find("nan") == std::string::npos && text.find("inf") == std::string::npos);
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
        const auto sentences = lev::core::DataNarrative::describe(exploration);
        QVERIFY(!sentences.empty());
        QVERIFY2(sentences.front().find("No weights for ols: column 'k' is constant") == 0,
                 sentences.front().c_str());
        const std::string text = joined(sentences);
        QVERIFY2(text.find("singular") != std::string::npos, text.c_str());
        QVERIFY(text.find("nan") == std::string::npos);
    }
};

QTEST_GUILESS_MAIN(TestNarrative)
#include "tst_narrative.moc"
