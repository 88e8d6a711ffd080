// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#pragma once
// The immutable result of one experiment-design computation (docs/math.md §8): the exact
// covariances of both regimes, per strategy the exact limit and finite-n spread beside the
// Monte-Carlo ones, the error curves against pi and n, the power curves and the allocation.

#include "design/DesignSettings.h"
#include "model/CausalGraph.h"
#include "model/PopulationTruth.h"
#include "simulation/RecomputeStatus.h"

#include <Eigen/Dense>
#include <array>
#include <optional>
#include <string>
#include <vector>

namespace lev::core {

/// The four ways of spending one budget of n rows.
enum class DesignStrategy
{
    Observational, ///< all n rows observational
    Experimental,  ///< the round(pi n) randomized rows alone
    Pooled,        ///< OLS on all rows of the study, both kinds together
    Combined       ///< per coefficient inverse-variance weighting of the two parts' OLS fits
};
constexpr int kDesignStrategyCount = 4;
/// "observational", "experimental", "pooled", "combined" (the command line's JSON keys).
std::string designStrategyName(DesignStrategy strategy);
std::array<DesignStrategy, kDesignStrategyCount> allDesignStrategies();

/// E||w - beta_causal||^2 = bias^2 + variance, bias^2 = ||E w - beta_causal||^2, variance =
/// tr Cov(w). The weight error of the plots is sqrt(meanSquaredError()).
struct ErrorDecomposition
{
    double bias2 = 0.0;
    double variance = 0.0;
    double meanSquaredError() const { return bias2 + variance; }
};

struct StrategyOutcome
{
    DesignStrategy strategy = DesignStrategy::Pooled;
    int observationalRows = 0;
    int randomizedRows = 0;
    /// Enough rows of each kind it uses for OLS with an intercept (n_part >= p + 3); when not,
    /// the finite-n and Monte-Carlo fields are empty and `message` says why.
    bool identifiable = false;
    std::string message;

    // Exact (no simulation).
    Eigen::VectorXd limit;      ///< the large-n limit of the weights (p)
    Eigen::MatrixXd covariance; ///< finite-n sampling covariance of the weights (p x p)
    std::optional<ErrorDecomposition> error; ///< exact bias^2 and variance at these rows
    Eigen::VectorXd samplingLow;  ///< limit -/+ 1.96 sqrt(diag covariance): where 95 % of fits
    Eigen::VectorXd samplingHigh; ///< fall (p; empty when not identifiable)

    // Monte Carlo (R replications of the study).
    int fitted = 0;                        ///< replications with identifiable weights
    Eigen::VectorXd weightMean;            ///< p; empty when fitted == 0
    Eigen::VectorXd weightSd;              ///< p; divisor fitted - 1; empty when fitted < 2
    std::optional<double> weightErrorMean; ///< mean of ||w - beta_causal||_2
    std::optional<ErrorDecomposition> monteCarloError;

    // One displayed study (the first replication): its fit and 95 % confidence intervals.
    Eigen::VectorXd estimate;    ///< p; empty when not identifiable
    Eigen::VectorXd intervalLow; ///< OLS t intervals (combined: normal, its own SE)
    Eigen::VectorXd intervalHigh;
};

/// Plot (1): the study at one pi and the fixed n, for every strategy.
struct FractionPoint
{
    double fraction = 0.0;
    std::array<std::optional<ErrorDecomposition>, kDesignStrategyCount> exact;
    std::array<std::optional<ErrorDecomposition>, kDesignStrategyCount> monteCarlo;
};

/// Plot (2): the study at one budget n and the current pi, every strategy exact.
struct SizePoint
{
    int n = 0;
    std::array<std::optional<ErrorDecomposition>, kDesignStrategyCount> exact;
};

struct PowerPoint
{
    int randomizedRows = 0;
    double exact = 0.0; ///< the probability from the sampling distribution (see PowerCurve)
    std::optional<double> monteCarlo;
};

/// Plot (4): the probability that every lever's 95 % interval excludes 0 and every non-lever's
/// includes 0, against the number of randomized rows.
struct PowerCurve
{
    DesignStrategy strategy = DesignStrategy::Experimental;
    /// The largest error bound of `exact` over the points (the lattice integration's; what
    /// is approximated besides is in docs/math.md §8.5).
    double exactError = 0.0;
    std::vector<PowerPoint> points;
    std::optional<int> randomizedRowsFor80Percent; ///< the smallest reaching 80 %, if any
    std::string whyNotReached;                     ///< when none: one sentence saying why
};

/// Plot (6): where to spend a randomization budget B = sum_j v_j with every feature randomized.
struct Allocation
{
    double budget = 0.0;
    Eigen::VectorXd variances;        ///< A-optimal v (p), minimizing tr M^{-1}
    double traceInverse = 0.0;        ///< tr M^{-1} at the A-optimal v
    double uniformTraceInverse = 0.0; ///< at v_j = B / p
    /// tr M^{-1} with the whole budget on feature j; none when M is then singular (pi = 1).
    std::vector<std::optional<double>> singleFeatureTraceInverse;
    /// Correlated randomization: water-filling along the eigenvectors of S_obs,XX.
    Eigen::VectorXd spectrum;        ///< eigenvalues of S_obs,XX, descending (p)
    Eigen::MatrixXd directions;      ///< the matching unit eigenvectors, in columns (p x p)
    Eigen::VectorXd directionBudget; ///< u_k >= 0, sum B, spent along direction k
    double waterLevel = 0.0;         ///< (1 - pi) lambda_k + pi u_k where u_k > 0
    double waterFillingTraceInverse = 0.0;
};

struct DesignResult
{
    DesignSettings settings;
    RecomputeStatus status = RecomputeStatus::InvalidSettings;
    std::string message; ///< what is wrong, for any status but Ok

    std::vector<std::string> features;
    PopulationTruth truth;                   ///< of the observational SCM (causal weights included)
    std::vector<bool> levers;                ///< causal weight != 0, per feature
    std::vector<bool> randomized;            ///< per feature
    Eigen::VectorXd randomizationVariances;  ///< v_j used (p; 0 where not randomized)
    Eigen::MatrixXd observationalCovariance; ///< S_obs of (X, Y), (p+1) x (p+1)
    Eigen::MatrixXd experimentalCovariance;  ///< S_exp under the mutilated SCM
    CausalGraph graph; ///< the observational graph with the edges into randomized features cut

    std::array<StrategyOutcome, kDesignStrategyCount> strategies; ///< by DesignStrategy
    std::vector<FractionPoint> fractionCurve;
    std::vector<SizePoint> sizeCurve;
    PowerCurve experimentalPower;
    PowerCurve pooledPower; ///< at the current pi: n_randomized / pi rows in all
    Allocation allocation;

    /// The Monte-Carlo parts are in (ExperimentDesign::refine): the strategies' replication
    /// fields and the curves' Monte-Carlo points. Until then they are empty.
    bool refined = false;
    /// The power curves' exact probabilities are in (ExperimentDesign::addExactPower).
    bool powerComputed = false;

    bool ok() const { return status == RecomputeStatus::Ok; }
    const StrategyOutcome& strategy(DesignStrategy s) const
    {
        return strategies[static_cast<std::size_t>(s)];
    }
};

} // namespace lev::core
