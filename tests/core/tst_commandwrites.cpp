// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
// The built `leverscope` binary on writes and seeds: on a full disk `export --save-session` and
// `export --out` fail with one line naming the cause and a non-zero exit, keeping the previous
// session and export files; output to a full stdout is an error with its cause; a 64-bit seed
// survives --save-session and --session exactly; a seed out of range is refused with the range.

#include "io/SessionFile.h"

#include "FullFileSystem.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using lev::core::RecomputeSettings;
using lev::core::SessionFile;
using lev::test::fileContents;
using lev::test::FullFileSystem;

namespace {

/// A small state keeps each run short; the numbers do not matter here.
const QStringList kQuick{"--n", "30", "--reps", "4", "--sweep-reps", "2", "--threads", "1"};

struct Run
{
    int exitCode = -1;
    QString error;
};

Run leverscope(const QStringList& arguments)
{
    // The export's QApplication warns on stderr without a runtime folder; give it one.
    QTemporaryDir runtime;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert("XDG_RUNTIME_DIR", runtime.path());
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(LEVERSCOPE_BINARY), arguments);
    Run run;
    if (!process.waitForFinished(120000) || process.exitStatus() != QProcess::NormalExit)
        return run;
    run.exitCode = process.exitCode();
    run.error = QString::fromLocal8Bit(process.readAllStandardError());
    return run;
}

bool isOneLine(const QString& text)
{
    return text.endsWith('\n') && text.count('\n') == 1;
}

} // namespace

class TestCommandWrites : public QObject
{
    Q_OBJECT

private slots:
    void aFullDiskKeepsTheSavedSession()
    {
        FullFileSystem disk;
        LEVERSCOPE_SKIP_WITHOUT_FULL_DISK(disk);
        QTemporaryDir out;
        const QString session = disk.filePath("good.leverscope");
        Run first = leverscope(QStringList{"export", "--out", out.filePath("o"), "--format", "csv",
                                           "--save-session", session} +
                               kQuick);
        QVERIFY2(first.exitCode == 0, qPrintable(first.error));
        const QByteArray previous = fileContents(session);
        QVERIFY(previous.contains("leverscope-session"));

        QVERIFY(disk.fill());
        const Run second =
            leverscope(QStringList{"export", "--out", out.filePath("o2"), "--format", "csv",
                                   "--collinearity", "0.7", "--save-session", session} +
                       kQuick);
        disk.release();
        QVERIFY2(second.exitCode != 0 && isOneLine(second.error), qPrintable(second.error));
        QVERIFY2(second.error.contains(disk.expectedCause()), qPrintable(second.error));
        QCOMPARE(fileContents(session), previous);
        QCOMPARE(FullFileSystem::entries(disk.path()), QStringList{"good.leverscope"});
    }

    void aFullDiskLeavesTheExportFolderAsItWas()
    {
        FullFileSystem disk;
        LEVERSCOPE_SKIP_WITHOUT_FULL_DISK(disk);
        for (const char* name : {"draw.csv", "weights.png"}) {
            QFile file(disk.filePath(name));
            QVERIFY(file.open(QIODevice::WriteOnly));
            QCOMPARE(file.write(QByteArray("old ") + name), qint64(qstrlen(name) + 4));
        }
        QVERIFY(disk.fill());
        const Run run =
            leverscope(QStringList{"export", "--out", disk.path(), "--format", "csv,png"} + kQuick);
        disk.release();
        QVERIFY2(run.exitCode != 0 && isOneLine(run.error), qPrintable(run.error));
        QVERIFY2(run.error.contains(disk.expectedCause()), qPrintable(run.error));
        QCOMPARE(FullFileSystem::entries(disk.path()), (QStringList{"draw.csv", "weights.png"}));
        QCOMPARE(fileContents(disk.filePath("draw.csv")), QByteArray("old draw.csv"));
        QCOMPARE(fileContents(disk.filePath("weights.png")), QByteArray("old weights.png"));
    }

    void seedsRoundTripThroughASession_data()
    {
        QTest::addColumn<QString>("seed");
        QTest::newRow("0") << "0";
        QTest::newRow("2^53 + 1") << "9007199254740993";
        QTest::newRow("2^63 - 1") << "9223372036854775807";
    }

    void seedsRoundTripThroughASession()
    {
        QFETCH(QString, seed);
        QTemporaryDir dir;
        const QString session = dir.filePath("s.leverscope");
        const Run save = leverscope(QStringList{"export", "--out", dir.filePath("direct"),
                                                "--format", "csv", "--generator", "latent",
                                                "--seed", seed, "--save-session", session} +
                                    kQuick);
        QVERIFY2(save.exitCode == 0, qPrintable(save.error));
        RecomputeSettings settings;
        QString error;
        QVERIFY2(SessionFile::read(session, &settings, &error), qPrintable(error));
        QCOMPARE(quint64{settings.seed}, seed.toULongLong());
        QCOMPARE(quint64{settings.model.loadingSeed}, seed.toULongLong());

        // The session gives the same draw as the seed on the command line.
        const Run load = leverscope(QStringList{"export", "--session", session, "--out",
                                                dir.filePath("again"), "--format", "csv"});
        QVERIFY2(load.exitCode == 0, qPrintable(load.error));
        const QByteArray direct = fileContents(dir.filePath("direct/draw.csv"));
        QVERIFY(direct.size() > 100);
        QCOMPARE(fileContents(dir.filePath("again/draw.csv")), direct);
    }

    void aFullStandardOutputIsAnError_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("simulate") << (QStringList{"simulate"} + kQuick);
        QTest::newRow("presets") << QStringList{"presets"};
    }

    void aFullStandardOutputIsAnError()
    {
        // /dev/full takes no byte: every write fails with ENOSPC, for any user.
        if (!QFile::exists("/dev/full")) {
            QTest::qSkip("/dev/full does not exist here", __FILE__, __LINE__);
            return;
        }
        QFETCH(QStringList, arguments);
        QProcess process;
        process.setStandardOutputFile("/dev/full");
        process.start(QStringLiteral(LEVERSCOPE_BINARY), arguments);
        QVERIFY(process.waitForFinished(120000));
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        const QString error = QString::fromLocal8Bit(process.readAllStandardError());
        QCOMPARE(process.exitCode(), 1);
        QVERIFY2(isOneLine(error) && error.contains(QString::fromLocal8Bit(std::strerror(ENOSPC))),
                 qPrintable(error));
    }

    void aSeedOutOfRangeNamesTheRange_data()
    {
        QTest::addColumn<QString>("seed");
        QTest::addColumn<QString>("expected");
        const QString range = "out of range (0 to 9223372036854775807)";
        QTest::newRow("2^64 - 1") << "18446744073709551615"
                                  << "--seed: 18446744073709551615 is " + range;
        QTest::newRow("2^63") << "9223372036854775808"
                              << "--seed: 9223372036854775808 is " + range;
        QTest::newRow("negative") << "-1"
                                  << "--seed: -1 is " + range;
        QTest::newRow("fraction") << "1.5"
                                  << "--seed: '1.5' is not a whole number";
        QTest::newRow("text") << "abc"
                              << "--seed: 'abc' is not a whole number";
    }

    void aSeedOutOfRangeNamesTheRange()
    {
        QFETCH(QString, seed);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        const Run run = leverscope({"export", "--out", dir.filePath("o"), "--seed", seed});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(isOneLine(run.error) && run.error.contains(expected), qPrintable(run.error));
        QVERIFY(!QFile::exists(dir.filePath("o")));
    }
};

QTEST_GUILESS_MAIN(TestCommandWrites)
#include "tst_commandwrites.moc"
