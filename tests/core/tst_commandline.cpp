// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
// The built `leverscope` binary tells the truth about itself: every null in simulate's JSON is
// named with its reason; options that change nothing are recorded (simulate) or refused in one
// line (export); the main help lists every way to start the program; bench's help states its
// workload without pointing outside the repository; without any display, --screenshot renders
// offscreen and the GUI says so in one line instead of aborting.

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

/// A small state keeps each run short; the numbers do not matter here.
const QStringList kQuick{"--n", "30", "--reps", "4", "--threads", "1"};

struct Run
{
    int exitCode = -1;
    bool crashed = true;
    QByteArray output;
    QString error;
};

/// Runs the binary with `environment` (the current one, with a runtime folder and a
/// configuration folder of its own, unless given).
Run leverscope(const QStringList& arguments,
               QProcessEnvironment environment = QProcessEnvironment::systemEnvironment())
{
    QTemporaryDir home;
    environment.insert("XDG_RUNTIME_DIR", home.path());
    environment.insert("XDG_CONFIG_HOME", home.filePath("config"));
    environment.insert("XDG_DATA_HOME", home.filePath("data"));
    environment.insert("XDG_CACHE_HOME", home.filePath("cache"));
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(LEVERSCOPE_BINARY), arguments);
    Run run;
    if (!process.waitForFinished(180000))
        return run;
    run.crashed = process.exitStatus() != QProcess::NormalExit;
    run.exitCode = process.exitCode();
    run.output = process.readAllStandardOutput();
    run.error = QString::fromLocal8Bit(process.readAllStandardError());
    return run;
}

QJsonObject simulate(const QStringList& arguments, QString* error)
{
    const Run run = leverscope(QStringList{"simulate"} + arguments);
    *error = run.error;
    if (run.exitCode != 0)
        return {};
    return QJsonDocument::fromJson(run.output).object();
}

/// The path of every null below `value`: "truth.population_r2", "sweep[1].condition_number".
void collectNulls(const QJsonValue& value, const QString& path, QStringList* nulls)
{
    if (value.isNull()) {
        nulls->append(path);
    } else if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            collectNulls(it.value(), path.isEmpty() ? it.key() : path + '.' + it.key(), nulls);
    } else if (value.isArray()) {
        const QJsonArray array = value.toArray();
        for (int i = 0; i < array.size(); ++i)
            collectNulls(array[i], path + QStringLiteral("[%1]").arg(i), nulls);
    }
}

/// Whether a message names `path` or an object or array that holds it.
bool named(const QString& path, const QString& messages)
{
    QString prefix = path;
    while (!prefix.isEmpty()) {
        if (messages.contains(prefix))
            return true;
        const int cut = std::max(prefix.lastIndexOf('.'), prefix.lastIndexOf('['));
        prefix = cut > 0 ? prefix.left(cut) : QString();
    }
    return false;
}

bool isOneLine(const QString& text)
{
    return text.endsWith('\n') && text.count('\n') == 1;
}

/// The environment of a machine with no display configured at all.
QProcessEnvironment withoutDisplay()
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove("DISPLAY");
    environment.remove("WAYLAND_DISPLAY");
    environment.remove("QT_QPA_PLATFORM");
    return environment;
}

} // namespace

