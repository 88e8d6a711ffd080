// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
// One version everywhere: the number set by project() in CMakeLists.txt (given to this test by
// the build) is what `leverscope --version` prints and what saved sessions name as their
// writer; a session file given as the only argument opens like --session FILE (the desktop
// entry's %f), and a bad one is one line on stderr.

#include "io/ProgramVersion.h"
#include "io/SessionFile.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace lev::core;

namespace {

struct Run
{
    int exitCode = -1;
    bool crashed = true;
    QByteArray output;
    QString error;
};

Run leverscope(const QStringList& arguments)
{
    QTemporaryDir home;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert("XDG_RUNTIME_DIR", home.path());
    environment.insert("XDG_CONFIG_HOME", home.filePath("config"));
    environment.insert("XDG_DATA_HOME", home.filePath("data"));
    environment.insert("XDG_CACHE_HOME", home.filePath("cache"));
    environment.insert("QT_QPA_PLATFORM", "offscreen");
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

} // namespace

class TestVersioning : public QObject
{
    Q_OBJECT

private slots:
    void versionOptionPrintsTheProjectVersion_data()
    {
        QTest::addColumn<QString>("option");
        QTest::newRow("--version") << "--version";
        QTest::newRow("-v") << "-v";
    }
    void versionOptionPrintsTheProjectVersion()
    {
        QFETCH(QString, option);
        const Run run = leverscope({option});
        QVERIFY(!run.crashed);
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.output, QByteArray("leverscope " LEVERSCOPE_PROJECT_VERSION "\n"));
    }

    void programVersionIsTheProjectVersion()
    {
        QCOMPARE(ProgramVersion::number(), QStringLiteral(LEVERSCOPE_PROJECT_VERSION));
        QCOMPARE(ProgramVersion::writer(),
                 QStringLiteral("Leverscope " LEVERSCOPE_PROJECT_VERSION));
    }

    void sessionsNameTheirWriter()
    {
        const RecomputeSettings settings = RecomputeSettings::defaultsFor(GeneratorKind::Proxy);
        const QJsonObject root = QJsonDocument::fromJson(SessionFile::serialize(settings)).object();
        QCOMPARE(root.value("writer").toString(),
                 QStringLiteral("Leverscope " LEVERSCOPE_PROJECT_VERSION));
        QCOMPARE(root.value("version").toInt(), SessionFile::kVersion);
    }

    void writerFieldIsReadOrRefused_data()
    {
        QTest::addColumn<QByteArray>("writer");
        QTest::addColumn<QString>("expected"); // empty: accepted
        QTest::newRow("absent (older files)") << QByteArray() << QString();
        QTest::newRow("another version") << QByteArray(R"("Leverscope 0.1.0")") << QString();
        QTest::newRow("number") << QByteArray("3")
                                << "s.leverscope: field 'writer' must be a string";
        QTest::newRow("object") << QByteArray("{}")
                                << "s.leverscope: field 'writer' must be a string";
    }
    void writerFieldIsReadOrRefused()
    {
        QFETCH(QByteArray, writer);
        QFETCH(QString, expected);
        QByteArray text = R"({"format": "leverscope-session", "version": 1, )";
        if (!writer.isEmpty())
            text += R"("writer": )" + writer + ", ";
        text += R"("settings": {"generator": "proxy", "collinearity": 0.9}})";
        RecomputeSettings settings;
        QString error;
        const bool ok = SessionFile::parse(text, "s.leverscope", &settings, &error);
        if (expected.isEmpty()) {
            QVERIFY2(ok, qPrintable(error));
            QCOMPARE(settings.model.collinearity, 0.9);
        } else {
            QVERIFY(!ok);
            QCOMPARE(error, expected);
        }
    }

    void sessionAsOnlyArgumentOpens()
    {
        QTemporaryDir dir;
        const QString session = dir.filePath("lecture.leverscope");
        RecomputeSettings settings = RecomputeSettings::defaultsFor(GeneratorKind::Proxy);
        settings.model.collinearity = 0.9;
        settings.replications = 20;
        QString error;
        QVERIFY2(SessionFile::write(session, settings, &error), qPrintable(error));
        const QString png = dir.filePath("shot.png");
        const Run run = leverscope({session, "--screenshot", png, "--size", "800x600"});
        QVERIFY(!run.crashed);
        QVERIFY2(run.exitCode == 0, qPrintable(run.error));
        QFile file(png);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.read(8), QByteArray("\x89PNG\r\n\x1a\n"));
    }

    void badSessionAsOnlyArgumentIsOneLine_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("contents"); // empty: the file does not exist
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("expected");
        QTest::newRow("missing") << "gone.leverscope" << QByteArray() << 1 << "gone.leverscope";
        QTest::newRow("not a session")
            << "notes.txt" << QByteArray("just some notes\n") << 1 << "not valid JSON";
        QTest::newRow("neither a file nor a subcommand")
            << "simulat" << QByteArray() << 2 << "unknown subcommand 'simulat'";
    }
    void badSessionAsOnlyArgumentIsOneLine()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, contents);
        QFETCH(int, exitCode);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        QString path = name == "simulat" ? name : dir.filePath(name);
        if (!contents.isEmpty()) {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(contents);
        }
        const Run run = leverscope({path, "--screenshot", dir.filePath("shot.png")});
        QVERIFY(!run.crashed);
        QCOMPARE(run.exitCode, exitCode);
        QVERIFY2(run.error.contains(expected), qPrintable(run.error));
        QCOMPARE(run.error.trimmed().count('\n'), 0);
        QVERIFY(!QFile::exists(dir.filePath("shot.png")));
    }
};

QTEST_GUILESS_MAIN(TestVersioning)
#include "tst_versioning.moc"
