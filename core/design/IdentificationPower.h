// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#pragma once
// The probability that a study identifies the levers (docs/math.md §8.5): every lever's 95 %
// interval excludes 0 and every other feature's includes it, jointly. The t statistics are
// T = N / S, S^2 ~ chi^2_nu / nu, N normal with mean beta_j E[chi_m] / sqrt(s^2 (S^-1)_jj),
// m = rows - p, and the numerators' correlation (experiment: corr(S_XX^-1); pooled: the
// sandwich); the rectangle probability by JointNormalProbability.

#include "design/JointNormalProbability.h"
#include "design/StrategyComparison.h"

#include <optional>
#include <string>
#include <vector>

namespace lev::core {

class IdentificationPower
{
public:
    /// Experiment-only OLS on `randomizedRows` rows of the experimental regime.
    static ProbabilityEstimate experimental(const Eigen::MatrixXd& experimental,
                                            const std::vector<bool>& levers, int randomizedRows);
    /// Pooled OLS on `randomizedRows` randomized and the matching observational rows at share pi
    /// (round(n_e (1 - pi) / pi) of them); 0 when pi = 0.
    static ProbabilityEstimate pooled(const DesignRegimes& regimes, const std::vector<bool>& levers,
                                      double fraction, int randomizedRows);
    /// The observational rows that go with `randomizedRows` at share pi.
    static int observationalRowsFor(double fraction, int randomizedRows);
    /// The grid of randomized rows of the curve: 0 and 24 values up to n, evenly on a log scale.
    static std::vector<int> grid(int n, int p);
    /// The smallest n_e in [lo, hi] with power(n_e) >= 0.8, assuming it grows with n_e between
    /// a grid point below 0.8 and one above; none when power(hi) < 0.8.
    template <typename Power>
    static std::optional<int> smallestReaching(const Power& power, int lo, int hi, double level)
    {
        if (hi < lo || power(hi) < level)
            return std::nullopt;
        if (power(lo) >= level)
            return lo;
        while (hi - lo > 1) {
            const int mid = lo + (hi - lo) / 2;
            (power(mid) >= level ? hi : lo) = mid;
        }
        return hi;
    }
    /// Why a curve never reaches 80 % whatever the rows: a non-lever whose weight in the limit
    /// is not 0, or a lever whose weight is 0; empty when neither. `whose`: "its experimental".
    static std::string limitReason(const std::vector<std::string>& features,
                                   const std::vector<bool>& levers, const Eigen::VectorXd& limit,
                                   const char* whose);
    /// Otherwise the budget is too small: with the rows 80 % needs, if known.
    static std::string budgetReason(std::optional<int> rowsNeeded);

private:
    /// E[chi_m] / sqrt(sigma^2 (S^-1)_jj): what turns a weight into its t statistic's centre.
    static Eigen::VectorXd tScale(double sigma2, const Eigen::MatrixXd& inverse, int rows);
    /// The joint probability of the t statistics of `rows` rows: limit weights `beta`,
    /// residual variance sigma2, S^-1 = `inverse`, the numerators' covariance `noise`.
    static ProbabilityEstimate joint(const Eigen::VectorXd& beta, double sigma2,
                                     const Eigen::MatrixXd& inverse, const Eigen::MatrixXd& noise,
                                     int rows, const std::vector<bool>& levers,
                                     double outcomeScale);
};

} // namespace lev::core
