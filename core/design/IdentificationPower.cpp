// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#include "design/IdentificationPower.h"

#include "design/DesignFit.h"
#include "design/JointNormalProbability.h"
#include "design/PooledLimit.h"
#include "design/SamplingCovariance.h"

#include <Eigen/Dense>
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <set>

namespace lev::core {

namespace {

/// A weight this small against the outcome's scale counts as 0 (a non-lever's exact limit).
constexpr double kZeroWeight = 1e-9;

/// E sqrt(chi^2_m) = sqrt(2) Gamma((m + 1) / 2) / Gamma(m / 2).
double chiMean(int m)
{
    return std::sqrt(2.0) * std::exp(std::lgamma((m + 1.0) / 2.0) - std::lgamma(m / 2.0));
}

bool isZero(double weight, double scale)
{
    return std::abs(weight) <= kZeroWeight * std::max(scale, 1.0);
}

std::string formatted(double value)
{
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.3g", value);
    return buffer;
}

} // namespace

ProbabilityEstimate IdentificationPower::experimental(const Eigen::MatrixXd& experimental,
                                                      const std::vector<bool>& levers,
                                                      int randomizedRows)
{
    const Eigen::Index p = experimental.rows() - 1;
    if (randomizedRows < p + 3)
        return {};
    const auto beta = PooledLimit::weights(experimental);
    if (!beta)
        return {};
    const double sigma2 = SamplingCovariance::residualVariance(experimental, *beta);
    const Eigen::MatrixXd inverse =
        experimental.topLeftCorner(p, p).ldlt().solve(Eigen::MatrixXd::Identity(p, p));
    const Eigen::VectorXd inverseSd = inverse.diagonal().cwiseSqrt();
    // Given the design the t numerators are exactly standard normal with corr(G^{-1}); this
    // takes corr(S_XX^{-1}), its limit.
    const Eigen::MatrixXd noise =
        inverseSd.cwiseInverse().asDiagonal() * inverse * inverseSd.cwiseInverse().asDiagonal();
    return joint(*beta, sigma2, inverse, noise, randomizedRows, levers,
                 std::sqrt(std::max(experimental(p, p), 0.0)));
}

int IdentificationPower::observationalRowsFor(double fraction, int randomizedRows)
{
    if (fraction <= 0.0)
        return 0;
    return static_cast<int>(std::lround(randomizedRows * (1.0 - fraction) / fraction));
}

ProbabilityEstimate IdentificationPower::pooled(const DesignRegimes& regimes,
                                                const std::vector<bool>& levers, double fraction,
                                                int randomizedRows)
{
    if (fraction <= 0.0 || randomizedRows <= 0)
        return {};
    const Eigen::Index p = regimes.observational.rows() - 1;
    const int observationalRows = observationalRowsFor(fraction, randomizedRows);
    const int n = observationalRows + randomizedRows;
    const auto covariance = SamplingCovariance::pooledOls(
        regimes.observational, regimes.experimental, observationalRows, randomizedRows);
    if (!covariance)
        return {};
    const double share = static_cast<double>(randomizedRows) / n;
    const Eigen::MatrixXd mixture =
        PooledLimit::mixture(regimes.observational, regimes.experimental, share);
    const auto beta = PooledLimit::weights(mixture);
    if (!beta)
        return {};
    // The classical standard error s sqrt((X^T X)^{-1}_jj) takes the mixture's residual
    // variance and M; the numerators' covariance is the sandwich (the two regimes' residuals
    // differ), scaled as the t statistics are.
    const double sigma2 = SamplingCovariance::residualVariance(mixture, *beta);
    const Eigen::MatrixXd inverse =
        mixture.topLeftCorner(p, p).ldlt().solve(Eigen::MatrixXd::Identity(p, p));
    const Eigen::VectorXd scale = tScale(sigma2, inverse, n);
    const Eigen::MatrixXd noise = scale.asDiagonal() * *covariance * scale.asDiagonal();
    return joint(*beta, sigma2, inverse, noise, n, levers, std::sqrt(std::max(mixture(p, p), 0.0)));
}

Eigen::VectorXd IdentificationPower::tScale(double sigma2, const Eigen::MatrixXd& inverse, int rows)
{
    return (chiMean(rows - inverse.rows()) / (sigma2 * inverse.diagonal().array()).sqrt()).matrix();
}

ProbabilityEstimate IdentificationPower::joint(const Eigen::VectorXd& beta, double sigma2,
                                               const Eigen::MatrixXd& inverse,
                                               const Eigen::MatrixXd& noise, int rows,
                                               const std::vector<bool>& levers, double outcomeScale)
{
    const Eigen::Index p = beta.size();
    const std::vector<bool>& outside = levers; // a lever's interval must exclude 0
    if (!(sigma2 > 0.0)) {
        // A perfect fit: every interval has width 0; it excludes 0 where the weight is not 0.
        for (Eigen::Index j = 0; j < p; ++j)
            if (isZero(beta[j], outcomeScale) == bool(outside[std::size_t(j)]))
                return {0.0, 0.0};
        return {1.0, 0.0};
    }
    const Eigen::VectorXd scale = tScale(sigma2, inverse, rows);
    const double m = static_cast<double>(rows - p);
    const double mean = chiMean(static_cast<int>(rows - p));
    // sqrt(RSS_j) fluctuates with relative variance (m - E[chi_m]^2) / E[chi_m]^2, and
    // corr(RSS_j, RSS_k) -> rho_jk^2, rho = corr(S_XX^{-1}).
    const double relativeVariance = std::max(m - mean * mean, 0.0) / (mean * mean);
    const Eigen::VectorXd inverseSd = inverse.diagonal().cwiseSqrt().cwiseInverse();
    const Eigen::MatrixXd rho = inverseSd.asDiagonal() * inverse * inverseSd.asDiagonal();
    Eigen::VectorXd centre(p);
    for (Eigen::Index j = 0; j < p; ++j)
        centre[j] = isZero(beta[j], outcomeScale) ? 0.0 : beta[j] * scale[j];
    const Eigen::MatrixXd covariance =
        noise +
        relativeVariance * (centre * centre.transpose()).cwiseProduct(rho.cwiseProduct(rho));
    const int dof = rows - static_cast<int>(p) - 1;
    const Eigen::VectorXd bounds = Eigen::VectorXd::Constant(p, DesignFit::tQuantile975(dof));
    return JointNormalProbability::of(centre, covariance, bounds, outside, dof);
}

std::vector<int> IdentificationPower::grid(int n, int p)
{
    std::set<int> values = {0};
    const int first = std::min(p + 3, n);
    constexpr int kPoints = 24;
    if (n > 0) {
        const double ratio = static_cast<double>(n) / std::max(first, 1);
        for (int i = 0; i < kPoints; ++i)
            values.insert(static_cast<int>(
                std::lround(std::max(first, 1) * std::pow(ratio, i / double(kPoints - 1)))));
        values.insert(n);
    }
    return {values.begin(), values.end()};
}

std::string IdentificationPower::limitReason(const std::vector<std::string>& features,
                                             const std::vector<bool>& levers,
                                             const Eigen::VectorXd& limit, const char* whose)
{
    const double scale = std::max(1.0, limit.cwiseAbs().maxCoeff());
    for (Eigen::Index j = 0; j < limit.size(); ++j) {
        if (!levers[std::size_t(j)] && !isZero(limit[j], scale))
            return features[std::size_t(j)] + " is not a lever, but " + whose +
                   " weight converges to " + formatted(limit[j]) +
                   (std::string(whose) == "its experimental"
                        ? " (it is confounded and not randomized)"
                        : "") +
                   ": its interval stops covering 0 as rows grow";
        if (levers[std::size_t(j)] && isZero(limit[j], scale))
            return features[std::size_t(j)] + " is a lever, but " + whose +
                   " weight converges to 0: its interval keeps covering 0";
    }
    return {};
}

std::string IdentificationPower::budgetReason(std::optional<int> rowsNeeded)
{
    if (rowsNeeded)
        return "the budget is too small: 80 % needs about " + std::to_string(*rowsNeeded) +
               " randomized rows";
    return "80 % is not reached within 10 million randomized rows";
}

} // namespace lev::core
