// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#include "environments/InvariantCausalPrediction.h"

#include "environments/Distributions.h"
#include "environments/TwoSampleTest.h"
#include "estimators/PreciseLeastSquares.h"

#include <algorithm>
#include <cassert>
#include <cmath>
#include <cstdio>
#include <map>

namespace lev::core {

namespace {

/// Row indices per environment label, in ascending label order.
std::map<double, std::vector<Eigen::Index>> groupsOf(const Eigen::VectorXd& environment)
{
    std::map<double, std::vector<Eigen::Index>> groups;
    for (Eigen::Index i = 0; i < environment.size(); ++i)
        groups[environment[i]].push_back(i);
    return groups;
}

/// The subsets of {0..p-1} by size, then lexicographically.
std::vector<std::vector<int>> allSubsets(int p)
{
    std::vector<std::vector<int>> subsets;
    for (unsigned mask = 0; mask < (1u << p); ++mask) {
        std::vector<int> s;
        for (int j = 0; j < p; ++j)
            if (mask & (1u << j))
                s.push_back(j);
        subsets.push_back(std::move(s));
    }
    std::stable_sort(subsets.begin(), subsets.end(), [](const auto& a, const auto& b) {
        return a.size() != b.size() ? a.size() < b.size() : a < b;
    });
    return subsets;
}

std::string number(double value)
{
    char text[32];
    std::snprintf(text, sizeof text, "%.2g", value);
    return text;
}

} // namespace

std::string InvariantCausalPrediction::validate(int features, const Eigen::VectorXd& environment)
{
    if (features > kMaxFeatures)
        return std::to_string(features) + " features give " +
               (features < 63 ? std::to_string(1ull << features) : std::string("too many")) +
               " subsets; invariant causal prediction tests every subset and takes at most " +
               std::to_string(kMaxFeatures) +
               " features (4096 subsets): choose them with --features";
    if (!environment.allFinite())
        return "the environment column holds a value that is not a finite number";
    const auto groups = groupsOf(environment);
    if (groups.size() < 2)
        return "the environment column has a single value; invariant causal prediction needs at "
               "least 2 environments";
    if (groups.size() > static_cast<std::size_t>(kMaxEnvironments))
        return "the environment column has " + std::to_string(groups.size()) +
               " distinct values; at most " + std::to_string(kMaxEnvironments) +
               " environments (is it a label column?)";
    for (const auto& [label, rows] : groups)
        if (static_cast<int>(rows.size()) < kMinRowsPerEnvironment) {
            char text[160];
            std::snprintf(text, sizeof text,
                          "environment %g has %zu row(s); each environment needs at least %d",
                          label, rows.size(), kMinRowsPerEnvironment);
            return text;
        }
    return {};
}

IcpResult InvariantCausalPrediction::run(const Eigen::MatrixXd& features,
                                         const Eigen::VectorXd& target,
                                         const Eigen::VectorXd& environment, double alpha,
                                         const std::atomic<bool>* cancel, const Progress& progress)
{
    assert(features.rows() == target.size() && environment.size() == target.size());
    assert(alpha > 0.0 && alpha < 1.0);
    IcpResult result;
    result.alpha = alpha;
    const int p = static_cast<int>(features.cols());
    result.problem = validate(p, environment);
    if (!result.problem.empty())
        return result;

    const auto groups = groupsOf(environment);
    result.environments = static_cast<int>(groups.size());
    std::vector<std::vector<Eigen::Index>> inside;
    std::vector<std::vector<Eigen::Index>> outside;
    for (const auto& [label, rows] : groups) {
        result.environmentLabels.push_back(label);
        inside.push_back(rows);
        std::vector<Eigen::Index> rest;
        rest.reserve(static_cast<std::size_t>(target.size()) - rows.size());
        for (Eigen::Index i = 0; i < target.size(); ++i)
            if (environment[i] != label)
                rest.push_back(i);
        outside.push_back(std::move(rest));
    }
    // With two environments "one against the rest" is the same test twice.
    const double comparisons = result.environments == 2 ? 1.0 : result.environments;

    std::vector<std::vector<int>> subsets = allSubsets(p);
    const int total = static_cast<int>(subsets.size());
    for (std::vector<int>& s : subsets) {
        if (progress && !result.subsets.empty())
            progress(static_cast<int>(result.subsets.size()), total);
        if (cancel && cancel->load(std::memory_order_relaxed)) {
            result.cancelled = true;
            result.subsets.clear();
            result.message = "cancelled before every subset was tested: no verdict";
            return result;
        }
        IcpSubset subset;
        subset.features = std::move(s);
        Eigen::VectorXd residuals;
        if (subset.features.empty()) {
            residuals = target.array() - target.mean();
        } else {
            const Eigen::MatrixXd x = features(Eigen::all, subset.features);
            const LeastSquaresReport fit = PreciseLeastSquares::fit(x, target, true);
            if (!fit.identifiable || fit.standardErrors.size() == 0) {
                result.subsets.push_back(std::move(subset));
                continue;
            }
            subset.coefficients = fit.coefficients;
            subset.standardErrors = fit.standardErrors;
            residuals = (target - x * fit.coefficients).array() - *fit.intercept;
        }
        double smallest = 1.0;
        for (std::size_t e = 0; e < inside.size(); ++e) {
            const Eigen::VectorXd in = residuals(inside[e]);
            const Eigen::VectorXd out = residuals(outside[e]);
            const double pMean = TwoSampleTest::welch(in, out).pValue;
            const double pVariance = TwoSampleTest::variance(in, out).pValue;
            smallest = std::min(smallest, std::min(1.0, 2.0 * std::min(pMean, pVariance)));
        }
        subset.pValue = std::min(1.0, comparisons * smallest);
        subset.accepted = *subset.pValue > alpha;
        result.subsets.push_back(std::move(subset));
    }
    if (progress)
        progress(total, total);

    const double z = Distributions::normalQuantile(1.0 - alpha / 4.0);
    std::vector<bool> inAll(static_cast<std::size_t>(p), true);
    Eigen::MatrixXd intervals(p, 2);
    intervals.col(0).setConstant(HUGE_VAL);
    intervals.col(1).setConstant(-HUGE_VAL);
    int acceptedCount = 0;
    const IcpSubset* best = nullptr;
    for (const IcpSubset& subset : result.subsets) {
        if (subset.pValue && (!best || *subset.pValue > *best->pValue))
            best = &subset;
        if (!subset.accepted)
            continue;
        ++acceptedCount;
        std::vector<bool> member(static_cast<std::size_t>(p), false);
        for (std::size_t k = 0; k < subset.features.size(); ++k) {
            const int j = subset.features[k];
            member[static_cast<std::size_t>(j)] = true;
            const double b = subset.coefficients[static_cast<Eigen::Index>(k)];
            const double half = z * subset.standardErrors[static_cast<Eigen::Index>(k)];
            intervals(j, 0) = std::min(intervals(j, 0), b - half);
            intervals(j, 1) = std::max(intervals(j, 1), b + half);
        }
        for (int j = 0; j < p; ++j)
            if (!member[static_cast<std::size_t>(j)]) {
                inAll[static_cast<std::size_t>(j)] = false;
                intervals(j, 0) = std::min(intervals(j, 0), 0.0);
                intervals(j, 1) = std::max(intervals(j, 1), 0.0);
            }
    }
    const std::string level = "alpha = " + number(alpha);
    if (acceptedCount == 0) {
        result.modelRejected = true;
        result.message =
            "No subset of the features is invariant at " + level +
            (best ? " (the largest p-value is " + number(*best->pValue) + ")" : std::string()) +
            ": in every subset, how Y depends on it changes between environments. This happens "
            "under hidden confounding, when an environment acts on Y itself, or when Y is not "
            "linear in the features; ICP then names no cause, as it should.";
        return result;
    }
    result.confidenceIntervals = intervals;
    result.featurePValues = Eigen::VectorXd::Zero(p);
    for (int j = 0; j < p; ++j) {
        if (inAll[static_cast<std::size_t>(j)])
            result.causalFeatures.push_back(j);
        double largest = 0.0;
        for (const IcpSubset& subset : result.subsets)
            if (subset.pValue && std::find(subset.features.begin(), subset.features.end(), j) ==
                                     subset.features.end())
                largest = std::max(largest, *subset.pValue);
        result.featurePValues[j] = largest;
    }
    result.message =
        result.causalFeatures.empty()
            ? std::to_string(acceptedCount) + " subset(s) accepted at " + level +
                  ", but they share no feature: the environments do not shift enough to single "
                  "out a cause (the empty answer is honest, not a finding of no effect)."
            : std::to_string(acceptedCount) + " subset(s) accepted at " + level +
                  "; the features they all contain are named causal: with probability at least "
                  "1 - alpha they are among the causes of Y (if Y is linear in its causes and no "
                  "hidden variable drives both a feature and Y).";
    return result;
}

} // namespace lev::core
