// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#include "Subcommand.h"

#include "CommandLine.h"

#include <QCoreApplication>

#include <cerrno>
#include <cstdio>
#include <cstring>

namespace lev::app {

Subcommand::Subcommand(const QString& name, const QString& description, const QString& usage)
    : m_name(name)
{
    m_parser.setApplicationDescription(description);
    m_parser.addPositionalArgument(name, QStringLiteral("The subcommand."),
                                   usage.isEmpty() ? name : usage);
    m_parser.addHelpOption();
}

bool Subcommand::parse(const QStringList& arguments, int* exitCode)
{
    QString error;
    // arguments[0] is the program and arguments[1] the subcommand itself.
    QStringList rest = arguments;
    if (rest.size() > 1)
        rest.removeAt(1);
    if (!CommandLine::parse(m_parser, rest, &error)) {
        *exitCode = fail(error, 2);
        return false;
    }
    if (m_parser.isSet("help")) {
        const QByteArray help = m_parser.helpText().toUtf8();
        std::fwrite(help.constData(), 1, static_cast<std::size_t>(help.size()), stdout);
        *exitCode = 0;
        return false;
    }
    return true;
}

bool Subcommand::parseBeforeApplication(int argc, char* argv[], int* exitCode)
{
    bool goOn = false;
    {
        // A QCoreApplication, which leaves the options alone, gives the help its program name.
        int coreArgc = argc;
        QCoreApplication core(coreArgc, argv);
        goOn = parse(QCoreApplication::arguments(), exitCode);
    }
    if (goOn && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    return goOn;
}

int Subcommand::fail(const QString& message, int exitCode) const
{
    std::fprintf(stderr, "leverscope %s: error: %s\n", qPrintable(m_name),
                 qPrintable(CommandLine::shortened(message)));
    return exitCode;
}

int Subcommand::printDocument(const std::string& document)
{
    const std::size_t written = std::fwrite(document.data(), 1, document.size(), stdout);
    if (written == document.size() && std::fflush(stdout) == 0)
        return 0;
    // A redirect onto a full disk: say so, or the caller finds a short file and exit code 1.
    std::fprintf(stderr, "leverscope: error: cannot write the output: %s\n", std::strerror(errno));
    return 1;
}

} // namespace lev::app
