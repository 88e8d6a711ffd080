// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#include "FitCommand.h"

#include "CommandLine.h"
#include "DiagnosticOptions.h"
#include "EnvironmentOptions.h"
#include "LearnerFit.h"
#include "LearnerOptions.h"
#include "RunMonitor.h"
#include "Subcommand.h"
#include "environments/EnvironmentJson.h"
#include "exploration/Bootstrap.h"
#include "exploration/CrossValidation.h"
#include "exploration/DataFit.h"
#include "exploration/FitLimits.h"
#include "io/CsvReader.h"
#include "io/CsvSelection.h"
#include "io/ResultJson.h"

#include <QFile>

#include <algorithm>
#include <limits>
#include <new>
#include <numeric>
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

/// The options that change nothing for `kind`; each is refused with one line.
QString inapplicableOption(const QCommandLineParser& parser, core::EstimatorKind kind)
{
    using core::EstimatorKind;
    const QString name = QString::fromStdString(core::estimatorName(kind));
    const bool penalized = kind == EstimatorKind::Ridge || kind == EstimatorKind::Lasso;
    if (parser.isSet("lambda") && !penalized)
        return QStringLiteral("--lambda has no effect with --estimator %1 (only ridge and lasso "
                              "have a penalty)")
            .arg(name);
    if (parser.isSet("components") && kind != EstimatorKind::Pcr)
        return QStringLiteral("--components has no effect with --estimator %1 (only pcr keeps "
                              "components)")
            .arg(name);
    for (const char* option : {"max-iter", "tolerance"})
        if (parser.isSet(option) && kind != EstimatorKind::Lasso)
            return QStringLiteral("--%1 has no effect with --estimator %2 (only lasso iterates)")
                .arg(QLatin1String(option), name);
    if (parser.isSet("standardize") && kind == EstimatorKind::Ols)
        return QStringLiteral("--standardize has no effect with --estimator ols (least squares "
                              "weights in original units do not depend on the scale)");
    if (parser.isSet("seed") && !parser.isSet("bootstrap") && !parser.isSet("cv"))
        return QStringLiteral("--seed has no effect without --bootstrap or --cv");
    return {};
}

} // namespace

