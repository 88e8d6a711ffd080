// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#include "ShiftedSimulation.h"

#include "CommandLine.h"
#include "Subcommand.h"
#include "environments/AnchorRegression.h"
#include "environments/EnvironmentJson.h"
#include "environments/InvariantCausalPrediction.h"
#include "io/JsonWriter.h"
#include "model/ShiftedGenerator.h"
#include "random/RandomStream.h"

#include <cmath>
#include <limits>
#include <new>
#include <optional>
#include <vector>

namespace lev::app {

namespace {

/// A comma-separated list of numbers >= 0 (gammas also take "inf").
std::optional<std::vector<double>> numberList(const QString& option, const QString& text,
                                              bool infinityAllowed, QString* error)
{
    std::vector<double> values;
    for (const QString& part : text.split(',')) {
        const QString item = part.trimmed().toLower();
        if (infinityAllowed && (item == "inf" || item == "infinity")) {
            values.push_back(std::numeric_limits<double>::infinity());
            continue;
        }
        bool ok = false;
        const double value = item.toDouble(&ok);
        if (!ok || !std::isfinite(value) || value < 0.0) {
            *error = QStringLiteral("--%1: '%2' is not a number >= 0%3")
                         .arg(option, part.trimmed(),
                              infinityAllowed ? QStringLiteral(" (or inf)") : QString());
            return std::nullopt;
        }
        values.push_back(value);
    }
    if (values.size() > 1000) {
        *error = QStringLiteral("--%1: at most 1000 values").arg(option);
        return std::nullopt;
    }
    return values;
}

void writeGamma(core::JsonWriter& json, double gamma)
{
    if (std::isinf(gamma))
        json.key("gamma").value("inf");
    else
        json.key("gamma").value(gamma);
}

} // namespace

bool ShiftedSimulation::isRequested(const QStringList& arguments)
{
    for (int i = 0; i < arguments.size(); ++i) {
        if (arguments[i] == "--generator=shifted")
            return true;
        if (arguments[i] == "--generator" && i + 1 < arguments.size() &&
            arguments[i + 1] == "shifted")
            return true;
    }
    return false;
}

int ShiftedSimulation::run(const QStringList& arguments)
{
    Subcommand command(
        "simulate",
        "The shifted generator: an anchor A (N(0, 1), or K environments) shifts the lever X1 "
        "and optionally Y's child X2; a hidden H drives X1 and Y. Prints its exact truth: the "
        "causal weights, the population OLS weights, the IV (two-stage least squares) weights "
        "where identified, the population anchor-regression weights for each --gammas value and "
        "the risk E[(Y - X w)^2] of each under a shift of each --strengths value (the anchor's "
        "spread times the strength; 1 is the training regime). With --n, adds \"sample\": "
        "anchor regression and (with --environments) invariant causal prediction on n rows.",
        "simulate --generator shifted [options]");
    QCommandLineParser& parser = command.parser();
    parser.addOptions({
        {"generator", "shifted (the other generators have their own options).", "NAME"},
        {"shift", "s, the anchor's weight on the lever X1. Default: 1.", "S"},
        {"child-shift", "t, the anchor's weight on Y's child X2. Default: 0.", "T"},
        {"confounding", "g, the hidden H's weight on X1 and on Y. Default: 0.", "G"},
        {"effect", "b, X1's causal effect on Y. Default: 1.", "B"},
        {"child-weight", "c, Y's weight on its child X2. Default: 1.", "C"},
        {"noise", "sigma, Y's own noise scale. Default: 1.", "SIGMA"},
        {"child-noise", "tau, X2's own noise scale (> 0). Default: 0.5.", "TAU"},
        {"no-child-feature", "Leave X2 out of the features (then IV is identified)."},
        {"environments",
         "K = 2..100 discrete environments of equal size instead of a continuous anchor.", "K"},
        {"gammas", "The gammas of the anchor path (>= 0 or inf). Default: 0,0.5,1,2,5,10,100,inf.",
         "G1,G2,..."},
        {"strengths", "The shift strengths of the risks (>= 0). Default: 0,1,2,3,5,10.",
         "T1,T2,..."},
        {"n", "Rows of one sample to fit (10 to 1000000). Default: none.", "N"},
        {"seed", "Random seed of the sample (>= 0). Default: 1.", "SEED"},
        {"alpha", "The level of ICP on the sample, in (0, 1). Default: 0.05.", "A"},
    });
    int exitCode = 0;
    if (!command.parse(arguments, &exitCode))
        return exitCode;
    QString error;
    core::ShiftedSettings settings;
    const std::pair<const char*, double*> weights[] = {{"shift", &settings.shift},
                                                       {"child-shift", &settings.childShift},
                                                       {"confounding", &settings.confounding},
                                                       {"effect", &settings.effect},
                                                       {"child-weight", &settings.childWeight},
                                                       {"noise", &settings.noise},
                                                       {"child-noise", &settings.childNoise}};
    for (const auto& [name, field] : weights) {
        if (!parser.isSet(name))
            continue;
        const auto value = CommandLine::number(parser, name, &error);
        if (!value)
            return command.fail(error, 2);
        *field = *value;
    }
    settings.childFeature = !parser.isSet("no-child-feature");
    if (parser.isSet("environments")) {
        const auto k = CommandLine::integer(parser, "environments", &error);
        if (!k)
            return command.fail(error, 2);
        if (*k < 2 || *k > core::ShiftedSettings::kMaxEnvironments)
            return command.fail(
                QStringLiteral("--environments: %1 is out of range (2 to 100)").arg(*k), 2);
        settings.environments = static_cast<int>(*k);
    }
    if (const std::string problem = settings.validate(); !problem.empty())
        return command.fail(QString::fromStdString(problem), 2);
    std::vector<double> gammas{0, 0.5, 1, 2, 5, 10, 100, std::numeric_limits<double>::infinity()};
    if (parser.isSet("gammas")) {
        const auto list = numberList("gammas", parser.value("gammas"), true, &error);
        if (!list)
            return command.fail(error, 2);
        gammas = *list;
    }
    std::vector<double> strengths{0, 1, 2, 3, 5, 10};
    if (parser.isSet("strengths")) {
        const auto list = numberList("strengths", parser.value("strengths"), false, &error);
        if (!list)
            return command.fail(error, 2);
        strengths = *list;
    }
    std::optional<long long> rows;
    if (parser.isSet("n")) {
        rows = CommandLine::integer(parser, "n", &error);
        if (!rows)
            return command.fail(error, 2);
        if (*rows < 10 || *rows > 1000000)
            return command.fail(
                QStringLiteral("--n: %1 is out of range (10 to 1000000)").arg(*rows), 2);
    }
    std::uint64_t seed = 1;
    if (parser.isSet("seed")) {
        if (!rows)
            return command.fail(QStringLiteral("--seed has no effect without --n"), 2);
        const auto value = CommandLine::seed(parser, &error);
        if (!value)
            return command.fail(error, 2);
        seed = *value;
    }
    double alpha = 0.05;
    if (parser.isSet("alpha")) {
        if (!rows || settings.environments == 0)
            return command.fail(
                QStringLiteral("--alpha has no effect without --n and --environments"), 2);
        const auto value = CommandLine::number(parser, "alpha", &error);
        if (!value)
            return command.fail(error, 2);
        if (!(*value > 0.0 && *value < 1.0))
            return command.fail(
                QStringLiteral("--alpha: %1 is not in (0, 1)").arg(parser.value("alpha")), 2);
        alpha = *value;
    }

    const core::ShiftedGenerator generator(settings);
    const std::vector<std::string> features = generator.featureNames();
    const Eigen::VectorXd causal = generator.causalWeights();
    const Eigen::VectorXd ols = generator.olsWeights();
    std::string ivWhy;
    const std::optional<Eigen::VectorXd> iv = generator.ivWeights(&ivWhy);

    core::JsonWriter json;
    json.beginObject();
    json.key("generator").value("shifted");
    json.key("settings").beginObject();
    json.key("shift").value(settings.shift);
    json.key("child_shift").value(settings.childShift);
    json.key("confounding").value(settings.confounding);
    json.key("effect").value(settings.effect);
    json.key("child_weight").value(settings.childWeight);
    json.key("noise").value(settings.noise);
    json.key("child_noise").value(settings.childNoise);
    json.key("child_feature").value(settings.childFeature);
    json.key("environments").value(settings.environments);
    json.endObject();
    json.key("truth").beginObject();
    json.key("features").value(features);
    json.key("causal_weights").value(causal);
    json.key("population_weights").value(ols);
    if (iv)
        json.key("iv_weights").value(*iv);
    else
        json.key("iv_weights").null().key("iv_message").value(ivWhy);
    json.key("anchor_path").beginArray();
    std::vector<std::optional<Eigen::VectorXd>> path;
    for (double gamma : gammas) {
        path.push_back(generator.anchorWeights(gamma));
        json.beginObject();
        writeGamma(json, gamma);
        if (path.back())
            json.key("weights").value(*path.back());
        else
            json.key("weights").null();
        json.endObject();
    }
    json.endArray();
    json.key("risk").beginObject();
    json.key("strengths").value(strengths);
    const auto risks = [&](const Eigen::VectorXd& w) {
        std::vector<double> out;
        for (double t : strengths)
            out.push_back(generator.risk(w, t));
        return out;
    };
    json.key("causal").value(risks(causal));
    json.key("ols").value(risks(ols));
    json.key("anchor").beginArray();
    for (std::size_t i = 0; i < gammas.size(); ++i) {
        json.beginObject();
        writeGamma(json, gammas[i]);
        if (path[i])
            json.key("risks").value(risks(*path[i]));
        else
            json.key("risks").null();
        json.endObject();
    }
    json.endArray();
    json.endObject();
    json.endObject();

    if (rows) {
        try {
            core::RandomStream random(seed);
            const core::ShiftedSample sample = generator.sample(random, static_cast<int>(*rows));
            json.key("sample").beginObject();
            json.key("n").value(*rows);
            json.key("seed").value(static_cast<long long>(seed));
            // The anchor's value, also with discrete environments (then one value per
            // environment): its population truth is that of a single anchor.
            const std::vector<std::string> anchorNames{"A"};
            const Eigen::MatrixXd anchors = sample.anchor;
            const core::AnchorRegression regression(sample.features, sample.target, anchors,
                                                    anchorNames);
            json.key("anchor_regression").beginArray();
            if (regression.problem().empty())
                for (double gamma : gammas) {
                    const core::AnchorRegressionResult fit = regression.fit(gamma);
                    json.beginObject();
                    writeGamma(json, gamma);
                    if (fit.identifiable)
                        json.key("coefficients").keyed(features, fit.coefficients);
                    else
                        json.key("coefficients").null().key("message").value(fit.message);
                    json.endObject();
                }
            json.endArray();
            if (settings.environments >= 2) {
                const core::IcpResult icp = core::InvariantCausalPrediction::run(
                    sample.features, sample.target, sample.environment, alpha);
                core::EnvironmentJson::writeIcp(json, icp, features, "environment");
            }
            json.endObject();
        } catch (const std::bad_alloc&) {
            return command.fail(QStringLiteral("--n: not enough memory for %1 rows").arg(*rows),
                                Subcommand::kInputError);
        }
    }
    json.endObject();
    return Subcommand::printDocument(json.text());
}

} // namespace lev::app
