// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#include "environments/EnvironmentsStudy.h"

#include "environments/AnchorRegression.h"
#include "random/RandomStream.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <limits>
#include <numeric>

namespace lev::core {

namespace {

constexpr int kPathPointsPerDecade = 10;
constexpr int kStrengthPoints = 61;
constexpr int kTerciles = 3;

/// Group per row: the environment, or with a continuous anchor its tercile (low, middle, high).
void groupRows(EnvironmentsResult& result)
{
    const ShiftedSample& sample = result.sample;
    const auto n = sample.target.size();
    result.group.resize(n);
    if (result.settings.model.environments >= 2) {
        for (Eigen::Index i = 0; i < n; ++i)
            result.group[i] = static_cast<int>(sample.environment[i]);
        for (int e = 0; e < result.settings.model.environments; ++e)
            result.groupNames.push_back("environment " + std::to_string(e + 1));
    } else {
        std::vector<Eigen::Index> order(static_cast<std::size_t>(n));
        std::iota(order.begin(), order.end(), Eigen::Index(0));
        std::stable_sort(order.begin(), order.end(), [&sample](Eigen::Index a, Eigen::Index b) {
            return sample.anchor[a] < sample.anchor[b];
        });
        for (Eigen::Index rank = 0; rank < n; ++rank)
            result.group[order[static_cast<std::size_t>(rank)]] =
                static_cast<int>(rank * kTerciles / n);
        result.groupNames = {"low A (lowest third)", "middle A", "high A (highest third)"};
        result.groupsAreTerciles = true;
    }
    const auto groups = static_cast<Eigen::Index>(result.groupNames.size());
    result.groupMeans = Eigen::MatrixXd::Zero(groups, 2);
    Eigen::VectorXd counts = Eigen::VectorXd::Zero(groups);
    for (Eigen::Index i = 0; i < n; ++i) {
        const int g = result.group[i];
        result.groupMeans(g, 0) += sample.features(i, 0);
        result.groupMeans(g, 1) += sample.target[i];
        counts[g] += 1.0;
    }
    for (Eigen::Index g = 0; g < groups; ++g)
        if (counts[g] > 0)
            result.groupMeans.row(g) /= counts[g];
}

NamedWeights named(const std::string& name, double gamma, const Eigen::VectorXd& weights,
                   double intercept = 0.0)
{
    return NamedWeights{name, gamma, weights, intercept};
}

} // namespace

std::string EnvironmentsStudy::gammaText(double gamma)
{
    if (std::isinf(gamma))
        return "∞";
    char text[32];
    std::snprintf(text, sizeof text, "%.3g", gamma);
    return text;
}

EnvironmentsResult EnvironmentsStudy::compute(const EnvironmentsSettings& settings,
                                              const std::atomic<bool>* cancel)
{
    EnvironmentsResult result;
    result.settings = settings;
    result.message = settings.validate();
    if (!result.ok())
        return result;
    const ShiftedGenerator generator(settings.model);
    result.features = generator.featureNames();
    result.causal = generator.causalWeights();
    result.ols = generator.olsWeights();
    result.iv = generator.ivWeights(&result.ivMessage);

    // The path: 0, the log grid, infinity.
    result.pathGammas.push_back(0.0);
    const int decades =
        static_cast<int>(std::lround(std::log10(result.kPathHigh / result.kPathLow)));
    for (int k = 0; k <= decades * kPathPointsPerDecade; ++k)
        result.pathGammas.push_back(result.kPathLow *
                                    std::pow(10.0, double(k) / kPathPointsPerDecade));
    result.pathGammas.push_back(std::numeric_limits<double>::infinity());
    for (double gamma : result.pathGammas)
        result.populationPath.push_back(generator.anchorWeights(gamma));
    result.populationAtGamma = generator.anchorWeights(settings.gamma);

    // The risks: OLS, anchor at gamma, IV, causal, over strengths 0 .. past the chosen one.
    const double top = std::max(4.0, std::ceil(1.5 * settings.riskStrength));
    for (int k = 0; k < kStrengthPoints; ++k)
        result.strengths.push_back(top * k / (kStrengthPoints - 1));
    std::vector<NamedWeights> curves{named("OLS (γ = 1)", 1.0, result.ols)};
    if (settings.gamma != 1.0 && !std::isinf(settings.gamma) && result.populationAtGamma)
        curves.push_back(named("anchor, γ = " + gammaText(settings.gamma), settings.gamma,
                               *result.populationAtGamma));
    if (result.iv)
        curves.push_back(named("IV (γ → ∞)", std::numeric_limits<double>::infinity(), *result.iv));
    curves.push_back(
        named("causal weights", std::numeric_limits<double>::quiet_NaN(), result.causal));
    for (NamedWeights& weights : curves) {
        RiskCurve curve;
        for (double t : result.strengths)
            curve.risks.push_back(generator.risk(weights.weights, t));
        curve.atCompared = generator.risk(weights.weights, settings.riskStrength);
        curve.weights = std::move(weights);
        result.risks.push_back(std::move(curve));
    }
    // b_gamma minimizes r'S0 r + gamma (r'a)^2, the risk at strength sqrt(gamma) (§10).
    result.bestGamma = settings.riskStrength * settings.riskStrength;
    if (const auto best = generator.anchorWeights(result.bestGamma))
        result.bestRisk = generator.risk(*best, settings.riskStrength);

    RandomStream random(settings.seed);
    result.sample = generator.sample(random, settings.n);
    groupRows(result);
    result.featureMeans = result.sample.features.colwise().mean();
    const Eigen::MatrixXd anchors = result.sample.anchor;
    const AnchorRegression regression(result.sample.features, result.sample.target, anchors, {"A"});
    for (double gamma : result.pathGammas) {
        if (cancel && cancel->load(std::memory_order_relaxed))
            return result; // large n: each fit is a pass over every row
        if (!regression.problem().empty()) {
            result.samplePath.emplace_back();
            continue;
        }
        const AnchorRegressionResult fit = regression.fit(gamma);
        result.samplePath.push_back(fit.identifiable ? std::optional(fit.coefficients)
                                                     : std::nullopt);
    }
    if (regression.problem().empty()) {
        const auto add = [&](const std::string& name, double gamma) {
            const AnchorRegressionResult fit = regression.fit(gamma);
            if (fit.identifiable)
                result.fits.push_back(named(name, gamma, fit.coefficients, fit.intercept));
        };
        add("OLS (γ = 1)", 1.0);
        if (settings.gamma != 1.0 && !std::isinf(settings.gamma))
            add("anchor, γ = " + gammaText(settings.gamma), settings.gamma);
        if (result.iv)
            add("IV (γ → ∞)", std::numeric_limits<double>::infinity());
    }

    const std::string problem =
        InvariantCausalPrediction::validate(generator.featureCount(), result.group.cast<double>());
    if (!problem.empty()) {
        result.icpState = IcpState::Impossible;
        result.icpMessage = problem;
    }
    return result;
}

void EnvironmentsStudy::addIcp(EnvironmentsResult& result, const std::atomic<bool>* cancel,
                               const InvariantCausalPrediction::Progress& progress)
{
    if (!result.ok() || result.icpState == IcpState::Impossible)
        return;
    result.icp = InvariantCausalPrediction::run(result.sample.features, result.sample.target,
                                                result.group.cast<double>(), result.settings.alpha,
                                                cancel, progress);
    if (!result.icp.problem.empty()) {
        result.icpState = IcpState::Impossible;
        result.icpMessage = result.icp.problem;
        return;
    }
    result.icpState = result.icp.cancelled ? IcpState::Cancelled : IcpState::Done;
}

} // namespace lev::core