int FitCommand::run(const QStringList& arguments)
{
    Subcommand command(
        "fit",
        "Fits a linear model to a CSV file (header row, ',' or ';' separated; with ';' a decimal "
        "comma is read as a point) and prints JSON: intercept and its standard error; "
        "coefficients, standard errors (OLS) and VIF keyed by column name; in-sample r2 and "
        "residual sum of squares; eigenvalues, condition number and effective rank of the "
        "features' correlation matrix; status (ok, not_identifiable, invalid_settings or "
        "not_converged); \"messages\", which says why any value is null; \"settings\", every "
        "option that shaped the result; rows_used and rows_dropped. "
        "Only the target and feature columns must be numeric; other columns are ignored, "
        "whatever they hold. A missing value (empty, NA, NaN, '.') in them is an error unless "
        "--drop-missing is given. "
        "With --standardize the features are scaled to unit SD for the fit, but the weights "
        "(and intercept) are reported in the original units of the features. effective_rank "
        "counts the correlation matrix's eigenvalues above p * 2.2e-16 * the largest (p "
        "features, 2.2e-16 the double-precision machine epsilon); when it is below p the "
        "condition number and the VIFs are null (infinite). "
        "With --bootstrap R it adds \"bootstrap\": the SD and the 2.5, 50 and 97.5 % quantiles "
        "of each weight over R resamples of the rows; with --cv K it adds \"cross_validation\": "
        "the pooled out-of-fold r2 of K-fold cross-validation and the r2 of each fold. An "
        "option that has no effect on the chosen estimator is refused.",
        "fit --csv FILE --target COLUMN [options]");
    QCommandLineParser& parser = command.parser();
    parser.addOptions({
        {"csv", "The CSV file to fit.", "FILE"},
        {"target", "The column to predict.", "COLUMN"},
        {"features", "Comma-separated feature columns. Default: every other column.", "A,B,..."},
        {"drop-missing",
         "Drop the rows with a missing value (empty, NA, NaN, '.') in the target or a feature; "
         "rows_used and rows_dropped count them. Without it such a value is an error."},
        {"estimator", "ols, ridge, lasso or pcr. Default: ols.", "NAME"},
        {"lambda", "Penalty of ridge or lasso (scikit-learn's alpha). Default: 1.", "L"},
        {"components", "Principal components kept by pcr. Default: 1.", "K"},
        {"standardize",
         "Scale features to unit SD before fitting (ridge, lasso, pcr); the weights are still "
         "reported in the features' original units."},
        {"max-iter",
         QStringLiteral("Lasso: coordinate-descent sweeps at most (a whole number >= 1). "
                        "Default: %1; status is not_converged when they run out.")
             .arg(core::EstimatorSettings::kDefaultMaxIterations),
         "N"},
        {"tolerance",
         "Lasso: converged when the duality gap is below this times the target's sum of "
         "squares about its mean (a number > 0). Default: 1e-12.",
         "T"},
        {"no-intercept", "Fit without an intercept (r2 is then uncentered)."},
        {"bootstrap", "Pairs bootstrap of the weights with R resamples (2..100000).", "R"},
        {"cv", "K-fold cross-validation of the estimator (2..rows).", "K"},
        {"seed",
         "Random seed of the bootstrap and the folds (>= 0; only with --bootstrap or --cv). "
         "Default: 1.",
         "S"},
    });
    DiagnosticOptions diagnostics; // categorical features, --diagnostics, --sensitivity, --robust
    DiagnosticOptions::addTo(parser);
    parser.addOptions(EnvironmentOptions::options());
    LearnerOptions::addTo(parser, "With --learner xgboost: the column of the partial dependence "
                                  "curve. Default: the first feature. The learner trains one "
                                  "model on all rows and reports 5-fold cross-validated r2 "
                                  "unless --cv says otherwise.");
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
    if (parser.isSet("max-iter")) {
        const auto sweeps = integerIn(parser, "max-iter", 1, std::numeric_limits<int>::max(),
                                      QStringLiteral("a whole number >= 1"), &error);
        if (!sweeps)
            return command.fail(error, 2);
        estimator.maxIterations = static_cast<int>(*sweeps);
    }
    if (parser.isSet("tolerance")) {
        const auto tolerance = CommandLine::number(parser, "tolerance", &error);
        if (!tolerance)
            return command.fail(error, 2);
        if (!(*tolerance > 0.0))
            return command.fail(QStringLiteral("--tolerance: %1 is not a number > 0")
                                    .arg(parser.value("tolerance").trimmed()),
                                2);
        estimator.tolerance = *tolerance;
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
    std::optional<core::LearnerSettings> learner;
    if (LearnerOptions::requested(parser) && !(learner = LearnerOptions::read(parser, &error)))
        return command.fail(error, 2);
    QString unused = LearnerOptions::inapplicable(parser, LearnerFit::linearOnlyOptions());
    if (unused.isEmpty() && !learner)
        unused = inapplicableOption(parser, estimator.kind);
    if (!unused.isEmpty())
        return command.fail(unused, 2);
    const bool dropMissing = parser.isSet("drop-missing");
    if (!diagnostics.read(parser, estimator.kind == core::EstimatorKind::Ols, &error))
        return command.fail(error, 2);
    EnvironmentOptions environments;
    if (!environments.read(parser, &error))
        return command.fail(error, 2);

    core::CsvReader reader;
    reader.setKeepNonNumeric(true); // only the chosen columns need to be numbers
    if (!reader.readFile(QFile::encodeName(parser.value("csv")).toStdString()))
        return command.fail(QString::fromStdString(reader.errorString()), Subcommand::kInputError);
    const core::CsvTable& file = reader.table();

    const std::string targetName = parser.value("target").toStdString();
    const int fileTarget = file.columnIndex(targetName);
    if (fileTarget < 0)
        return command.fail(QStringLiteral("%1: no column named '%2'")
                                .arg(parser.value("csv"), parser.value("target")));
    std::vector<int> chosen; // the features, then the target
    if (parser.isSet("features")) {
        for (const QString& name : parser.value("features").split(',')) {
            const int index = file.columnIndex(name.trimmed().toStdString());
            if (index < 0)
                return command.fail(QStringLiteral("%1: no column named '%2'")
                                        .arg(parser.value("csv"), name.trimmed()));
            if (index == fileTarget)
                return command.fail(
                    QStringLiteral("--features: '%1' is the target").arg(name.trimmed()));
            if (std::find(chosen.begin(), chosen.end(), index) != chosen.end())
                return command.fail(
                    QStringLiteral("--features: '%1' is named twice").arg(name.trimmed()), 2);
            chosen.push_back(index);
        }
    } else {
        for (int j = 0; j < static_cast<int>(file.columns.size()); ++j)
            if (j != fileTarget && !environments.usesColumn(file.columns[j]))
                chosen.push_back(j);
    }
    if (chosen.empty())
        return command.fail(QStringLiteral("%1: no feature columns besides the target '%2'")
                                .arg(parser.value("csv"), parser.value("target")));
    if (const std::string problem = estimator.validate(static_cast<int>(chosen.size()));
        !problem.empty())
        return command.fail(QString::fromStdString(problem), 2);
    // The limits are checked before the columns are copied.
    if (const std::string problem =
            core::FitLimits::check(static_cast<long long>(file.values.rows()),
                                   static_cast<long long>(chosen.size()), replications.value_or(0));
        !problem.empty())
        return command.fail(QStringLiteral("%1: %2 (--features A,B,...)")
                                .arg(parser.value("csv"), QString::fromStdString(problem)),
                            Subcommand::kInputError);
    chosen.push_back(fileTarget);
    core::CsvTable design; // with indicator columns for the categorical features
    const bool categorical = diagnostics.needsFactors(file, chosen, parser.isSet("features"));
    if (categorical &&
        !diagnostics.encodeFactors(file, parser.value("csv"), chosen, parser.isSet("features"),
                                   dropMissing, &design, &error, &exitCode))
        return command.fail(error, exitCode);

    core::CsvSelection selection;
    bool selected = false;
    try {
        selected = selection.select(categorical ? design : file, chosen, dropMissing);
    } catch (const std::bad_alloc&) {
        return command.fail(
            QStringLiteral("%1: %2").arg(parser.value("csv"),
                                         QString::fromStdString(core::DataFit::outOfMemory(
                                             static_cast<long long>(file.values.rows()),
                                             static_cast<long long>(chosen.size() - 1)))),
            Subcommand::kInputError);
    }
    if (!selected) {
        QString message = QString::fromStdString(selection.errorString());
        if (selection.problem() == core::CsvSelection::Problem::Missing)
            message += QStringLiteral("; use --drop-missing to drop incomplete rows");
        else if (selection.problem() == core::CsvSelection::Problem::Text &&
                 !parser.isSet("features"))
            message += QStringLiteral(" (--features A,B,... chooses the features)");
        return command.fail(message, Subcommand::kInputError);
    }
    std::optional<std::string> environmentSections;
    if (environments.requested()) {
        environmentSections = environments.run(file, chosen, dropMissing, &error, &exitCode);
        if (!environmentSections)
            return command.fail(error, exitCode);
    }
    reader.takeTable(); // the file's other columns are no longer needed
    const core::CsvTable table = selection.takeTable();
    std::vector<int> features(chosen.size() - 1);
    std::iota(features.begin(), features.end(), 0);
    const int target = static_cast<int>(features.size());
    if (!diagnostics.checkColumns(core::DataFit::columnNames(table, features), &error))
        return command.fail(error, 2);
    const auto rows = static_cast<long long>(table.values.rows());
    if (folds && *folds > rows)
        return command.fail(QStringLiteral("--cv: %1 folds but %2 has only %3 rows")
                                .arg(*folds)
                                .arg(parser.value("csv"))
                                .arg(rows),
                            2);

    const bool intercept = !parser.isSet("no-intercept");
    std::string document;
    try {
        const Eigen::MatrixXd x = core::DataFit::columns(table, features);
        const Eigen::VectorXd y = table.values.col(target);
        if (learner)
            return LearnerFit::run(command, parser, x, y, targetName,
                                   core::DataFit::columnNames(table, features), *learner, folds,
                                   seed, dropMissing, selection.rowsDropped());
        core::DataFitReport report = core::DataFit::run(
            x, y, targetName, core::DataFit::columnNames(table, features), estimator, intercept);
        report.dropMissing = dropMissing;
        report.rowsDropped = selection.rowsDropped();
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
        if (diagnostics.active() &&
            !diagnostics.extend(x, y, report.features, intercept, &document, &error))
            return command.fail(error, Subcommand::kInputError);
        if (environmentSections)
            document = core::EnvironmentJson::merged(document, *environmentSections);
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
