// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#include "FitCommand.h"

#include "CommandLine.h"
#include "RunMonitor.h"
#include "Subcommand.h"
#include "exploration/Bootstrap.h"
#include "exploration/CrossValidation.h"
#include "exploration/DataFit.h"
#include "exploration/FitLimits.h"
#include "io/CsvReader.h"
#include "io/ResultJson.h"

#include <QFile>

#include <limits>
#include <new>
#include <optional>

namespace lev::app {

namespace {

/// An integer option in [low, high]; std::nullopt and `error` (naming `range`) set otherwise.
std::optional<long long> integerIn(const QCommandLineParser& parser, const QString& name,
                                   long long low, long long high, const QString& range,
                                   QString* error)
{
    const auto value = CommandLine::integer(parser, name, error);
    if (value && (*value < low || *value > high)) {
        *error = QStringLiteral("--%1: %2 is out of range (%3)").arg(name).arg(*value).arg(range);
        return std::nullopt;
    }
    return value;
}

} // namespace

int FitCommand::run(const QStringList& arguments)
{
    Subcommand command(
        "fit",
        "Fits a linear model to a CSV file (header row, numeric cells, ',' or ';' separated) "
        "and prints JSON: intercept and its standard error; coefficients, standard errors (OLS) "
        "and VIF keyed by column name; in-sample r2 and residual sum of squares; eigenvalues, "
        "condition number and effective rank of the features' correlation matrix; status. "
        "With --bootstrap R it adds \"bootstrap\": the SD and the 2.5, 50 and 97.5 % quantiles "
        "of each weight over R resamples of the rows; with --cv K it adds \"cross_validation\": "
        "the pooled out-of-fold r2 of K-fold cross-validation and the r2 of each fold.",
        "fit --csv FILE --target COLUMN [options]");
    QCommandLineParser& parser = command.parser();
    parser.addOptions({
        {"csv", "The CSV file to fit.", "FILE"},
        {"target", "The column to predict.", "COLUMN"},
        {"features", "Comma-separated feature columns. Default: every other column.", "A,B,..."},
        {"estimator", "ols, ridge, lasso or pcr. Default: ols.", "NAME"},
        {"lambda", "Penalty of ridge or lasso (scikit-learn's alpha). Default: 1.", "L"},
        {"components", "Principal components kept by pcr. Default: 1.", "K"},
        {"standardize", "Scale features to unit SD before fitting (ridge, lasso, pcr)."},
        {"no-intercept", "Fit without an intercept (r2 is then uncentered)."},
        {"bootstrap", "Pairs bootstrap of the weights with R resamples (2..100000).", "R"},
        {"cv", "K-fold cross-validation of the estimator (2..rows).", "K"},
        {"seed", "Random seed of the bootstrap and the folds (>= 0). Default: 1.", "S"},
    });
    int exitCode = 0;
    if (!command.parse(arguments, &exitCode))
        return exitCode;
    if (!parser.isSet("csv"))
        return command.fail("--csv FILE is required", 2);
    if (!parser.isSet("target"))
        return command.fail("--target COLUMN is required", 2);

    core::EstimatorSettings estimator;
    if (parser.isSet("estimator")) {
        const auto kind = core::estimatorFromName(parser.value("estimator").toStdString());
        if (!kind)
            return command.fail(QStringLiteral("--estimator: unknown estimator '%1' (ols, ridge, "
                                               "lasso, pcr)")
                                    .arg(parser.value("estimator")),
                                2);
        estimator.kind = *kind;
    }
    QString error;
    if (parser.isSet("lambda")) {
        const auto lambda = CommandLine::number(parser, "lambda", &error);
        if (!lambda)
            return command.fail(error, 2);
        estimator.lambda = *lambda;
    }
    if (parser.isSet("components")) {
        const auto components = CommandLine::integer(parser, "components", &error);
        if (!components)
            return command.fail(error, 2);
        estimator.components = static_cast<int>(std::clamp(*components, -1LL, 1000000LL));
    }
    estimator.standardize = parser.isSet("standardize");
    std::optional<long long> replications;
    if (parser.isSet("bootstrap")) {
        replications =
            integerIn(parser, "bootstrap", 2, core::Bootstrap::kMaxReplications,
                      QStringLiteral("2 to %1").arg(core::Bootstrap::kMaxReplications), &error);
        if (!replications)
            return command.fail(error, 2);
    }
    std::optional<long long> folds;
    if (parser.isSet("cv")) {
        folds = integerIn(parser, "cv", 2, std::numeric_limits<int>::max(),
                          QStringLiteral("2 to the number of rows"), &error);
        if (!folds)
            return command.fail(error, 2);
    }
    std::uint64_t seed = 1;
    if (parser.isSet("seed")) {
        const auto value = integerIn(parser, "seed", 0, std::numeric_limits<long long>::max(),
                                     QStringLiteral("a whole number >= 0"), &error);
        if (!value)
            return command.fail(error, 2);
        seed = static_cast<std::uint64_t>(*value);
    }

    core::CsvReader reader;
    if (!reader.readFile(QFile::encodeName(parser.value("csv")).toStdString()))
        return command.fail(QString::fromStdString(reader.errorString()), Subcommand::kInputError);
    const core::CsvTable& table = reader.table();

    const std::string targetName = parser.value("target").toStdString();
    const int target = table.columnIndex(targetName);
    if (target < 0)
        return command.fail(QStringLiteral("%1: no column named '%2'")
                                .arg(parser.value("csv"), parser.value("target")));
    std::vector<int> features;
    if (parser.isSet("features")) {
        for (const QString& name : parser.value("features").split(',')) {
            const int index = table.columnIndex(name.trimmed().toStdString());
            if (index < 0)
                return command.fail(QStringLiteral("%1: no column named '%2'")
                                        .arg(parser.value("csv"), name.trimmed()));
            if (index == target)
                return command.fail(
                    QStringLiteral("--features: '%1' is the target").arg(name.trimmed()));
            features.push_back(index);
        }
    } else {
        for (int j = 0; j < static_cast<int>(table.columns.size()); ++j)
            if (j != target)
                features.push_back(j);
    }
    if (features.empty())
        return command.fail(QStringLiteral("%1: no feature columns besides the target '%2'")
                                .arg(parser.value("csv"), parser.value("target")));
    if (const std::string problem = estimator.validate(static_cast<int>(features.size()));
        !problem.empty())
        return command.fail(QString::fromStdString(problem), 2);
    const auto rows = static_cast<long long>(table.values.rows());
    if (folds && *folds > rows)
        return command.fail(QStringLiteral("--cv: %1 folds but %2 has only %3 rows")
                                .arg(*folds)
                                .arg(parser.value("csv"))
                                .arg(rows),
                            2);

    // The limits are checked before the columns are copied.
    if (const std::string problem = core::FitLimits::check(
            rows, static_cast<long long>(features.size()), replications.value_or(0));
        !problem.empty())
        return command.fail(QStringLiteral("%1: %2 (--features A,B,...)")
                                .arg(parser.value("csv"), QString::fromStdString(problem)),
                            Subcommand::kInputError);

    const bool intercept = !parser.isSet("no-intercept");
    std::string document;
    try {
        const Eigen::MatrixXd x = core::DataFit::columns(table, features);
        const Eigen::VectorXd y = table.values.col(target);
        const core::DataFitReport report = core::DataFit::run(
            x, y, targetName, core::DataFit::columnNames(table, features), estimator, intercept);
        // The estimator was checked above: what is left is data that cannot be fitted.
        if (report.status == core::FitStatus::InvalidSettings)
            return command.fail(QStringLiteral("%1: %2").arg(
                                    parser.value("csv"), QString::fromStdString(report.message)),
                                Subcommand::kInputError);
        RunMonitor monitor(QStringLiteral("fit"));
        std::optional<core::BootstrapSummary> bootstrap;
        if (replications)
            bootstrap =
                core::Bootstrap::run(x, y, estimator, intercept, static_cast<int>(*replications),
                                     seed, 0, monitor.cancelFlag(), [&](int done, int total) {
                                         monitor.setProgress(static_cast<double>(done) / total);
                                     });
        std::optional<core::CrossValidationScore> crossValidation;
        if (folds && !monitor.interrupted()) {
            const auto scores = core::CrossValidation::run(
                x, y, {estimator}, intercept, static_cast<int>(*folds), seed, monitor.cancelFlag());
            if (!scores.empty())
                crossValidation = scores.front();
        }
        monitor.finish();
        if (monitor.interrupted())
            return command.fail(QStringLiteral("interrupted; nothing was written"),
                                RunMonitor::kInterruptedExitCode);
        document = core::ResultJson::dataFit(report, bootstrap ? &*bootstrap : nullptr,
                                             crossValidation ? &*crossValidation : nullptr, seed);
    } catch (const std::bad_alloc&) {
        return command.fail(
            QStringLiteral("%1: %2").arg(parser.value("csv"),
                                         QString::fromStdString(core::DataFit::outOfMemory(
                                             rows, static_cast<long long>(features.size())))),
            Subcommand::kInputError);
    }
    return Subcommand::printDocument(document);
}

} // namespace lev::app
