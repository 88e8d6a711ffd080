// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#pragma once
// Parsing of leverscope's command line: the subcommands of docs/math.md §6 and the generator
// options they share. Bad input becomes one line naming the problem; nothing here exits.

#include "simulation/RecomputeSettings.h"

#include <QCommandLineParser>
#include <QHash>
#include <QString>
#include <QStringList>
#include <optional>

namespace lev::app {

class CommandLine
{
public:
    /// Adds --generator, --collinearity, ... --seed, --sweep to a parser; `descriptions` replaces
    /// the help text of the options it names (e.g. a subcommand with defaults of its own).
    static void addGeneratorOptions(QCommandLineParser& parser,
                                    const QHash<QString, QString>& descriptions = {});
    /// Reads them into settings; std::nullopt and `error` set on bad input.
    static std::optional<core::RecomputeSettings>
    generatorSettings(const QCommandLineParser& parser, QString* error);
    /// One option given that changes nothing for the chosen generator and estimator.
    struct IneffectiveOption
    {
        QString name;   ///< without dashes, e.g. "lambda"
        QString reason; ///< one line, e.g. "--lambda has no effect with --estimator ols: ..."
    };
    /// The generator options given that change nothing (--lambda with ols or pcr, --k without
    /// the latent generator, ...). `sweepComputed`: whether the caller computes a sweep (else
    /// --sweep-reps is one of them).
    static QList<IneffectiveOption> ineffectiveOptions(const QCommandLineParser& parser,
                                                       const core::RecomputeSettings& settings,
                                                       bool sweepComputed);
    /// Parses `arguments` (program name first); false and `error` set on unknown options,
    /// missing values or stray positional arguments.
    static bool parse(QCommandLineParser& parser, const QStringList& arguments, QString* error);

    /// `message` as one short line: control characters become spaces, a quoted argument is cut
    /// to 40 characters, a word to 80 and the line to 400, each with "...".
    static QString shortened(const QString& message);

    /// Reads a number option strictly ("abc", "1e999", "nan" are errors).
    static std::optional<double> number(const QCommandLineParser& parser, const QString& name,
                                        QString* error);
    /// Reads --seed: a whole number from 0 to SettingsJson::kMaxSeed; a larger or negative one
    /// is "out of range (0 to 9223372036854775807)".
    static std::optional<std::uint64_t> seed(const QCommandLineParser& parser, QString* error);
    static std::optional<long long> integer(const QCommandLineParser& parser, const QString& name,
                                            QString* error);
};

} // namespace lev::app
