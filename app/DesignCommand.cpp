// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#include "DesignCommand.h"

#include "CommandLine.h"
#include "RunMonitor.h"
#include "Subcommand.h"
#include "design/ExperimentDesign.h"
#include "io/JsonWriter.h"

#include <algorithm>
#include <cmath>
#include <optional>

namespace lev::app {

namespace {

using core::JsonWriter;

void optionalVector(JsonWriter& json, const Eigen::VectorXd& values)
{
    if (values.size() == 0)
        json.null();
    else
        json.value(values);
}

void errorObject(JsonWriter& json, const std::optional<core::ErrorDecomposition>& error)
{
    if (!error) {
        json.null();
        return;
    }
    json.beginObject()
        .key("bias2")
        .value(error->bias2)
        .key("variance")
        .value(error->variance)
        .key("mean_squared_error")
        .value(error->meanSquaredError())
        .endObject();
}

void powerCurve(JsonWriter& json, const core::PowerCurve& curve)
{
    json.key("n_randomized").beginArray();
    for (const auto& point : curve.points)
        json.value(point.randomizedRows);
    json.endArray().key("lever_identified").beginArray();
    for (const auto& point : curve.points)
        json.value(point.exact);
    json.endArray().key("lever_identified_error").value(curve.exactError);
    json.key("lever_identified_monte_carlo").beginArray();
    for (const auto& point : curve.points)
        json.value(point.monteCarlo);
    json.endArray().key("n_randomized_for_80_percent");
    if (curve.randomizedRowsFor80Percent)
        json.value(*curve.randomizedRowsFor80Percent);
    else
        json.null();
    json.key("why_not_reached");
    if (curve.randomizedRowsFor80Percent)
        json.null();
    else
        json.value(curve.whyNotReached);
}

std::string document(const core::DesignResult& r)
{
    JsonWriter json;
    json.beginObject();
    json.key("status").value(core::recomputeStatusName(r.status));
    json.key("message").value(r.message);
    json.key("features").value(r.features);
    json.key("settings").beginObject();
    json.key("generator").value(core::generatorName(r.settings.model.generator));
    json.key("n").value(r.settings.n);
    json.key("fraction").value(r.settings.fraction);
    json.key("randomized_rows").value(r.settings.randomizedRows());
    json.key("randomized").beginArray();
    for (std::size_t j = 0; j < r.randomized.size(); ++j)
        if (r.randomized[j])
            json.value(r.features[j]);
    json.endArray();
    json.key("randomization_variances").value(r.randomizationVariances);
    json.key("reps").value(r.settings.replications);
    json.key("seed").value(static_cast<long long>(r.settings.seed));
    json.endObject();

    json.key("truth").beginObject();
    json.key("causal_weights").value(r.truth.causalWeights);
    json.key("population_weights").value(r.truth.populationWeights);
    json.key("observational_covariance").value(r.observationalCovariance);
    json.key("experimental_covariance").value(r.experimentalCovariance);
    json.endObject();

    json.key("strategies").beginObject();
    for (const auto& s : r.strategies) {
        json.key(core::designStrategyName(s.strategy)).beginObject();
        json.key("observational_rows").value(s.observationalRows);
        json.key("randomized_rows").value(s.randomizedRows);
        json.key("identifiable").value(s.identifiable);
        if (!s.message.empty())
            json.key("message").value(s.message);
        json.key("limit");
        optionalVector(json, s.limit);
        json.key("exact_sd");
        optionalVector(json, s.covariance.size() > 0
                                 ? Eigen::VectorXd(s.covariance.diagonal().cwiseSqrt())
                                 : Eigen::VectorXd());
        json.key("exact_error");
        errorObject(json, s.error);
        json.key("fitted").value(s.fitted);
        json.key("weight_mean");
        optionalVector(json, s.weightMean);
        json.key("weight_sd");
        optionalVector(json, s.weightSd);
        json.key("weight_error_mean").value(s.weightErrorMean);
        json.key("monte_carlo_error");
        errorObject(json, s.monteCarloError);
        json.endObject();
    }
    json.endObject();

    json.key("power").beginObject();
    powerCurve(json, r.experimentalPower);
    json.key("pooled").beginObject();
    powerCurve(json, r.pooledPower);
    json.endObject();
    json.endObject();

    if (r.settings.allocate) {
        const core::Allocation& a = r.allocation;
        json.key("allocation").beginObject();
        json.key("budget").value(a.budget);
        json.key("variances").value(a.variances);
        json.key("trace_inverse").value(a.traceInverse);
        json.key("uniform_trace_inverse").value(a.uniformTraceInverse);
        json.key("single_feature_trace_inverse").beginArray();
        for (const auto& t : a.singleFeatureTraceInverse)
            json.value(t);
        json.endArray();
        json.key("spectrum").value(a.spectrum);
        json.key("direction_budget").value(a.directionBudget);
        json.key("water_filling_trace_inverse").value(a.waterFillingTraceInverse);
        json.endObject();
    }
    json.endObject();
    return json.text() + "\n";
}

/// Parses "--randomize X1,X3" against the feature names; one line on a bad name.
std::optional<std::vector<int>> featureList(const QString& text,
                                            const std::vector<std::string>& names, QString* error)
{
    std::vector<int> indices;
    for (const QString& item : text.split(',')) {
        const std::string name = item.trimmed().toStdString();
        int found = -1;
        for (std::size_t j = 0; j < names.size(); ++j)
            if (names[j] == name)
                found = static_cast<int>(j);
        if (found < 0) {
            QStringList known;
            for (const auto& n : names)
                known << QString::fromStdString(n);
            *error = QStringLiteral("--randomize: unknown feature '%1' (%2)")
                         .arg(item.trimmed(), known.join(", "));
            return std::nullopt;
        }
        if (std::find(indices.begin(), indices.end(), found) != indices.end()) {
            *error = QStringLiteral("--randomize: %1 is listed twice").arg(item.trimmed());
            return std::nullopt;
        }
        indices.push_back(found);
    }
    return indices;
}

std::optional<std::vector<double>> numberList(const QString& option, const QString& text,
                                              QString* error)
{
    std::vector<double> values;
    for (const QString& item : text.split(',')) {
        bool ok = false;
        const double value = item.trimmed().toDouble(&ok);
        if (!ok || !std::isfinite(value)) {
            *error = QStringLiteral("--%1: '%2' is not a number").arg(option, item.trimmed());
            return std::nullopt;
        }
        values.push_back(value);
    }
    return values;
}

} // namespace

int DesignCommand::run(const QStringList& arguments)
{
    Subcommand command(
        "design",
        "The experiment designer: a budget of --n rows of which a fraction --fraction come from "
        "an experiment that randomizes the --randomize features (each drawn independently, "
        "N(0, v) with v its observational variance unless --variances says otherwise; arrows "
        "into it cut). Prints one JSON object: per strategy (observational: all n rows "
        "observational; experimental: the randomized rows alone; pooled: OLS on all rows; "
        "combined: inverse-variance weighting of the two parts) the exact limit and the "
        "Monte-Carlo weight mean, sd and mean weight error; the power curve of identifying the "
        "levers against the number of randomized rows, with the smallest reaching 80 % (null "
        "when never, with the reason); with --allocate a-optimal, the A-optimal randomization "
        "variances for --budget.",
        "design [options]");
    CommandLine::addGeneratorOptions(
        command.parser(), {{"n", "The budget: rows in the whole study (default 1000)."}});
    command.parser().addOptions({
        {"fraction", "pi in [0, 1]: the share of randomized rows (default 0.3).", "PI"},
        {"randomize", "The randomized features, by name (default X1).", "X1,X2"},
        {"variances", "Their randomization variances, in the order of --randomize.", "V1,V2"},
        {"allocate",
         "a-optimal: randomize every feature with the variances that minimize "
         "tr M^-1 for --budget.",
         "a-optimal"},
        {"budget",
         "The total randomization variance B for --allocate (default: the sum of the "
         "features' observational variances).",
         "B"},
    });
    int exitCode = 0;
    if (!command.parse(arguments, &exitCode))
        return exitCode;
    QString error;
    const auto base = CommandLine::generatorSettings(command.parser(), &error);
    if (!base)
        return command.fail(error, Subcommand::kUsageError);
    const QCommandLineParser& parser = command.parser();

    core::DesignSettings settings;
    settings.model = base->model;
    settings.n = parser.isSet("n") ? base->n : 1000;
    settings.replications = base->replications;
    settings.seed = base->seed;
    settings.threads = base->threads;
    if (parser.isSet("fraction")) {
        const auto value = CommandLine::number(parser, "fraction", &error);
        if (!value)
            return command.fail(error, Subcommand::kUsageError);
        settings.fraction = *value;
    }
    const auto probe = core::ExperimentDesign::featureNames(settings.model);
    std::vector<int> order = {0};
    if (parser.isSet("randomize")) {
        const auto list = featureList(parser.value("randomize"), probe, &error);
        if (!list)
            return command.fail(error, Subcommand::kUsageError);
        order = *list;
    }
    settings.randomized = order;
    std::sort(settings.randomized.begin(), settings.randomized.end());
    if (parser.isSet("variances")) {
        const auto values = numberList("variances", parser.value("variances"), &error);
        if (!values)
            return command.fail(error, Subcommand::kUsageError);
        if (values->size() != order.size())
            return command.fail(QStringLiteral("--variances: give one variance per randomized "
                                               "feature (%1), got %2")
                                    .arg(order.size())
                                    .arg(values->size()),
                                Subcommand::kUsageError);
        settings.variances.assign(probe.size(), 1.0);
        for (std::size_t i = 0; i < order.size(); ++i) {
            if (!((*values)[i] > 0.0))
                return command.fail(QStringLiteral("--variances: the variance of %1 must be "
                                                   "positive, not %2")
                                        .arg(QString::fromStdString(probe[std::size_t(order[i])]))
                                        .arg((*values)[i]),
                                    Subcommand::kUsageError);
            settings.variances[std::size_t(order[i])] = (*values)[i];
        }
    }
    if (parser.isSet("allocate")) {
        if (parser.value("allocate") != QLatin1String("a-optimal"))
            return command.fail(QStringLiteral("--allocate: unknown rule '%1' (a-optimal)")
                                    .arg(parser.value("allocate")),
                                Subcommand::kUsageError);
        settings.allocate = true;
    }
    if (parser.isSet("budget")) {
        const auto value = CommandLine::number(parser, "budget", &error);
        if (!value)
            return command.fail(error, Subcommand::kUsageError);
        if (!(*value > 0.0))
            return command.fail(
                QStringLiteral("--budget: the budget must be positive, not %1").arg(*value),
                Subcommand::kUsageError);
        settings.budget = *value;
    }
    if (const std::string problem = settings.validate(); !problem.empty())
        return command.fail(QString::fromStdString(problem), Subcommand::kUsageError);

    RunMonitor monitor(QStringLiteral("design"));
    const core::DesignResult result =
        core::ExperimentDesign::compute(settings, monitor.cancelFlag());
    monitor.finish();
    if (monitor.interrupted())
        return command.fail(QStringLiteral("interrupted; nothing was written"),
                            RunMonitor::kInterruptedExitCode);
    if (result.status == core::RecomputeStatus::InvalidSettings)
        return command.fail(QString::fromStdString(result.message), Subcommand::kUsageError);
    return Subcommand::printDocument(document(result));
}

} // namespace lev::app