class TestCommandLine : public QObject
{
    Q_OBJECT

private slots:
    void everyNullHasItsReason_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("expectedNulls");
        QTest::addColumn<QString>("status");
        QTest::addColumn<QString>("reason");
        QTest::newRow("Y constant: b = g = sigma = 0")
            << QStringList{"--generator",   "confounder", "--effect", "0",
                           "--confounding", "0",          "--noise",  "0"}
            << 4 << "ok"
            << "Y is constant";
        QTest::newRow("Y constant in the proxy")
            << QStringList{"--effect", "0", "--noise", "0"} << 4 << "ok"
            << "Y is constant";
        QTest::newRow("Y constant over a sweep")
            << QStringList{"--effect", "0", "--noise", "0", "--sweep", "0,0.5"} << 8 << "ok"
            << "Y is constant";
        QTest::newRow("one replication: no SD") << QStringList{"--reps", "1"} << 1 << "ok"
                                                << "needs at least 2";
        QTest::newRow("n below p: not identifiable")
            << QStringList{"--generator", "latent", "--n", "10", "--p", "40"} << 10
            << "not_identifiable"
            << "none of the 4 replications gave weights";
        QTest::newRow("ordinary state: no null") << QStringList{} << 0 << "ok" << QString();
    }

    void everyNullHasItsReason()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, expectedNulls);
        QFETCH(QString, status);
        QFETCH(QString, reason);
        QString error;
        // --reps given last wins over kQuick's.
        const QJsonObject document = simulate(kQuick + arguments, &error);
        QVERIFY2(!document.isEmpty(), qPrintable(error));
        QCOMPARE(document.value("status").toString(), status);
        QVERIFY(document.value("messages").isArray());
        QStringList messages;
        for (const QJsonValue& message : document.value("messages").toArray()) {
            QVERIFY(message.isString());
            messages << message.toString();
        }
        QStringList nulls;
        collectNulls(document, QString(), &nulls);
        QVERIFY2(nulls.size() >= expectedNulls, qPrintable(nulls.join(", ")));
        if (expectedNulls == 0) {
            QVERIFY2(nulls.isEmpty(), qPrintable(nulls.join(", ")));
            QVERIFY2(messages.isEmpty(), qPrintable(messages.join(" | ")));
        }
        const QString all = messages.join('\n');
        for (const QString& path : std::as_const(nulls))
            QVERIFY2(named(path, all), qPrintable(path + " has no reason in: " + all));
        if (!reason.isEmpty())
            QVERIFY2(all.contains(reason), qPrintable(all));
    }

    void optionsThatChangeNothingAreRecorded_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("ignored");
        QTest::addColumn<QString>("reason");
        QTest::newRow("--lambda with ols") << QStringList{"--lambda", "2"} << "lambda"
                                           << "--lambda has no effect with --estimator ols";
        QTest::newRow("--lambda with pcr")
            << QStringList{"--estimator", "pcr", "--lambda", "2"} << "lambda"
            << "--lambda has no effect with --estimator pcr";
        QTest::newRow("--standardize with ols")
            << QStringList{"--standardize"} << "standardize"
            << "--standardize has no effect with --estimator ols";
        QTest::newRow("--components with ridge")
            << QStringList{"--estimator", "ridge", "--components", "1"} << "components"
            << "--components has no effect with --estimator ridge";
        QTest::newRow("-k with the proxy") << QStringList{"-k", "4"} << "k"
                                           << "--k has no effect with --generator proxy";
        QTest::newRow("--levers with the chain")
            << QStringList{"--generator", "chain", "--levers", "1"} << "levers"
            << "--levers has no effect with --generator chain";
        QTest::newRow("--confounding with the proxy")
            << QStringList{"--confounding", "0"} << "confounding"
            << "--confounding has no effect with --generator proxy";
        QTest::newRow("--sweep-reps without --sweep")
            << QStringList{"--sweep-reps", "3"} << "sweep-reps"
            << "--sweep-reps has no effect without --sweep";
        QTest::newRow("--lambda with ridge is used")
            << QStringList{"--estimator", "ridge", "--lambda", "2"} << QString() << QString();
        QTest::newRow("-k with latent is used")
            << QStringList{"--generator", "latent", "-k", "4"} << QString() << QString();
    }

    void optionsThatChangeNothingAreRecorded()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, ignored);
        QFETCH(QString, reason);
        QString error;
        const QJsonObject document = simulate(kQuick + arguments, &error);
        QVERIFY2(!document.isEmpty(), qPrintable(error));
        const QJsonObject settings = document.value("settings").toObject();
        const QJsonArray messages = document.value("messages").toArray();
        if (ignored.isEmpty()) {
            QVERIFY(!settings.contains("ignored"));
            QVERIFY(messages.isEmpty());
            // What shaped the result is echoed.
            const QString option = arguments.at(arguments.size() - 2).mid(1).remove('-');
            QVERIFY2(settings.contains(option), qPrintable(option));
            QCOMPARE(settings.value(option).toDouble(), arguments.last().toDouble());
            return;
        }
        QCOMPARE(settings.value("ignored").toArray(), QJsonArray({ignored}));
        QVERIFY(!messages.isEmpty());
        QVERIFY2(messages.first().toString().startsWith(reason),
                 qPrintable(messages.first().toString()));
    }

    void settingsEchoWhatShapedTheResult()
    {
        QString error;
        const QJsonObject document = simulate(
            kQuick + QStringList{"--generator", "latent", "--estimator", "lasso", "--lambda", "0.5",
                                 "--standardize", "--sweep", "0.5", "--sweep-reps", "3"},
            &error);
        QVERIFY2(!document.isEmpty(), qPrintable(error));
        const QJsonObject settings = document.value("settings").toObject();
        QCOMPARE(settings.value("estimator").toString(), QString("lasso"));
        QCOMPARE(settings.value("lambda").toDouble(), 0.5);
        QCOMPARE(settings.value("standardize").toBool(), true);
        QCOMPARE(settings.value("k").toInt(), 3);
        QCOMPARE(settings.value("levers").toInt(), 2);
        QCOMPARE(settings.value("reps").toInt(), 4);
        QCOMPARE(settings.value("sweep_reps").toInt(), 3);
        QCOMPARE(settings.value("n").toInt(), 30);
    }

    void exportRefusesOptionsThatChangeNothing()
    {
        QTemporaryDir dir;
        const Run run = leverscope(QStringList{"export", "--out", dir.filePath("out"), "--format",
                                               "csv", "--lambda", "2"} +
                                   kQuick);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(isOneLine(run.error), qPrintable(run.error));
        QVERIFY2(run.error.contains("--lambda has no effect with --estimator ols"),
                 qPrintable(run.error));
        QVERIFY(!QFile::exists(dir.filePath("out")));
    }

    void mainHelpListsEveryWayToStart()
    {
        const Run run = leverscope({"--help"});
        QCOMPARE(run.exitCode, 0);
        const QString help = QString::fromUtf8(run.output);
        for (const char* option :
             {"--csv FILE", "--target COLUMN", "--features", "--example NAME", "--presentation",
              "--session FILE", "--screenshot FILE", "--size WxH", "800x600", "0 the", "simulate",
              "fit", "presets", "export", "bench"})
            QVERIFY2(help.contains(QLatin1String(option)), option);
    }

    void benchHelpStatesItsWorkload()
    {
        const Run run = leverscope({"bench", "--help"});
        QCOMPARE(run.exitCode, 0);
        const QString help = QString::fromUtf8(run.output).simplified(); // wrapped lines joined
        for (const char* part :
             {"generator latent", "n = 1000", "p = 50", "k = 3", "2 levers", "R = 200", "c = 0.9",
              "sigma = 1", "OLS", "seed 1", "Default here: latent.", "Default here: 1000."})
            QVERIFY2(help.contains(QLatin1String(part)), part);
        for (const char* outside : {"../", "SPEC", "numpy_peer", "shared/", "issue"})
            QVERIFY2(!help.contains(QLatin1String(outside)), outside);
        QVERIFY(!help.contains("Default: proxy."));
    }

    void screenshotWithoutDisplayRendersOffscreen()
    {
        QTemporaryDir dir;
        const QString png = dir.filePath("s.png");
        const Run run = leverscope(QStringList{"--screenshot", png, "--size", "1280x800"} + kQuick,
                                   withoutDisplay());
        QVERIFY(!run.crashed);
        QVERIFY2(run.exitCode == 0, qPrintable(run.error));
        QFile file(png);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.read(8), QByteArray("\x89PNG\r\n\x1a\n", 8));
    }

    void guiWithoutDisplayIsOneLine()
    {
        const Run run = leverscope(kQuick, withoutDisplay());
        QVERIFY(!run.crashed);
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(run.error, QString("leverscope: error: no display (DISPLAY is not set); use "
                                    "--screenshot FILE to render offscreen, or a subcommand\n"));
    }
};

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
