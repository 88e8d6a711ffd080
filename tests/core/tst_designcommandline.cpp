// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
// Runs the built binary: `leverscope design` turns bad input into one line on stderr, exit code
// 2 and nothing on stdout; good input prints JSON with the documented keys.

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Run runDesign(const QStringList& options)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(LEVERSCOPE_BINARY),
                  QStringList{QStringLiteral("design")} + options);
    Run run;
    if (!process.waitForFinished(120000))
        return run;
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

} // namespace

class TestDesignCommandLine : public QObject
{
    Q_OBJECT

private slots:
    void badInputIsOneLine_data();
    void badInputIsOneLine();
    void allocationKeys();
};

void TestDesignCommandLine::badInputIsOneLine_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QString>("named"); // a word the line must contain
    QTest::newRow("unknown feature") << QStringList{"--randomize", "X7"} << "X7";
    QTest::newRow("feature twice") << QStringList{"--randomize", "X1,X1"} << "twice";
    QTest::newRow("fraction above 1") << QStringList{"--fraction", "1.5"} << "fraction";
    QTest::newRow("fraction below 0") << QStringList{"--fraction=-0.1"} << "fraction";
    QTest::newRow("fraction not a number") << QStringList{"--fraction", "abc"} << "fraction";
    QTest::newRow("negative variance")
        << QStringList{"--randomize", "X1,X2", "--variances", "1,-2"} << "variance";
    QTest::newRow("variance count")
        << QStringList{"--randomize", "X1", "--variances", "1,2"} << "variances";
    QTest::newRow("negative budget")
        << QStringList{"--allocate", "a-optimal", "--budget=-3"} << "budget";
    QTest::newRow("unknown rule") << QStringList{"--allocate", "d-optimal"} << "allocate";
    QTest::newRow("unknown generator") << QStringList{"--generator", "nope"} << "generator";
}

void TestDesignCommandLine::badInputIsOneLine()
{
    QFETCH(QStringList, options);
    QFETCH(QString, named);
    const Run run = runDesign(options + QStringList{"--reps", "10"});
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.out.isEmpty());
    QCOMPARE(run.err.count('\n'), 1);
    QVERIFY2(QString::fromUtf8(run.err).contains(named), run.err.constData());
}

// With --allocate: the A-optimal trace is at most the uniform one and the variances sum to B.
void TestDesignCommandLine::allocationKeys()
{
    const Run run = runDesign({"--generator", "latent", "--p", "5", "--fraction", "0.5",
                               "--allocate", "a-optimal", "--budget", "5", "--reps", "20"});
    QCOMPARE(run.exitCode, 0);
    const QJsonObject root = QJsonDocument::fromJson(run.out).object();
    const QJsonObject allocation = root.value("allocation").toObject();
    const QJsonArray variances = allocation.value("variances").toArray();
    QCOMPARE(variances.size(), 5);
    double sum = 0.0;
    for (const auto& v : variances)
        sum += v.toDouble();
    QVERIFY(std::abs(sum - 5.0) < 1e-9);
    QVERIFY(allocation.value("trace_inverse").toDouble() <=
            allocation.value("uniform_trace_inverse").toDouble());
    for (const char* key : {"observational", "experimental", "pooled", "combined"})
        QVERIFY(root.value("strategies").toObject().value(key).toObject().contains("limit"));
}

QTEST_GUILESS_MAIN(TestDesignCommandLine)
#include "tst_designcommandline.moc"
