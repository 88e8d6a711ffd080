// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#pragma once
// The four strategies of one budget, exactly (docs/math.md §8.2-8.4): their large-n limits,
// finite-n sampling covariances and bias^2 / variance against the causal weights. Combined is
// inverse-variance weighting per coefficient of the two parts' OLS fits:
// w_j = lambda_j w_obs,j + (1 - lambda_j) w_exp,j, lambda_j = V_exp,j / (V_obs,j + V_exp,j).

#include "design/DesignResult.h"

#include <Eigen/Core>
#include <optional>

namespace lev::core {

/// The exact inputs: both regimes' covariances of (X, Y) and the causal weights.
struct DesignRegimes
{
    Eigen::MatrixXd observational;
    Eigen::MatrixXd experimental;
    Eigen::VectorXd causalWeights;
};

/// One strategy's exact sampling description at given rows.
struct StrategyExact
{
    Eigen::VectorXd limit;      ///< large-n limit at the same share of randomized rows
    Eigen::VectorXd mean;       ///< the finite-n centre (differs from limit for combined only)
    Eigen::MatrixXd covariance; ///< finite-n sampling covariance
    ErrorDecomposition error;
};

/// The strategies' exact descriptions at many sample sizes of one pair of regimes: each
/// regime's OLS limit and per-row covariance sigma^2 S_XX^{-1} are computed once, so the
/// single-regime and combined strategies only rescale by 1 / (n - p - 2); pooled per share.
class StrategyTable
{
public:
    explicit StrategyTable(const DesignRegimes& regimes);
    /// As StrategyComparison::exact.
    std::optional<StrategyExact> exact(DesignStrategy strategy, int n, int randomizedRows) const;

private:
    struct Regime
    {
        std::optional<Eigen::VectorXd> beta;
        Eigen::MatrixXd perRowCovariance; ///< sigma^2 S_XX^{-1}
    };
    std::optional<StrategyExact> single(const Regime& regime, int rows) const;

    const DesignRegimes& m_regimes;
    Regime m_observational;
    Regime m_experimental;
};

class StrategyComparison
{
public:
    /// The rows a strategy uses out of a study of n rows with `randomizedRows` randomized.
    static int observationalRowsOf(DesignStrategy strategy, int n, int randomizedRows);
    static int randomizedRowsOf(DesignStrategy strategy, int n, int randomizedRows);
    /// The large-n limit at a share pi of randomized rows; none when singular.
    static std::optional<Eigen::VectorXd> limit(DesignStrategy strategy,
                                                const DesignRegimes& regimes, double fraction);
    /// The finite-n description; none when the strategy cannot fit (n_part < p + 3, singular).
    static std::optional<StrategyExact> exact(DesignStrategy strategy, const DesignRegimes& regimes,
                                              int n, int randomizedRows);
    /// The exact per-row OLS variances sigma_r^2 (S_r,XX^{-1})_jj of one regime, for the
    /// combination weights; none when singular.
    static std::optional<Eigen::VectorXd> perRowVariances(const Eigen::MatrixXd& joint);
};

} // namespace lev::core
