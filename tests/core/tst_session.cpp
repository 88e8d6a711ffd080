// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
// Session files: the round trip keeps every field, a malformed file is refused with one line
// naming the field (or line:column), writes are atomic (a full disk keeps the previous file), a
// 64-bit seed comes back exactly; and every bundled preset is valid.

#include "io/Preset.h"
#include "io/SessionFile.h"

#include "FullFileSystem.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace lev::core;
using lev::test::FullFileSystem;

class TestSession : public QObject
{
    Q_OBJECT

private slots:
    void roundTripKeepsEveryField()
    {
        RecomputeSettings s = RecomputeSettings::defaultsFor(GeneratorKind::Latent);
        s.model.collinearity = 0.937;
        s.model.noise = 0.25;
        s.model.effect = -0.75;
        s.model.confounding = 2.5;
        s.model.features = 33;
        s.model.latentDimension = 4;
        s.model.levers = 3;
        s.n = 1234;
        s.estimator.kind = EstimatorKind::Lasso;
        s.estimator.lambda = 0.0125;
        s.estimator.components = 7;
        s.estimator.standardize = true;
        s.replications = 321;
        s.seed = 987654321;
        s.model.loadingSeed = s.seed;
        QTemporaryDir dir;
        const QString path = dir.filePath("a.leverscope");
        QString error;
        QVERIFY2(SessionFile::write(path, s, &error), qPrintable(error));
        RecomputeSettings back;
        QVERIFY2(SessionFile::read(path, &back, &error), qPrintable(error));
        QVERIFY(back == s);
    }

