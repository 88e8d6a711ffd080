// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#include "design/StrategyComparison.h"

#include "design/PooledLimit.h"
#include "design/SamplingCovariance.h"

#include <Eigen/Dense>
#include <cmath>
#include <limits>

namespace lev::core {

namespace {

ErrorDecomposition decompose(const Eigen::VectorXd& mean, const Eigen::MatrixXd& covariance,
                             const Eigen::VectorXd& causal)
{
    return {(mean - causal).squaredNorm(), covariance.trace()};
}

/// lambda_j = (n_o / V_o,j) / (n_o / V_o,j + n_e / V_e,j) from per-row variances.
Eigen::VectorXd combinationWeights(const Eigen::VectorXd& perRowObservational,
                                   const Eigen::VectorXd& perRowExperimental,
                                   double observationalShare, double randomizedShare)
{
    const Eigen::Index p = perRowObservational.size();
    Eigen::VectorXd lambda(p);
    for (Eigen::Index j = 0; j < p; ++j) {
        const double precisionObs = perRowObservational[j] > 0.0
                                        ? observationalShare / perRowObservational[j]
                                        : std::numeric_limits<double>::infinity();
        const double precisionExp = perRowExperimental[j] > 0.0
                                        ? randomizedShare / perRowExperimental[j]
                                        : std::numeric_limits<double>::infinity();
        if (std::isinf(precisionObs) && std::isinf(precisionExp))
            lambda[j] = 0.5;
        else if (std::isinf(precisionObs))
            lambda[j] = 1.0;
        else
            lambda[j] = precisionObs / (precisionObs + precisionExp);
    }
    return lambda;
}

} // namespace

int StrategyComparison::observationalRowsOf(DesignStrategy strategy, int n, int randomizedRows)
{
    switch (strategy) {
    case DesignStrategy::Observational:
        return n;
    case DesignStrategy::Experimental:
        return 0;
    case DesignStrategy::Pooled:
    case DesignStrategy::Combined:
        return n - randomizedRows;
    }
    return 0;
}

int StrategyComparison::randomizedRowsOf(DesignStrategy strategy, int n, int randomizedRows)
{
    (void)n;
    return strategy == DesignStrategy::Observational ? 0 : randomizedRows;
}

std::optional<Eigen::VectorXd> StrategyComparison::perRowVariances(const Eigen::MatrixXd& joint)
{
    const Eigen::Index p = joint.rows() - 1;
    const auto beta = PooledLimit::weights(joint);
    if (!beta)
        return std::nullopt;
    const double sigma2 = SamplingCovariance::residualVariance(joint, *beta);
    const Eigen::MatrixXd inverse =
        joint.topLeftCorner(p, p).ldlt().solve(Eigen::MatrixXd::Identity(p, p));
    return Eigen::VectorXd(sigma2 * inverse.diagonal());
}

std::optional<Eigen::VectorXd>
StrategyComparison::limit(DesignStrategy strategy, const DesignRegimes& regimes, double fraction)
{
    switch (strategy) {
    case DesignStrategy::Observational:
        return PooledLimit::weights(regimes.observational);
    case DesignStrategy::Experimental:
        return PooledLimit::weights(regimes.experimental);
    case DesignStrategy::Pooled:
        return PooledLimit::of(regimes.observational, regimes.experimental, fraction);
    case DesignStrategy::Combined: {
        const auto obs = PooledLimit::weights(regimes.observational);
        const auto exp = PooledLimit::weights(regimes.experimental);
        const auto vObs = perRowVariances(regimes.observational);
        const auto vExp = perRowVariances(regimes.experimental);
        if (fraction <= 0.0)
            return obs;
        if (fraction >= 1.0)
            return exp;
        if (!obs || !exp || !vObs || !vExp)
            return std::nullopt;
        const Eigen::VectorXd lambda = combinationWeights(*vObs, *vExp, 1.0 - fraction, fraction);
        return Eigen::VectorXd(lambda.cwiseProduct(*obs) +
                               (Eigen::VectorXd::Ones(lambda.size()) - lambda).cwiseProduct(*exp));
    }
    }
    return std::nullopt;
}

std::optional<StrategyExact> StrategyComparison::exact(DesignStrategy strategy,
                                                       const DesignRegimes& regimes, int n,
                                                       int randomizedRows)
{
    return StrategyTable(regimes).exact(strategy, n, randomizedRows);
}

StrategyTable::StrategyTable(const DesignRegimes& regimes) : m_regimes(regimes)
{
    const auto summarize = [](const Eigen::MatrixXd& joint) {
        Regime regime;
        regime.beta = PooledLimit::weights(joint);
        if (regime.beta) {
            const Eigen::Index p = joint.rows() - 1;
            regime.perRowCovariance =
                SamplingCovariance::residualVariance(joint, *regime.beta) *
                joint.topLeftCorner(p, p).ldlt().solve(Eigen::MatrixXd::Identity(p, p));
            regime.perRowCovariance =
                0.5 * (regime.perRowCovariance + regime.perRowCovariance.transpose()).eval();
        }
        return regime;
    };
    m_observational = summarize(regimes.observational);
    m_experimental = summarize(regimes.experimental);
}

/// OLS on one regime's rows alone: exact mean beta_r and covariance s_r^2 S_r^{-1} / (n-p-2).
std::optional<StrategyExact> StrategyTable::single(const Regime& regime, int rows) const
{
    const Eigen::Index p = m_regimes.causalWeights.size();
    if (!regime.beta || rows < p + 3)
        return std::nullopt;
    const Eigen::MatrixXd covariance = regime.perRowCovariance / static_cast<double>(rows - p - 2);
    return StrategyExact{*regime.beta, *regime.beta, covariance,
                         decompose(*regime.beta, covariance, m_regimes.causalWeights)};
}

std::optional<StrategyExact> StrategyTable::exact(DesignStrategy strategy, int n,
                                                  int randomizedRows) const
{
    const double fraction = n > 0 ? static_cast<double>(randomizedRows) / n : 0.0;
    const Eigen::VectorXd& causal = m_regimes.causalWeights;
    switch (strategy) {
    case DesignStrategy::Observational:
        return single(m_observational, n);
    case DesignStrategy::Experimental:
        return single(m_experimental, randomizedRows);
    case DesignStrategy::Pooled: {
        const auto beta =
            PooledLimit::of(m_regimes.observational, m_regimes.experimental, fraction);
        const auto covariance = SamplingCovariance::pooledOls(
            m_regimes.observational, m_regimes.experimental, n - randomizedRows, randomizedRows);
        if (!beta || !covariance)
            return std::nullopt;
        return StrategyExact{*beta, *beta, *covariance, decompose(*beta, *covariance, causal)};
    }
    case DesignStrategy::Combined: {
        const auto obs = single(m_observational, n - randomizedRows);
        const auto exp = single(m_experimental, randomizedRows);
        // The large-n limit at this share (the per-row variances weigh the two limits).
        std::optional<Eigen::VectorXd> lim;
        if (fraction <= 0.0)
            lim = m_observational.beta;
        else if (fraction >= 1.0)
            lim = m_experimental.beta;
        else if (m_observational.beta && m_experimental.beta) {
            const Eigen::VectorXd lambda = combinationWeights(
                m_observational.perRowCovariance.diagonal(),
                m_experimental.perRowCovariance.diagonal(), 1.0 - fraction, fraction);
            lim =
                lambda.cwiseProduct(*m_observational.beta) +
                (Eigen::VectorXd::Ones(lambda.size()) - lambda).cwiseProduct(*m_experimental.beta);
        }
        // With one part too small to fit, the combination is the other part's fit.
        if (!obs || !exp) {
            if (!obs && !exp)
                return std::nullopt;
            StrategyExact only = obs ? *obs : *exp;
            if (lim)
                only.limit = *lim;
            return only;
        }
        if (!lim)
            return std::nullopt;
        const Eigen::VectorXd lambda =
            combinationWeights(obs->covariance.diagonal(), exp->covariance.diagonal(), 1.0, 1.0);
        const Eigen::VectorXd rest = Eigen::VectorXd::Ones(lambda.size()) - lambda;
        StrategyExact combined;
        combined.limit = *lim;
        combined.mean = lambda.cwiseProduct(obs->mean) + rest.cwiseProduct(exp->mean);
        // The two parts are independent samples.
        combined.covariance = lambda.asDiagonal() * obs->covariance * lambda.asDiagonal();
        combined.covariance += rest.asDiagonal() * exp->covariance * rest.asDiagonal();
        combined.error = decompose(combined.mean, combined.covariance, causal);
        return combined;
    }
    }
    return std::nullopt;
}

} // namespace lev::core
