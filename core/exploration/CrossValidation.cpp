// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#include "exploration/CrossValidation.h"

#include "estimators/Estimator.h"
#include "exploration/WeightedScatter.h"
#include "random/RandomStream.h"

#include <algorithm>
#include <cassert>
#include <numeric>
#include <string>
#include <utility>

namespace lev::core {

namespace {

// The shuffle has a stream of its own, apart from the bootstrap's streams 0..R-1.
constexpr std::uint64_t kFoldStream = 0xC805F01D00000000ULL;
// The fold moments and their suffix merges take 2 K (p + 1)^2 numbers; above this many (256 MiB),
// too many folds for that many features.
constexpr double kMaxMomentNumbers = 32.0 * 1024 * 1024;

bool cancelled(const std::atomic<bool>* cancel)
{
    return cancel != nullptr && cancel->load(std::memory_order_relaxed);
}

/// Count, mean and centered scatter (both triangles) of (x, y) over some rows.
struct Moments
{
    double n = 0.0;
    Eigen::VectorXd mean;
    Eigen::MatrixXd scatter;
};

Moments merged(const Moments& a, const Moments& b)
{
    if (a.n == 0.0)
        return b;
    if (b.n == 0.0)
        return a;
    Moments m;
    m.n = a.n + b.n;
    const Eigen::VectorXd delta = b.mean - a.mean;
    m.mean = a.mean + delta * (b.n / m.n);
    m.scatter = a.scatter + b.scatter + (a.n * b.n / m.n) * delta * delta.transpose();
    return m;
}

/// What an estimator fits to a training set: centered, or about 0 without an intercept.
SufficientStatistics trainingStatistics(const Moments& m, bool intercept)
{
    const int n = static_cast<int>(m.n);
    if (intercept)
        return SufficientStatistics::fromJoint(n, m.mean, m.scatter);
    const Eigen::MatrixXd uncentered = m.scatter + m.n * m.mean * m.mean.transpose();
    return SufficientStatistics::fromJoint(n, Eigen::VectorXd::Zero(m.mean.size()), uncentered);
}

std::vector<CrossValidationScore> failedScores(std::vector<CrossValidationScore> scores,
                                               const std::string& message)
{
    for (CrossValidationScore& score : scores) {
        score.status = FitStatus::InvalidSettings;
        score.message = message;
    }
    return scores;
}

/// The held-out residuals of one estimator's K fits: pooled and per-fold R^2.
void scoreResiduals(const Eigen::MatrixXd& x, const Eigen::VectorXd& y,
                    const std::vector<int>& fold, const Eigen::MatrixXd& foldWeights,
                    const Eigen::VectorXd& foldIntercepts, const Eigen::VectorXd& foldTotals,
                    double total, CrossValidationScore& score)
{
    const Eigen::Index n = x.rows();
    const int folds = static_cast<int>(foldWeights.rows());
    Eigen::VectorXd residual(n);
    for (Eigen::Index i = 0; i < n; ++i)
        residual[i] = y[i] - foldIntercepts[fold[i]];
    for (Eigen::Index j = 0; j < x.cols(); ++j) {
        const double* column = x.col(j).data();
        const double* weights = foldWeights.col(j).data();
        for (Eigen::Index i = 0; i < n; ++i)
            residual[i] -= column[i] * weights[fold[i]];
    }
    Eigen::VectorXd foldErrors = Eigen::VectorXd::Zero(folds);
    for (Eigen::Index i = 0; i < n; ++i)
        foldErrors[fold[i]] += residual[i] * residual[i];
    if (total > 0.0)
        score.r2 = 1.0 - foldErrors.sum() / total;
    if ((foldTotals.array() > 0.0).all())
        for (int k = 0; k < folds; ++k)
            score.foldR2.push_back(1.0 - foldErrors[k] / foldTotals[k]);
}

} // namespace

std::vector<int> CrossValidation::foldOf(int n, int folds, std::uint64_t seed)
{
    if (folds < 2 || folds > n)
        return {};
    std::vector<int> order(static_cast<std::size_t>(n));
    std::iota(order.begin(), order.end(), 0);
    RandomStream random(seed, kFoldStream);
    for (int i = n - 1; i > 0; --i)
        std::swap(order[i], order[std::min(i, static_cast<int>(random.uniform() * (i + 1)))]);
    std::vector<int> fold(static_cast<std::size_t>(n));
    for (int k = 0; k < folds; ++k) {
        const long long begin = static_cast<long long>(k) * n / folds;
        const long long end = static_cast<long long>(k + 1) * n / folds;
        for (long long position = begin; position < end; ++position)
            fold[order[position]] = k;
    }
    return fold;
}

std::vector<CrossValidationScore>
CrossValidation::run(const Eigen::MatrixXd& x, const Eigen::VectorXd& y,
                     const std::vector<EstimatorSettings>& estimators, bool intercept, int folds,
                     std::uint64_t seed, const std::atomic<bool>* cancel)
{
    assert(x.rows() == y.size());
    const int n = static_cast<int>(x.rows());
    const Eigen::Index p = x.cols();
    std::vector<CrossValidationScore> scores(estimators.size());
    for (std::size_t e = 0; e < estimators.size(); ++e) {
        scores[e].estimator = estimators[e];
        scores[e].folds = folds;
    }
    if (folds < 2 || folds > n)
        return failedScores(std::move(scores), "folds must be between 2 and the number of rows, " +
                                                   std::to_string(n) + " (got " +
                                                   std::to_string(folds) + ")");
    const double q = static_cast<double>(p + 1);
    if (2.0 * folds * q * q > kMaxMomentNumbers)
        return failedScores(std::move(scores), std::to_string(folds) + " folds are too many for " +
                                                   std::to_string(p) +
                                                   " features: use fewer folds");
    for (std::size_t e = 0; e < estimators.size(); ++e) {
        if (std::string problem = estimators[e].validate(static_cast<int>(p)); !problem.empty()) {
            scores[e].status = FitStatus::InvalidSettings;
            scores[e].message = problem;
        }
    }

    // The moments of each fold, from its rows in ascending order.
    const std::vector<int> fold = foldOf(n, folds, seed);
    std::vector<std::vector<int>> foldRows(static_cast<std::size_t>(folds));
    for (int i = 0; i < n; ++i)
        foldRows[fold[i]].push_back(i);
    // Accumulated about the mean of all rows, which is near each fold's mean.
    WeightedScatter scatter(x, y);
    const Eigen::VectorXd centre = scatter.centre();
    std::vector<Moments> moments(static_cast<std::size_t>(folds));
    Eigen::VectorXd foldTotals(folds); // the held-out target's sum of squares
    for (int k = 0; k < folds; ++k) {
        if (cancelled(cancel))
            return {};
        const std::vector<int>& rows = foldRows[k];
        const int count = static_cast<int>(rows.size());
        Moments& m = moments[k];
        m.n = count;
        m.scatter = Eigen::MatrixXd::Zero(p + 1, p + 1);
        const Eigen::VectorXd offset =
            scatter.addScatter(rows.data(), nullptr, count, centre, m.scatter);
        m.mean = WeightedScatter::recentre(centre, offset, count, m.scatter);
        // A target equal on every held-out row has no spread, whatever the rounding of its mean.
        const bool constant =
            std::all_of(rows.begin(), rows.end(), [&](int i) { return y[i] == y[rows.front()]; });
        if (intercept)
            foldTotals[k] = constant ? 0.0 : m.scatter(p, p);
        else
            foldTotals[k] = m.scatter(p, p) + count * m.mean[p] * m.mean[p];
    }
    double total = y.squaredNorm();
    if (intercept)
        total = (y.array() == y[0]).all() ? 0.0 : (y.array() - y.mean()).matrix().squaredNorm();

    // Training set k = folds before k merged with the folds after k (suffix merges).
    std::vector<Moments> after(static_cast<std::size_t>(folds) + 1);
    for (int k = folds - 1; k >= 0; --k)
        after[k] = merged(moments[k], after[k + 1]);
    std::vector<Eigen::MatrixXd> foldWeights(estimators.size(), Eigen::MatrixXd(folds, p));
    std::vector<Eigen::VectorXd> foldIntercepts(estimators.size(), Eigen::VectorXd(folds));
    Moments before;
    for (int k = 0; k < folds; ++k) {
        if (cancelled(cancel))
            return {};
        const SufficientStatistics training =
            trainingStatistics(merged(before, after[k + 1]), intercept);
        before = merged(before, moments[k]);
        for (std::size_t e = 0; e < estimators.size(); ++e) {
            CrossValidationScore& score = scores[e];
            if (score.status != FitStatus::Ok)
                continue;
            const LinearFit fit = Estimator::fit(estimators[e], training);
            const std::string where =
                "fold " + std::to_string(k + 1) + " of " + std::to_string(folds) + ": ";
            if (!fit.ok()) {
                score.status = fit.status;
                score.message = where + fit.message;
                continue;
            }
            if (!fit.message.empty() && score.message.empty())
                score.message = where + fit.message;
            foldWeights[e].row(k) = fit.weights.transpose();
            foldIntercepts[e][k] = fit.intercept;
        }
    }
    for (std::size_t e = 0; e < estimators.size(); ++e) {
        if (cancelled(cancel))
            return {};
        if (scores[e].status == FitStatus::Ok)
            scoreResiduals(x, y, fold, foldWeights[e], foldIntercepts[e], foldTotals, total,
                           scores[e]);
    }
    return scores;
}

} // namespace lev::core
