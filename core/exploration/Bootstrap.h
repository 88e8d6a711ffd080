// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#pragma once
// The pairs (case) bootstrap of a linear fit's weights: replication r draws n rows with
// replacement, i.e. multinomial counts c ~ Mult(n; 1/n, ..., 1/n) from RandomStream(seed, r), and
// refits on the weighted sufficient statistics x-bar = sum c_i x_i / n,
// S = sum c_i (x_i - x-bar)(x_i - x-bar)^T (uncentered, about 0, without an intercept).

#include "estimators/EstimatorSettings.h"
#include "exploration/BootstrapSummary.h"

#include <Eigen/Dense>
#include <atomic>
#include <cstdint>
#include <functional>
#include <optional>

namespace lev::core {

class Bootstrap
{
public:
    /// The most resamples the command line and the data mode ask for.
    static constexpr int kMaxReplications = 100000;

    /// Pairs bootstrap of the weights of `estimator` on (x, y), `replications` >= 1 resamples.
    /// Deterministic for a seed whatever the thread count (0: all cores). `progress(done, total)`
    /// is called from the calling thread now and then; when `cancel` is set (checked between
    /// replications) it returns std::nullopt.
    static std::optional<BootstrapSummary>
    run(const Eigen::MatrixXd& x, const Eigen::VectorXd& y, const EstimatorSettings& estimator,
        bool intercept, int replications, std::uint64_t seed, int threads = 0,
        const std::atomic<bool>* cancel = nullptr,
        const std::function<void(int done, int total)>& progress = {});
};

} // namespace lev::core
