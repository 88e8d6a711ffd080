// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
// Runs the built leverscope on hostile input: very wide CSVs, devices, a FIFO, binary files and
// overflowing values must each give one line on stderr and a non-zero exit within 2 s at bounded
// memory (peak RSS of the child from getrusage); long arguments are cut in error lines; a bad
// session gives the same exit code from every entry point; Ctrl+C stops a long run.

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/types.h>

namespace {

/// "Ends quickly" is measured in the child's CPU time, which a busy machine does not inflate the
/// way it inflates wall time: a hang or a runaway loop still exceeds it by far.
constexpr qint64 kMaxMilliseconds = 2000;
/// The children's peak resident memory: the program with Qt Core takes about 20 MB.
constexpr long kMaxPeakKilobytes = 300 * 1024;

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QString error;
    qint64 milliseconds = 0; ///< CPU time (user + system) of this child
    long peakKilobytes = 0;  ///< the largest peak RSS of any child so far
};

qint64 cpuMilliseconds(const struct rusage& usage)
{
    const auto ms = [](const timeval& t) { return qint64(t.tv_sec) * 1000 + t.tv_usec / 1000; };
    return ms(usage.ru_utime) + ms(usage.ru_stime);
}

Run run(const QStringList& arguments,
        const QProcessEnvironment& environment = QProcessEnvironment::systemEnvironment())
{
    QProcess process;
    process.setProcessEnvironment(environment);
    struct rusage before = {};
    getrusage(RUSAGE_CHILDREN, &before);
    process.start(QStringLiteral(LEVERSCOPE_BINARY), arguments);
    if (!process.waitForFinished(30000)) {
        process.kill();
        process.waitForFinished();
    }
    Run result;
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = process.readAllStandardOutput();
    result.error = QString::fromUtf8(process.readAllStandardError());
    struct rusage usage = {};
    getrusage(RUSAGE_CHILDREN, &usage);
    result.milliseconds = cpuMilliseconds(usage) - cpuMilliseconds(before);
    result.peakKilobytes = usage.ru_maxrss;
    return result;
}

bool oneLine(const QString& text)
{
    return text.endsWith('\n') && text.count('\n') == 1;
}

QString writeFile(const QTemporaryDir& dir, const QString& name, const QByteArray& bytes)
{
    QFile file(dir.filePath(name));
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(file.fileName()));
    return file.fileName();
}

QByteArray wideCsv(int columns, int rows)
{
    QByteArray text = "y";
    for (int j = 1; j < columns; ++j)
        text += ",x" + QByteArray::number(j - 1);
    text += '\n';
    for (int i = 0; i < rows; ++i) {
        for (int j = 0; j < columns; ++j)
            text += (j == 0 ? "" : ",") + QByteArray::number((i * 3 + j) % 7);
        text += '\n';
    }
    return text;
}

/// Bytes of a fixed pseudo-random sequence (xorshift), as /dev/urandom would give.
QByteArray randomBytes(int size)
{
    QByteArray bytes(size, '\0');
    quint64 state = 88172645463325252ULL;
    for (char& b : bytes) {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        b = static_cast<char>(state >> 56);
    }
    return bytes;
}

} // namespace

