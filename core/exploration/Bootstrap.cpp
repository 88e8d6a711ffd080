// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#include "exploration/Bootstrap.h"

#include "estimators/Estimator.h"
#include "exploration/WeightSpread.h"
#include "exploration/WeightedScatter.h"
#include "linalg/ParallelTasks.h"
#include "random/RandomStream.h"

#include <algorithm>
#include <cassert>
#include <vector>

namespace lev::core {

namespace {

/// One worker's storage, reused by every resample it fits.
struct Resample
{
    WeightedScatter moments;
    std::vector<int> counts; ///< n: how often each row was drawn
    std::vector<int> rows;   ///< the rows drawn at least once, ascending
    std::vector<double> weights;
    Eigen::MatrixXd scatter; ///< q x q

    Resample(const Eigen::MatrixXd& x, const Eigen::VectorXd& y)
        : moments(x, y), counts(static_cast<std::size_t>(x.rows())),
          scatter(x.cols() + 1, x.cols() + 1)
    {
    }

    /// The sufficient statistics of resample r: its scatter accumulated about `centre` (the
    /// mean of all rows, or 0 without an intercept) and, with an intercept, moved to its mean.
    SufficientStatistics draw(std::uint64_t seed, int r, const Eigen::VectorXd& centre,
                              bool intercept)
    {
        const int n = static_cast<int>(counts.size());
        RandomStream random(seed, static_cast<std::uint64_t>(r));
        std::fill(counts.begin(), counts.end(), 0);
        for (int i = 0; i < n; ++i)
            ++counts[std::min(n - 1, static_cast<int>(random.uniform() * n))];
        rows.clear();
        weights.clear();
        for (int i = 0; i < n; ++i) {
            if (counts[i] > 0) {
                rows.push_back(i);
                weights.push_back(counts[i]);
            }
        }
        scatter.setZero();
        const Eigen::VectorXd offset = moments.addScatter(
            rows.data(), weights.data(), static_cast<int>(rows.size()), centre, scatter);
        if (!intercept) {
            scatter.triangularView<Eigen::StrictlyUpper>() = scatter.transpose();
            return SufficientStatistics::fromJoint(n, centre, scatter);
        }
        const Eigen::VectorXd mean = WeightedScatter::recentre(centre, offset, n, scatter);
        return SufficientStatistics::fromJoint(n, mean, scatter);
    }
};

} // namespace

std::optional<BootstrapSummary> Bootstrap::run(const Eigen::MatrixXd& x, const Eigen::VectorXd& y,
                                               const EstimatorSettings& estimator, bool intercept,
                                               int replications, std::uint64_t seed, int threads,
                                               const std::atomic<bool>* cancel,
                                               const std::function<void(int, int)>& progress)
{
    assert(x.rows() == y.size());
    BootstrapSummary summary;
    summary.replications = std::max(0, replications);
    if (replications <= 0)
        return summary;
    const Eigen::Index p = x.cols();
    const Eigen::VectorXd centre =
        intercept ? WeightedScatter(x, y).centre() : Eigen::VectorXd::Zero(p + 1);
    Eigen::Matrix<double, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor> weights(replications, p);
    std::vector<char> fitted(static_cast<std::size_t>(replications), 0);
    const auto makeWorker = [&]() -> ParallelTasks::Worker {
        return [&, resample = Resample(x, y)](int r) mutable {
            const LinearFit fit =
                Estimator::fit(estimator, resample.draw(seed, r, centre, intercept));
            if (!fit.ok())
                return;
            weights.row(r) = fit.weights.transpose();
            fitted[static_cast<std::size_t>(r)] = 1;
        };
    };
    if (!ParallelTasks::run(replications, threads, makeWorker, cancel, progress))
        return std::nullopt;

    const auto successes = static_cast<Eigen::Index>(std::count(fitted.begin(), fitted.end(), 1));
    summary.failedReplications = replications - static_cast<int>(successes);
    Eigen::MatrixXd fittedWeights(successes, p);
    Eigen::Index row = 0;
    for (int r = 0; r < replications; ++r)
        if (fitted[static_cast<std::size_t>(r)])
            fittedWeights.row(row++) = weights.row(r);
    summary.weightSd = WeightSpread::sd(fittedWeights);
    summary.weightQuantiles =
        WeightSpread::quantiles(fittedWeights, BootstrapSummary::kQuantileLevels, 3);
    return summary;
}

} // namespace lev::core
