// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#pragma once
// What every headless subcommand shares: its parser with --help, error reporting in one line
// on stderr, and writing a whole document to stdout at once (never a partial output).

#include <QCommandLineParser>
#include <QString>
#include <QStringList>
#include <string>

namespace lev::app {

class Subcommand
{
public:
    /// Exit codes: an input file that cannot be used (or a computation that failed), a bad
    /// command line. The same problem gives the same code from every entry point.
    static constexpr int kInputError = 1;
    static constexpr int kUsageError = 2;

    Subcommand(const QString& name, const QString& description, const QString& usage = {});

    QCommandLineParser& parser() { return m_parser; }
    /// Parses; on --help prints the help and sets `exitCode` to 0; on bad input prints one line
    /// and sets it to 2. Returns true when the command should go on.
    bool parse(const QStringList& arguments, int* exitCode);
    /// The same for a subcommand that draws: argv is read before its QApplication exists
    /// (QGuiApplication takes "--session", -style, -platform, ... for itself, and bad input needs
    /// no display to be reported), then the platform is made offscreen unless QT_QPA_PLATFORM
    /// asks for one (a file must not depend on a screen or a desktop theme's default font).
    bool parseBeforeApplication(int argc, char* argv[], int* exitCode);
    /// One line on stderr: "leverscope NAME: error: MESSAGE" (CommandLine::shortened). Returns
    /// the exit code to use.
    int fail(const QString& message, int exitCode = 1) const;
    /// Writes the document to stdout in one piece; returns 0, or 1 with one line on stderr
    /// naming the cause ("No space left on device") if stdout failed.
    static int printDocument(const std::string& document);

private:
    QString m_name;
    QCommandLineParser m_parser;
};

} // namespace lev::app
