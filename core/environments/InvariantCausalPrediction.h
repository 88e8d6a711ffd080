// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#pragma once
// Invariant causal prediction (Peters, Buehlmann & Meinshausen 2016), the approximate test of the
// CRAN package InvariantCausalPrediction: for every subset S, pooled OLS of y on X_S; in each
// environment e its residuals against the others' by Welch's t-test and the F-test, p_e =
// min(1, 2 min(p_t, p_F)); p(S) = min(1, m min_e p_e) with m = K (m = 1 for K = 2). S is accepted
// when p(S) > alpha; the causal set is the intersection of the accepted sets, each weight's
// interval the union over them of b +- Phi^{-1}(1 - alpha/4) SE (0 when S leaves it out).

#include <Eigen/Dense>
#include <atomic>
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace lev::core {

struct IcpSubset
{
    std::vector<int> features;    ///< indices into the features, ascending
    std::optional<double> pValue; ///< null when X_S is collinear (no fit, never accepted)
    bool accepted = false;
    Eigen::VectorXd coefficients; ///< pooled OLS weights of X_S
    Eigen::VectorXd standardErrors;
};

struct IcpResult
{
    std::string problem; ///< non-empty: bad input, nothing else is set
    double alpha = 0.05;
    int environments = 0;
    std::vector<double> environmentLabels;
    std::vector<IcpSubset> subsets; ///< every subset, by size, then lexicographic
    bool modelRejected = false;     ///< no subset accepted
    bool cancelled = false;
    std::vector<int> causalFeatures; ///< the intersection of the accepted subsets
    /// Per feature: the largest p(S) over subsets S without it, a p-value for "not a cause";
    /// empty when the model is rejected.
    Eigen::VectorXd featurePValues;
    /// Per feature: (lower, upper) of the union of the accepted subsets' intervals; empty when
    /// the model is rejected.
    Eigen::MatrixXd confidenceIntervals;
    std::string message; ///< what the outcome means, one or two sentences
};

class InvariantCausalPrediction
{
public:
    /// 2^12 = 4096 subsets at most: beyond that the user must choose the features.
    static constexpr int kMaxFeatures = 12;
    static constexpr int kMinRowsPerEnvironment = 3;
    static constexpr int kMaxEnvironments = 1000;

    /// Empty when ICP can run on p features and these environment labels, else one line.
    static std::string validate(int features, const Eigen::VectorXd& environment);
    /// Called after each tested subset with how many of the 2^p are done; on the calling thread.
    using Progress = std::function<void(int done, int total)>;

    /// Runs ICP at level alpha in (0, 1). `cancel`, when set, stops between subsets: the result
    /// then has `cancelled` set and no verdict. `progress`, when set, follows every subset.
    static IcpResult run(const Eigen::MatrixXd& features, const Eigen::VectorXd& target,
                         const Eigen::VectorXd& environment, double alpha,
                         const std::atomic<bool>* cancel = nullptr, const Progress& progress = {});
};

} // namespace lev::core
