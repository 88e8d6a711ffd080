// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#pragma once
// What the environments mode shows for one EnvironmentsSettings: the shifted generator's exact
// truth (causal, OLS and IV weights, the population path b_gamma and its risk under shifts), one
// sample with its anchor-regression path and the fits drawn over its environments, and ICP on
// that sample once it has run (docs/math.md §10).

#include "environments/EnvironmentsSettings.h"
#include "environments/InvariantCausalPrediction.h"
#include "model/ShiftedGenerator.h"

#include <Eigen/Core>
#include <optional>
#include <string>
#include <vector>

namespace lev::core {

/// Where ICP stands in a result: computed, still to come, cancelled, or impossible (why).
enum class IcpState
{
    Pending,
    Done,
    Cancelled,
    Impossible
};

/// A weight vector with its name in the plots, e.g. "OLS (γ = 1)".
struct NamedWeights
{
    std::string name;
    double gamma = 1.0; ///< the anchor-regression gamma it is, or NaN (the causal weights)
    Eigen::VectorXd weights;
    double intercept = 0.0; ///< in the sample's units (0 for population weights)
};

struct RiskCurve
{
    NamedWeights weights;
    std::vector<double> risks; ///< E[(Y - X w)^2] at each of EnvironmentsResult::strengths
    double atCompared = 0.0;   ///< the risk at settings.riskStrength
};

struct EnvironmentsResult
{
    EnvironmentsSettings settings;
    std::string message; ///< non-empty: invalid settings, nothing else is set
    bool ok() const { return message.empty(); }

    std::vector<std::string> features;
    Eigen::VectorXd causal;
    Eigen::VectorXd ols;
    std::optional<Eigen::VectorXd> iv;
    std::string ivMessage; ///< why there is no IV limit

    /// The path: gamma = 0, a log grid from kPathLow to kPathHigh, then infinity. A point the
    /// population (or the sample) cannot give (gamma = 0 with the lever a function of A, gamma =
    /// infinity when IV is not identified) is std::nullopt.
    std::vector<double> pathGammas;
    std::vector<std::optional<Eigen::VectorXd>> populationPath;
    std::vector<std::optional<Eigen::VectorXd>> samplePath;
    std::optional<Eigen::VectorXd> populationAtGamma; ///< b_gamma at settings.gamma
    static constexpr double kPathLow = 1e-2;
    static constexpr double kPathHigh = 1e3;

    /// The risks under shifts of strength t (the anchor's spread times t; 1 is training).
    std::vector<double> strengths;
    std::vector<RiskCurve> risks; ///< OLS, anchor at settings.gamma, IV (if identified), causal
    /// The gamma whose b_gamma has the least risk at settings.riskStrength: its square.
    double bestGamma = 1.0;
    std::optional<double> bestRisk; ///< that b_gamma's risk at settings.riskStrength

    /// The sample and its groups: the environments, or with a continuous anchor its terciles.
    ShiftedSample sample;
    Eigen::VectorXi group;
    std::vector<std::string> groupNames;
    Eigen::MatrixXd groupMeans;      ///< per group: mean X1, mean Y
    Eigen::RowVectorXd featureMeans; ///< the sample's feature means (to draw a fit against X1)
    bool groupsAreTerciles = false;
    /// The sample's fits: OLS (gamma 1), anchor regression at settings.gamma, IV if the sample
    /// gives it; weights and intercept in the sample's units.
    std::vector<NamedWeights> fits;

    IcpState icpState = IcpState::Pending;
    std::string icpMessage; ///< why ICP is impossible
    IcpResult icp;          ///< set when icpState is Done
};

} // namespace lev::core
