#include "FitCommand.h"

#include "CommandLine.h"
#include "Subcommand.h"
#include "analysis/DataFit.h"
#include "io/CsvReader.h"
#include "io/ResultJson.h"

namespace lev::app {

int FitCommand::run(const QStringList& arguments)
{
    Subcommand command(
        "fit",
        "Fits a linear model to a CSV file (header row, numeric cells, ',' or ';' separated) "
        "and prints JSON: intercept and its standard error; coefficients, standard errors (OLS) "
        "and VIF keyed by column name; in-sample r2 and residual sum of squares; eigenvalues, "
        "condition number and effective rank of the features' correlation matrix; status.",
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

    core::CsvReader reader;
    if (!reader.readFile(parser.value("csv").toStdString()))
        return command.fail(QString::fromStdString(reader.errorString()));
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

    const core::DataFitReport report =
        core::DataFit::run(table, target, features, estimator, !parser.isSet("no-intercept"));
    return Subcommand::printDocument(core::ResultJson::dataFit(report));
}

} // namespace lev::app
