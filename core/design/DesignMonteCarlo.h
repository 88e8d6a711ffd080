// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#pragma once
// Monte-Carlo replications of a study (docs/math.md §8.6). Each replication draws the
// sufficient statistics of its parts from Wishart distributions (ReplicationSampler): n
// observational rows for the observational strategy, and a study of n_o observational and n_e
// randomized rows whose pooled Gram matrix is the sum of the two parts' (plus the between-mean
// term). Replication r of a purpose uses its own stream, whatever thread runs it.

#include "design/DesignFit.h"
#include "design/DesignResult.h"
#include "design/StrategyComparison.h"

#include <array>
#include <atomic>
#include <cstdint>
#include <optional>
#include <vector>

namespace lev::core {

/// Monte-Carlo spread of one strategy.
struct StrategyMonteCarlo
{
    int fitted = 0;
    Eigen::VectorXd weightMean;
    Eigen::VectorXd weightSd;
    std::optional<double> weightErrorMean;
    std::optional<ErrorDecomposition> error;
    DesignFit first; ///< the fit of replication 0 (the displayed study)
};

struct DesignReplicationPlan
{
    int n = 0;              ///< the study's rows (and the observational strategy's)
    int randomizedRows = 0; ///< of the study
    int replications = 0;
    std::uint64_t seed = 1;
    std::uint64_t purpose = 0; ///< separates the streams of different computations
    int threads = 0;
};

class DesignMonteCarlo
{
public:
    /// The four strategies over R replications; `which` selects those computed (others empty).
    /// None when cancelled.
    static std::optional<std::array<StrategyMonteCarlo, kDesignStrategyCount>>
    strategies(const DesignRegimes& regimes, const DesignReplicationPlan& plan,
               const std::array<bool, kDesignStrategyCount>& which,
               const std::atomic<bool>* cancel);
    /// The share of R replications in which `strategy` (experimental: the n_e randomized rows;
    /// pooled: n_o + n_e rows) identifies the levers. None when cancelled.
    static std::optional<double> power(const DesignRegimes& regimes,
                                       const std::vector<bool>& levers, DesignStrategy strategy,
                                       int observationalRows, const DesignReplicationPlan& plan,
                                       const std::atomic<bool>* cancel);
};

} // namespace lev::core
