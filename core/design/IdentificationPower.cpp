// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#include "design/IdentificationPower.h"

#include "design/DesignFit.h"
#include "design/PooledLimit.h"
#include "design/SamplingCovariance.h"

#include <Eigen/Dense>
#include <algorithm>
#include <boost/math/distributions/non_central_t.hpp>
#include <boost/math/distributions/students_t.hpp>
#include <cmath>
#include <cstdio>
#include <exception>
#include <set>

namespace lev::core {

namespace {

/// A weight this small against the outcome's scale counts as 0 (a non-lever's exact limit).
constexpr double kZeroWeight = 1e-9;

double normalCdf(double x)
{
    return 0.5 * std::erfc(-x / std::sqrt(2.0));
}

/// P(T' <= t) for T' noncentral t(dof, delta) by the normal approximation
/// Phi((t (1 - 1/(4 dof)) - delta) / sqrt(1 + t^2 / (2 dof))) (Johnson, Kotz & Balakrishnan,
/// Continuous Univariate Distributions 2, eq. 31.26): used where Boost's Poisson series would
/// need about delta^2 / 2 terms, and where it is accurate to many digits anyway.
double noncentralTCdfApproximation(double dof, double delta, double t)
{
    return normalCdf((t * (1.0 - 1.0 / (4.0 * dof)) - delta) /
                     std::sqrt(1.0 + t * t / (2.0 * dof)));
}

/// P(|T| > c) for T noncentral t with `dof` degrees of freedom and noncentrality delta.
double exceedance(double dof, double delta, double c)
{
    constexpr double kLargeDelta = 20.0;
    constexpr double kLargeDof = 2000.0;
    const double d = std::abs(delta);
    if (d > kLargeDelta || dof > kLargeDof)
        return 1.0 - noncentralTCdfApproximation(dof, d, c) +
               noncentralTCdfApproximation(dof, d, -c);
    try {
        if (d == 0.0) {
            const boost::math::students_t t(dof);
            return 2.0 * boost::math::cdf(boost::math::complement(t, c));
        }
        const boost::math::non_central_t t(dof, d);
        return boost::math::cdf(boost::math::complement(t, c)) + boost::math::cdf(t, -c);
    } catch (const std::exception&) {
        return 1.0 - noncentralTCdfApproximation(dof, d, c) +
               noncentralTCdfApproximation(dof, d, -c);
    }
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

double IdentificationPower::experimental(const Eigen::MatrixXd& experimental,
                                         const std::vector<bool>& levers, int randomizedRows)
{
    const Eigen::Index p = experimental.rows() - 1;
    if (randomizedRows < p + 3)
        return 0.0;
    const auto beta = PooledLimit::weights(experimental);
    if (!beta)
        return 0.0;
    const double sigma2 = SamplingCovariance::residualVariance(experimental, *beta);
    const Eigen::VectorXd inverseDiagonal =
        experimental.topLeftCorner(p, p).ldlt().solve(Eigen::MatrixXd::Identity(p, p)).diagonal();
    const double dof = static_cast<double>(randomizedRows - p - 1);
    const double c = DesignFit::tQuantile975(randomizedRows - static_cast<int>(p) - 1);
    const double scale = std::sqrt(std::max(experimental(p, p), 0.0));
    double probability = 1.0;
    for (Eigen::Index j = 0; j < p; ++j) {
        double excludes = 0.0;
        if (isZero((*beta)[j], scale)) {
            excludes = sigma2 > 0.0 ? exceedance(dof, 0.0, c) : 0.0;
        } else if (!(sigma2 > 0.0)) {
            excludes = 1.0;
        } else {
            const double delta = (*beta)[j] * std::sqrt(static_cast<double>(randomizedRows - p)) /
                                 std::sqrt(sigma2 * inverseDiagonal[j]);
            excludes = exceedance(dof, delta, c);
        }
        probability *= levers[std::size_t(j)] ? excludes : 1.0 - excludes;
    }
    return std::clamp(probability, 0.0, 1.0);
}

int IdentificationPower::observationalRowsFor(double fraction, int randomizedRows)
{
    if (fraction <= 0.0)
        return 0;
    return static_cast<int>(std::lround(randomizedRows * (1.0 - fraction) / fraction));
}

double IdentificationPower::pooled(const DesignRegimes& regimes, const std::vector<bool>& levers,
                                   double fraction, int randomizedRows)
{
    if (fraction <= 0.0 || randomizedRows <= 0)
        return 0.0;
    const Eigen::Index p = regimes.observational.rows() - 1;
    const int observationalRows = observationalRowsFor(fraction, randomizedRows);
    const int n = observationalRows + randomizedRows;
    const auto covariance = SamplingCovariance::pooledOls(
        regimes.observational, regimes.experimental, observationalRows, randomizedRows);
    if (!covariance)
        return 0.0;
    const double share = static_cast<double>(randomizedRows) / n;
    const Eigen::MatrixXd joint =
        PooledLimit::mixture(regimes.observational, regimes.experimental, share);
    const auto beta = PooledLimit::weights(joint);
    if (!beta)
        return 0.0;
    // The classical OLS standard error the interval uses: s^2 (X^T X)^{-1}_jj with s^2 the
    // mixture's residual variance and E (X^T X)^{-1} ~ M^{-1} / (n - p - 2).
    const double sigma2 = SamplingCovariance::residualVariance(joint, *beta);
    const Eigen::VectorXd inverseDiagonal =
        joint.topLeftCorner(p, p).ldlt().solve(Eigen::MatrixXd::Identity(p, p)).diagonal();
    const double c = DesignFit::tQuantile975(n - static_cast<int>(p) - 1);
    double probability = 1.0;
    for (Eigen::Index j = 0; j < p; ++j) {
        const double se = std::sqrt(sigma2 * inverseDiagonal[j] / static_cast<double>(n - p - 2));
        const double sd = std::sqrt(std::max((*covariance)(j, j), 0.0));
        double excludes = 0.0;
        if (sd > 0.0)
            excludes =
                normalCdf((-c * se - (*beta)[j]) / sd) + normalCdf(((*beta)[j] - c * se) / sd);
        else
            excludes = std::abs((*beta)[j]) > c * se ? 1.0 : 0.0;
        probability *= levers[std::size_t(j)] ? excludes : 1.0 - excludes;
    }
    return std::clamp(probability, 0.0, 1.0);
}

std::vector<int> IdentificationPower::grid(int n, int p)
{
    std::set<int> values = {0};
    const int first = std::min(p + 3, n);
    constexpr int kPoints = 40;
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
