// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#include "design/DesignMonteCarlo.h"

#include "exploration/WeightSpread.h"
#include "linalg/ParallelTasks.h"
#include "random/RandomStream.h"
#include "simulation/ReplicationSampler.h"

#include <memory>

namespace lev::core {

namespace {

/// Stream of replication r for a purpose: distinct from the simulation's streams 0..R-1.
std::uint64_t streamOf(std::uint64_t purpose, int replication)
{
    return (0xDE5160000ULL + purpose) << 24 | static_cast<std::uint64_t>(replication);
}

/// A sampler for `rows` rows of a regime; null when there are none.
std::unique_ptr<ReplicationSampler> samplerFor(const Eigen::MatrixXd& joint, int rows)
{
    if (rows < 1)
        return nullptr;
    return std::make_unique<ReplicationSampler>(joint, rows, SamplingMethod::Automatic);
}

SufficientStatistics draw(const ReplicationSampler* sampler, RandomStream& random)
{
    return sampler != nullptr ? sampler->sample(random) : SufficientStatistics{};
}

StrategyMonteCarlo summarize(const Eigen::MatrixXd& weights, const std::vector<char>& fitted,
                             const Eigen::VectorXd& causal, const DesignFit& first)
{
    StrategyMonteCarlo summary;
    summary.first = first;
    const Eigen::Index p = causal.size();
    for (char f : fitted)
        summary.fitted += f;
    if (summary.fitted == 0)
        return summary;
    Eigen::MatrixXd kept(summary.fitted, p);
    Eigen::Index row = 0;
    double errorSum = 0.0;
    double squaredSum = 0.0;
    for (std::size_t r = 0; r < fitted.size(); ++r) {
        if (!fitted[r])
            continue;
        kept.row(row++) = weights.row(Eigen::Index(r));
        const double error = (weights.row(Eigen::Index(r)).transpose() - causal).norm();
        errorSum += error;
        squaredSum += error * error;
    }
    summary.weightMean = kept.colwise().mean().transpose();
    summary.weightErrorMean = errorSum / summary.fitted;
    if (summary.fitted >= 2) {
        summary.weightSd = WeightSpread::sd(kept);
        const double bias2 = (summary.weightMean - causal).squaredNorm();
        // E||w - beta||^2 = bias^2 + variance, variance with the divisor R (as the mean square).
        summary.error = ErrorDecomposition{bias2, squaredSum / summary.fitted - bias2};
        summary.error->variance = std::max(summary.error->variance, 0.0);
    }
    return summary;
}

} // namespace

std::optional<std::array<StrategyMonteCarlo, kDesignStrategyCount>>
DesignMonteCarlo::strategies(const DesignRegimes& regimes, const DesignReplicationPlan& plan,
                             const std::array<bool, kDesignStrategyCount>& which,
                             const std::atomic<bool>* cancel)
{
    const Eigen::Index p = regimes.causalWeights.size();
    const int replications = plan.replications;
    const int observationalRows = plan.n - plan.randomizedRows;
    const bool wantsObservational = which[std::size_t(DesignStrategy::Observational)];
    const bool wantsStudy = which[std::size_t(DesignStrategy::Experimental)] ||
                            which[std::size_t(DesignStrategy::Pooled)] ||
                            which[std::size_t(DesignStrategy::Combined)];
    const auto whole = wantsObservational ? samplerFor(regimes.observational, plan.n) : nullptr;
    const auto observationalPart =
        wantsStudy ? samplerFor(regimes.observational, observationalRows) : nullptr;
    const auto randomizedPart =
        wantsStudy ? samplerFor(regimes.experimental, plan.randomizedRows) : nullptr;

    const int q = static_cast<int>(p);
    const double criticalWhole = DesignFit::criticalValueFor(plan.n, q);
    const double criticalObservational = DesignFit::criticalValueFor(observationalRows, q);
    const double criticalRandomized = DesignFit::criticalValueFor(plan.randomizedRows, q);
    std::array<Eigen::MatrixXd, kDesignStrategyCount> weights;
    std::array<std::vector<char>, kDesignStrategyCount> fitted;
    std::array<DesignFit, kDesignStrategyCount> first;
    for (std::size_t s = 0; s < weights.size(); ++s) {
        weights[s].resize(replications, p);
        fitted[s].assign(std::size_t(replications), 0);
    }
    const auto store = [&](DesignStrategy strategy, int r, const DesignFit& fit) {
        const std::size_t s = std::size_t(strategy);
        if (r == 0)
            first[s] = fit;
        if (!fit.ok)
            return;
        weights[s].row(r) = fit.weights.transpose();
        fitted[s][std::size_t(r)] = 1;
    };
    const auto makeWorker = [&]() -> ParallelTasks::Worker {
        return [&](int r) {
            RandomStream random(plan.seed, streamOf(plan.purpose, r));
            if (whole)
                store(DesignStrategy::Observational, r,
                      DesignFit::ols(whole->sample(random), criticalWhole));
            if (!wantsStudy)
                return;
            const SufficientStatistics obs = draw(observationalPart.get(), random);
            const SufficientStatistics exp = draw(randomizedPart.get(), random);
            const DesignFit obsFit = DesignFit::ols(obs, criticalObservational);
            const DesignFit expFit = DesignFit::ols(exp, criticalRandomized);
            store(DesignStrategy::Experimental, r, expFit);
            if (which[std::size_t(DesignStrategy::Pooled)])
                store(DesignStrategy::Pooled, r,
                      DesignFit::ols(DesignFit::pooled(obs, exp), criticalWhole));
            store(DesignStrategy::Combined, r, DesignFit::combined(obsFit, expFit));
        };
    };
    if (!ParallelTasks::run(replications, plan.threads, makeWorker, cancel))
        return std::nullopt;
    std::array<StrategyMonteCarlo, kDesignStrategyCount> result;
    for (DesignStrategy strategy : allDesignStrategies()) {
        const std::size_t s = std::size_t(strategy);
        if (which[s])
            result[s] = summarize(weights[s], fitted[s], regimes.causalWeights, first[s]);
    }
    return result;
}

std::optional<double> DesignMonteCarlo::power(const DesignRegimes& regimes,
                                              const std::vector<bool>& levers,
                                              DesignStrategy strategy, int observationalRows,
                                              const DesignReplicationPlan& plan,
                                              const std::atomic<bool>* cancel)
{
    const Eigen::Index p = regimes.causalWeights.size();
    const bool pooled = strategy == DesignStrategy::Pooled;
    const int rows = plan.randomizedRows + (pooled ? observationalRows : 0);
    if (rows < p + 3)
        return 0.0;
    const auto observationalPart =
        pooled ? samplerFor(regimes.observational, observationalRows) : nullptr;
    const auto randomizedPart = samplerFor(regimes.experimental, plan.randomizedRows);
    const double critical = DesignFit::criticalValueFor(rows, static_cast<int>(p));
    std::vector<char> identified(std::size_t(plan.replications), 0);
    const auto makeWorker = [&]() -> ParallelTasks::Worker {
        return [&](int r) {
            RandomStream random(plan.seed, streamOf(plan.purpose, r));
            const SufficientStatistics exp = draw(randomizedPart.get(), random);
            const SufficientStatistics stats =
                pooled ? DesignFit::pooled(draw(observationalPart.get(), random), exp) : exp;
            identified[std::size_t(r)] = DesignFit::ols(stats, critical).identifies(levers) ? 1 : 0;
        };
    };
    if (!ParallelTasks::run(plan.replications, plan.threads, makeWorker, cancel))
        return std::nullopt;
    int count = 0;
    for (char i : identified)
        count += i;
    return static_cast<double>(count) / plan.replications;
}

} // namespace lev::core