    void malformedSessionsNameTheProblem_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("expected");
        const QByteArray head = R"({"format": "leverscope-session", "version": 1, "settings": )";
        QTest::newRow("not json") << QByteArray("{\n  \"format\": oops\n}")
                                  << "s.leverscope:2:13: not valid JSON";
        QTest::newRow("array") << QByteArray("[1, 2]") << "must be a JSON object";
        QTest::newRow("wrong format")
            << QByteArray(R"({"format": "x", "version": 1, "settings": {}})") << "field 'format'";
        QTest::newRow("no version")
            << QByteArray(R"({"format": "leverscope-session", "settings": {}})")
            << "field 'version'";
        QTest::newRow("newer version")
            << QByteArray(R"({"format": "leverscope-session", "version": 9, "settings": {}})")
            << "version 9 is newer";
        // Found by fuzz_session: a version too large for an int was converted to one (UB).
        QTest::newRow("huge version")
            << QByteArray(
                   R"({"format": "leverscope-session", "version": 88888888888888888888888888888881, "settings": {}})")
            << "version 8.88888888888889e+31 is newer";
        QTest::newRow("fractional version")
            << QByteArray(R"({"format": "leverscope-session", "version": 1.5, "settings": {}})")
            << "field 'version' must be a whole number";
        QTest::newRow("unknown top field")
            << QByteArray(
                   R"({"format": "leverscope-session", "version": 1, "settings": {}, "x": 1})")
            << "field 'x': unknown field";
        QTest::newRow("settings not object") << head + "3}"
                                             << "field 'settings' must be an object";
        QTest::newRow("collinearity text") << head + R"({"collinearity": "high"}})"
                                           << "settings.collinearity: must be a number";
        QTest::newRow("collinearity range") << head + R"({"collinearity": 1.5}})"
                                            << "collinearity must be in [0, 1)";
        QTest::newRow("n fraction") << head + R"({"n": 10.5}})"
                                    << "settings.n: must be a whole number";
        QTest::newRow("unknown generator") << head + R"({"generator": "magic"}})"
                                           << "settings.generator: unknown generator 'magic'";
        QTest::newRow("unknown estimator") << head + R"({"estimator": "svm"}})"
                                           << "settings.estimator: unknown estimator 'svm'";
        QTest::newRow("typo field") << head + R"({"colinearity": 0.5}})"
                                    << "settings.colinearity: unknown field";
        // Found by fuzz_session: a control character in a name must not break the one line.
        QTest::newRow("newline in a field name")
            << head + QByteArray("{\"c\\n\\u0000ollinearity\": 0.9}}", -1)
            << "settings.c\\x0a\\x00ollinearity: unknown field";
        QTest::newRow("bool as number") << head + R"({"standardize": 1}})"
                                        << "settings.standardize: must be true or false";
        QTest::newRow("negative seed")
            << head + R"({"seed": -1}})"
            << "settings.seed: must be a whole number from 0 to 9223372036854775807";
        QTest::newRow("fractional seed")
            << head + R"({"seed": 1.5}})"
            << "settings.seed: must be a whole number from 0 to 9223372036854775807";
        QTest::newRow("seed 2^63 as a string")
            << head + R"({"seed": "9223372036854775808"}})"
            << "settings.seed: must be a whole number from 0 to 9223372036854775807";
        QTest::newRow("seed 2^64 - 1 as a string")
            << head + R"({"seed": "18446744073709551615"}})"
            << "settings.seed: must be a whole number from 0 to 9223372036854775807";
        QTest::newRow("seed string with a sign")
            << head + R"({"seed": "-5"}})"
            << "settings.seed: must be a whole number from 0 to 9223372036854775807";
        QTest::newRow("seed string with letters")
            << head + R"({"seed": "12ab"}})"
            << "settings.seed: must be a whole number from 0 to 9223372036854775807";
        // 9007199254740993 cannot be a double: the parser has made it ...992 already.
        QTest::newRow("seed past 2^53 as a number")
            << head + R"({"seed": 9007199254740993}})"
            << "settings.seed: a seed above 9007199254740992 must be a string of decimal digits";
        QTest::newRow("p for proxy") << head + R"({"generator": "proxy", "p": 5}})"
                                     << "exactly 2 features";
    }
    void malformedSessionsNameTheProblem()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, expected);
        RecomputeSettings settings;
        settings.n = 77; // must stay untouched
        QString error;
        QVERIFY(!SessionFile::parse(text, "s.leverscope", &settings, &error));
        QVERIFY2(error.contains(expected), qPrintable(error));
        QVERIFY2(error.startsWith("s.leverscope"), qPrintable(error));
        QVERIFY(!error.contains('\n'));
        QCOMPARE(settings.n, 77);
    }

    void seedsRoundTripExactly_data()
    {
        QTest::addColumn<quint64>("seed");
        QTest::addColumn<bool>("storedAsString");
        QTest::newRow("0") << quint64{0} << false;
        QTest::newRow("1") << quint64{1} << false;
        QTest::newRow("2^53") << quint64{9007199254740992ULL} << false;
        QTest::newRow("2^53 + 1") << quint64{9007199254740993ULL} << true;
        QTest::newRow("2^63 - 1") << quint64{9223372036854775807ULL} << true;
    }
    void seedsRoundTripExactly()
    {
        QFETCH(quint64, seed);
        QFETCH(bool, storedAsString);
        RecomputeSettings s = RecomputeSettings::defaultsFor(GeneratorKind::Latent);
        s.seed = seed;
        s.model.loadingSeed = seed;
        QTemporaryDir dir;
        const QString path = dir.filePath("seed.leverscope");
        QString error;
        QVERIFY2(SessionFile::write(path, s, &error), qPrintable(error));
        RecomputeSettings back;
        QVERIFY2(SessionFile::read(path, &back, &error), qPrintable(error));
        QCOMPARE(quint64{back.seed}, seed);
        QCOMPARE(quint64{back.model.loadingSeed}, seed);
        // The form in the file: a JSON number while a double holds it exactly, digits beyond.
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray digits = QByteArray::number(seed);
        const QByteArray text = file.readAll();
        QVERIFY2(text.contains((storedAsString ? "\"seed\": \"" : "\"seed\": ") + digits),
                 text.constData());
    }

    void aFullDiskKeepsThePreviousSession()
    {
        FullFileSystem disk;
        LEVERSCOPE_SKIP_WITHOUT_FULL_DISK(disk);
        const QString path = disk.filePath("good.leverscope");
        const RecomputeSettings first = RecomputeSettings::defaultsFor(GeneratorKind::Proxy);
        QString error;
        QVERIFY2(SessionFile::write(path, first, &error), qPrintable(error));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray previous = file.readAll();
        file.close();
        QVERIFY(!previous.isEmpty());
        QVERIFY(disk.fill());
        RecomputeSettings second = first;
        second.model.collinearity = 0.7;
        const bool saved = SessionFile::write(path, second, &error);
        disk.release();
        QVERIFY(!saved);
        QVERIFY2(error.contains(path) && error.contains(disk.expectedCause()), qPrintable(error));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), previous);
        QCOMPARE(FullFileSystem::entries(disk.path()), QStringList{"good.leverscope"});
    }

    void shortSessionsTakeTheGeneratorDefaults()
    {
        const QByteArray text =
            R"({"format": "leverscope-session", "version": 1, "settings": {"generator": "latent"}})";
        RecomputeSettings settings;
        QString error;
        QVERIFY2(SessionFile::parse(text, "s", &settings, &error), qPrintable(error));
        QVERIFY(settings == RecomputeSettings::defaultsFor(GeneratorKind::Latent));
    }

    void missingAndOversizedFiles()
    {
        QTemporaryDir dir;
        RecomputeSettings settings;
        QString error;
        QVERIFY(!SessionFile::read(dir.filePath("none.leverscope"), &settings, &error));
        QVERIFY(error.contains("none.leverscope"));
        QFile big(dir.filePath("big.leverscope"));
        QVERIFY(big.open(QIODevice::WriteOnly));
        big.write(QByteArray(SessionFile::kMaxBytes + 1, ' '));
        big.close();
        QVERIFY(!SessionFile::read(big.fileName(), &settings, &error));
        QVERIFY(error.contains("too large"));
    }

    void aFailedWriteLeavesTheOldFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("keep.leverscope");
        QString error;
        const RecomputeSettings first = RecomputeSettings::defaultsFor(GeneratorKind::Chain);
        QVERIFY(SessionFile::write(path, first, &error));
        // Writing into a path below a regular file cannot succeed, even as root.
        QVERIFY(!SessionFile::write(path + "/child.leverscope", first, &error));
        QVERIFY(error.contains("cannot write"));
        RecomputeSettings back;
        QVERIFY(SessionFile::read(path, &back, &error));
        QVERIFY(back == first);
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size(), 1);
    }

    void everyPresetIsValid()
    {
        std::vector<Preset> presets;
        QString error;
        QVERIFY2(Preset::loadAll(&presets, &error), qPrintable(error));
        QVERIFY(presets.size() >= 10); // five teaching defaults and five parables
        const QStringList parables = {"hdl-torcetrapib", "homocysteine", "beta-carotene", "gwas-ld",
                                      "ldopa-side-effects"};
        for (const QString& id : parables) {
            const auto it = std::find_if(presets.begin(), presets.end(),
                                         [&](const Preset& p) { return p.id == id; });
            QVERIFY2(it != presets.end(), qPrintable(id));
            QVERIFY(it->story.size() >= 3 && it->story.size() <= 5);
            QVERIFY2(it->story.join(' ').contains("toy parable"), qPrintable(id));
            QVERIFY(it->settings.validate().empty());
        }
        for (const Preset& preset : presets) {
            QVERIFY2(!preset.presentation.isEmpty(), qPrintable(preset.id));
            for (const QString& plot : preset.presentation)
                QVERIFY2(Preset::plotNames().contains(plot), qPrintable(preset.id + ": " + plot));
        }
    }

    void confounderStoriesShowTheConditioningPlot()
    {
        // The confounder parables are told by E[Y | X = x] against E[Y | do(X = x)]; the HDL
        // parable speaks of X2, so its effect plot shows X2.
        std::vector<Preset> presets;
        QString error;
        QVERIFY(Preset::loadAll(&presets, &error));
        for (const Preset& preset : presets) {
            if (preset.settings.model.generator == GeneratorKind::Confounder)
                QVERIFY2(preset.presentation.contains("effect"), qPrintable(preset.id));
            if (preset.id == "hdl-torcetrapib")
                QCOMPARE(preset.conditioningFeature, 1);
            else
                QCOMPARE(preset.conditioningFeature, 0);
        }
    }

    void betaCaroteneFlipsItsSign()
    {
        // The parable must show what it says: population weight of X1 = b + g sqrt(c)/(1+c) < 0
        // while the causal weight b > 0.
        std::vector<Preset> presets;
        QString error;
        QVERIFY(Preset::loadAll(&presets, &error));
        for (const Preset& p : presets) {
            if (p.id != "beta-carotene")
                continue;
            const double b = p.settings.model.effect;
            const double g = p.settings.model.confounding;
            const double c = p.settings.model.collinearity;
            QVERIFY(b > 0.0);
            QVERIFY(b + g * std::sqrt(c) / (1.0 + c) < 0.0);
            return;
        }
        QFAIL("beta-carotene preset missing");
    }
};

QTEST_GUILESS_MAIN(TestSession)
#include "tst_session.moc"