class TestHostileInput : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_fifo;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_fifo = m_dir.filePath("pipe");
        QCOMPARE(::mkfifo(QFile::encodeName(m_fifo).constData(), 0600), 0);
        writeFile(m_dir, "wide100000.csv", wideCsv(100000, 3));
        writeFile(m_dir, "wide20000.csv", wideCsv(20000, 3));
        writeFile(m_dir, "random.bin", randomBytes(4 << 20));
        writeFile(m_dir, "random100k.bin", randomBytes(100 << 10)); // below a session's limit
        writeFile(m_dir, "huge.csv", "a,b\n1,1e308\n2,3\n3,1\n");
        writeFile(m_dir, "tiny.csv", "a,b\n1e-320,1\n2e-320,3\n3e-320,2\n");
        QDir().mkpath(m_dir.filePath("out"));
    }

    void hostileInputEndsQuickly_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("expected");
        const QString d = m_dir.path() + '/';
        const QString out = d + "out";
        QTest::newRow("fit 3 x 100 000")
            << QStringList{"fit", "--csv", d + "wide100000.csv", "--target", "y"}
            << "99999 features: at most 1000 can be fitted together";
        QTest::newRow("fit 3 x 20 000")
            << QStringList{"fit", "--csv", d + "wide20000.csv", "--target", "y"}
            << "19999 features: at most 1000 can be fitted together";
        QTest::newRow("fit /dev/zero") << QStringList{"fit", "--csv", "/dev/zero", "--target", "y"}
                                       << "/dev/zero: cannot read a character device";
        QTest::newRow("fit /dev/urandom")
            << QStringList{"fit", "--csv", "/dev/urandom", "--target", "y"}
            << "/dev/urandom: cannot read a character device";
        QTest::newRow("fit random bytes")
            << QStringList{"fit", "--csv", d + "random.bin", "--target", "y"}
            << "not a text file (binary or invalid UTF-8 content)";
        QTest::newRow("fit FIFO") << QStringList{"fit", "--csv", m_fifo, "--target", "y"}
                                  << "cannot read a FIFO (named pipe)";
        QTest::newRow("fit 1e308") << QStringList{"fit", "--csv", d + "huge.csv", "--target", "a"}
                                   << "column 'b': a value of 1e+308 is too large to square";
        QTest::newRow("fit 1e-320")
            << QStringList{"fit", "--csv", d + "tiny.csv", "--target", "b"}
            << "column 'a': its largest value, 3e-320, is too small to square";
        QTest::newRow("export --session /dev/zero")
            << QStringList{"export", "--session", "/dev/zero", "--out", out}
            << "/dev/zero: cannot read a character device";
        QTest::newRow("export --session FIFO")
            << QStringList{"export", "--session", m_fifo, "--out", out}
            << "cannot read a FIFO (named pipe)";
        QTest::newRow("export --session random bytes")
            << QStringList{"export", "--session", d + "random100k.bin", "--out", out}
            << "not a text file";
        QTest::newRow("export --session 4 MiB")
            << QStringList{"export", "--session", d + "random.bin", "--out", out}
            << "too large for a session (4194304 bytes; at most 1048576)";
        QTest::newRow("--session /dev/zero")
            << QStringList{"--session", "/dev/zero"} << "/dev/zero: cannot read a character device";
        QTest::newRow("--session FIFO")
            << QStringList{"--session", m_fifo} << "cannot read a FIFO (named pipe)";
        QTest::newRow("bench --loadings /dev/zero")
            << QStringList{"bench", "--loadings", "/dev/zero"}
            << "/dev/zero: cannot read a character device";
        QTest::newRow("bench --loadings FIFO")
            << QStringList{"bench", "--loadings", m_fifo} << "cannot read a FIFO (named pipe)";
        QTest::newRow("bench --loadings random bytes")
            << QStringList{"bench", "--loadings", d + "random.bin"} << "not a text file";
    }

    void hostileInputEndsQuickly()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, expected);
        const Run r = run(arguments);
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.out.isEmpty());
        QVERIFY2(oneLine(r.error), qPrintable(r.error));
        QVERIFY2(r.error.contains(expected), qPrintable(r.error));
        QVERIFY2(r.milliseconds < kMaxMilliseconds, qPrintable(QString::number(r.milliseconds)));
        QVERIFY2(r.peakKilobytes > 0 && r.peakKilobytes < kMaxPeakKilobytes,
                 qPrintable(QString::number(r.peakKilobytes)));
        qInfo("%s: %lld ms of CPU, peak RSS of the children so far %ld kB", QTest::currentDataTag(),
              r.milliseconds, r.peakKilobytes);
    }

    void theWayOutIsNamed()
    {
        const Run r = run({"fit", "--csv", m_dir.filePath("wide100000.csv"), "--target", "y"});
        QVERIFY2(r.error.contains("--features"), qPrintable(r.error));
        // With a few features chosen, the wide file is fitted.
        const Run chosen = run({"fit", "--csv", m_dir.filePath("wide100000.csv"), "--target", "y",
                                "--features", "x0,x5"});
        QVERIFY2(chosen.exitCode == 0, qPrintable(chosen.error));
        QVERIFY(chosen.out.contains("\"x5\""));
    }

    void longArgumentsAreCutInErrorLines_data()
    {
        QTest::addColumn<QStringList>("arguments");
        const QString longText = QString(5000, 'q');
        const QString csv = m_dir.filePath("huge.csv");
        QTest::newRow("fit --target") << QStringList{"fit", "--csv", csv, "--target", longText};
        QTest::newRow("fit --estimator")
            << QStringList{"fit", "--csv", csv, "--target", "a", "--estimator", longText};
        QTest::newRow("simulate --generator") << QStringList{"simulate", "--generator", longText};
        QTest::newRow("simulate --noise") << QStringList{"simulate", "--noise", longText};
        QTest::newRow("unknown option") << QStringList{"simulate", "--" + longText};
        QTest::newRow("missing CSV") << QStringList{"fit", "--csv", longText, "--target", "a"};
        QTest::newRow("gui --size") << QStringList{"--size", longText};
    }

    void longArgumentsAreCutInErrorLines()
    {
        QFETCH(QStringList, arguments);
        const Run r = run(arguments);
        QVERIFY(r.exitCode == 1 || r.exitCode == 2);
        QVERIFY2(oneLine(r.error), qPrintable(r.error));
        QVERIFY2(r.error.size() < 200, qPrintable(r.error));
        QVERIFY2(r.error.contains(QString(20, 'q') + "..."), qPrintable(r.error));
        QVERIFY(!r.error.contains(QString(100, 'q')));
    }

    void aBadSessionGivesOneExitCode_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::newRow("not JSON") << QByteArray("{\"format\": ");
        QTest::newRow("not a session") << QByteArray("{\"format\": \"x\"}");
        QTest::newRow("binary") << randomBytes(1000);
    }

    void aBadSessionGivesOneExitCode()
    {
        QFETCH(QByteArray, content);
        const QString path = writeFile(m_dir, "bad.leverscope", content);
        const Run gui = run({"--session", path});
        const Run exported = run({"export", "--session", path, "--out", m_dir.filePath("out")});
        QCOMPARE(gui.exitCode, 1);
        QCOMPARE(exported.exitCode, gui.exitCode);
        QVERIFY2(oneLine(gui.error) && gui.error.contains(path), qPrintable(gui.error));
        QVERIFY2(oneLine(exported.error) && exported.error.contains(path),
                 qPrintable(exported.error));
    }

    void noRuntimeDirectoryWarning()
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.remove("XDG_RUNTIME_DIR");
        environment.insert("QT_QPA_PLATFORM", "offscreen");
        const QString bad = writeFile(m_dir, "broken.leverscope", "{");
        for (const QStringList& arguments :
             {QStringList{"export", "--session", bad, "--out", m_dir.filePath("out")},
              QStringList{"--session", bad}, QStringList{"fit", "--csv", "/dev/zero"},
              QStringList{"simulate", "--noise", "x"}}) {
            const Run r = run(arguments, environment);
            QVERIFY(r.exitCode != 0);
            QVERIFY2(oneLine(r.error), qPrintable(r.error));
            QVERIFY2(!r.error.contains("XDG_RUNTIME_DIR"), qPrintable(r.error));
        }
    }

    void ctrlCStopsALongRun()
    {
        // Minutes of replications; SIGINT stops them between replications.
        QProcess process;
        process.start(QStringLiteral(LEVERSCOPE_BINARY),
                      {"simulate", "--generator", "latent", "-p", "50", "-n", "1000", "--reps",
                       "100000", "--threads", "1"});
        QVERIFY(process.waitForStarted());
        QTest::qWait(1500);
        QCOMPARE(process.state(), QProcess::Running);
        QElapsedTimer timer;
        timer.start();
        QCOMPARE(::kill(static_cast<pid_t>(process.processId()), SIGINT), 0);
        QVERIFY(process.waitForFinished(10000));
        QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(process.exitCode(), 130);
        QVERIFY(process.readAllStandardOutput().isEmpty());
        const QString error = QString::fromUtf8(process.readAllStandardError());
        QCOMPARE(error, QStringLiteral("leverscope simulate: error: interrupted; nothing was "
                                       "written\n"));
    }
};

QTEST_GUILESS_MAIN(TestHostileInput)
#include "tst_hostileinput.moc"
