// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
// The manual page leverscope(1), generated at build time from the program's help
// (scripts/manpage.py), documents every subcommand the main help lists and every option each
// subcommand's help lists, carries the project's version, and formats without a warning from
// groff, the formatter man(1) uses.

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>

namespace {

QByteArray run(const QStringList& arguments)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert("QT_QPA_PLATFORM", "offscreen");
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(LEVERSCOPE_BINARY), arguments);
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit ||
        process.exitCode() != 0)
        return {};
    return process.readAllStandardOutput();
}

/// The page's source with roff's minus signs as plain hyphens.
QString manualPage()
{
    QFile file(QStringLiteral(LEVERSCOPE_MANPAGE));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromLatin1(file.readAll()).replace(QLatin1String("\\-"), QLatin1String("-"));
}

/// The text of one `.SH "TITLE"` section, up to the next .SH.
QString section(const QString& page, const QString& title)
{
    const QString heading = QStringLiteral(".SH \"%1\"\n").arg(title);
    const int start = page.indexOf(heading);
    if (start < 0)
        return {};
    const int end = page.indexOf(QLatin1String("\n.SH "), start + heading.size());
    return page.mid(start, end < 0 ? -1 : end - start);
}

/// The long options (--name) a help text lists at the start of its option lines.
QStringList listedOptions(const QByteArray& help)
{
    QStringList options;
    static const QRegularExpression line(QStringLiteral("^ {1,6}(?:-\\w, )?(--[a-z0-9-]+)"),
                                         QRegularExpression::MultilineOption);
    auto it = line.globalMatch(QString::fromUtf8(help));
    while (it.hasNext())
        options << it.next().captured(1);
    return options;
}

} // namespace

class TestManPage : public QObject
{
    Q_OBJECT

private slots:
    void pageExistsWithTheVersion()
    {
        const QString page = manualPage();
        QVERIFY2(!page.isEmpty(), LEVERSCOPE_MANPAGE " is missing or empty");
        QVERIFY(page.contains(QLatin1String(".TH LEVERSCOPE 1 ")));
        QVERIFY(page.contains(QLatin1String("\"leverscope " LEVERSCOPE_PROJECT_VERSION "\"")));
    }

    void mainHelpOptionsAreDocumented()
    {
        const QByteArray help = run({"--help"});
        QVERIFY(!help.isEmpty());
        const QStringList options = listedOptions(help);
        QVERIFY2(options.size() >= 8, qPrintable(options.join(' ')));
        const QString description = manualPage()
                                        .section(QLatin1String("\n.SH DESCRIPTION\n"), 1)
                                        .section(QLatin1String("\n.SH "), 0, 0);
        QVERIFY(!description.isEmpty());
        for (const QString& option : options)
            QVERIFY2(description.contains(option), qPrintable(option));
    }

    void everySubcommandAndOptionIsDocumented_data()
    {
        QTest::addColumn<QString>("subcommand");
        // The subcommands are the two-space-indented words under the main help's heading.
        const QString help = QString::fromUtf8(run({"--help"}));
        const QString list = help.section(QLatin1String("Subcommands"), 1).section("\n\n", 0, 0);
        static const QRegularExpression item(QStringLiteral("^  ([a-z][a-z0-9-]*)  "),
                                             QRegularExpression::MultilineOption);
        auto it = item.globalMatch(list);
        int count = 0;
        while (it.hasNext()) {
            const QString name = it.next().captured(1);
            QTest::newRow(qPrintable(name)) << name;
            ++count;
        }
        // simulate, fit, presets, export and bench at least: the parsing above found them.
        QVERIFY2(count >= 5, qPrintable(list));
    }
    void everySubcommandAndOptionIsDocumented()
    {
        QFETCH(QString, subcommand);
        const QString text = section(manualPage(), "LEVERSCOPE " + subcommand.toUpper());
        QVERIFY2(!text.isEmpty(), qPrintable("no section for " + subcommand));
        const QStringList options = listedOptions(run({subcommand, "--help"}));
        QVERIFY2(options.contains("--help"), qPrintable(subcommand));
        for (const QString& option : options)
            QVERIFY2(text.contains("\\fB" + option + "\\fR"),
                     qPrintable(subcommand + ": " + option + " is not an item"));
    }

    void groffFormatsItWithoutWarnings()
    {
        const QString groff = QStandardPaths::findExecutable("groff");
        if (groff.isEmpty())
            QSKIP("groff is not installed (Debian: groff-base)");
        QProcess process;
        process.start(groff, {"-man", "-ww", "-z", "-Tutf8", QStringLiteral(LEVERSCOPE_MANPAGE)});
        QVERIFY(process.waitForFinished(60000));
        QCOMPARE(process.exitCode(), 0);
        const QByteArray warnings = process.readAllStandardError();
        QVERIFY2(warnings.isEmpty(), warnings.constData());
    }
};

QTEST_GUILESS_MAIN(TestManPage)
#include "tst_manpage.moc"
