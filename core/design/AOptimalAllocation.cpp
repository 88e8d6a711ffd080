// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#include "design/AOptimalAllocation.h"

#include <Eigen/Dense>
#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>
#include <vector>

namespace lev::core {

namespace {

constexpr int kMaxIterations = 500;

/// M^{-1} or none when M is not positive definite.
std::optional<Eigen::MatrixXd> inverseOf(const Eigen::MatrixXd& m)
{
    const Eigen::LLT<Eigen::MatrixXd> llt(m);
    if (llt.info() != Eigen::Success || !(llt.rcond() > 1e-14))
        return std::nullopt;
    return llt.solve(Eigen::MatrixXd::Identity(m.rows(), m.cols()));
}

Eigen::MatrixXd momentMatrix(const Eigen::MatrixXd& s, double fraction, const Eigen::VectorXd& v)
{
    Eigen::MatrixXd m = (1.0 - fraction) * s;
    m.diagonal() += fraction * v;
    return m;
}

} // namespace

std::optional<double> AOptimalAllocation::traceInverse(const Eigen::MatrixXd& featureCovariance,
                                                       double fraction,
                                                       const Eigen::VectorXd& variances)
{
    const auto inverse = inverseOf(momentMatrix(featureCovariance, fraction, variances));
    if (!inverse)
        return std::nullopt;
    return inverse->trace();
}

Eigen::VectorXd AOptimalAllocation::optimalVariances(const Eigen::MatrixXd& featureCovariance,
                                                     double fraction, double budget)
{
    const Eigen::Index p = featureCovariance.rows();
    Eigen::VectorXd v = Eigen::VectorXd::Constant(p, budget / static_cast<double>(p));
    if (fraction <= 0.0 || p == 1)
        return v; // M does not depend on v (or there is one way to spend B).
    const auto objective = [&](const Eigen::VectorXd& x) {
        return traceInverse(featureCovariance, fraction, x)
            .value_or(std::numeric_limits<double>::infinity());
    };
    double f = objective(v);
    std::vector<bool> active(std::size_t(p), false); // v_j held at 0
    for (int iteration = 0; iteration < kMaxIterations; ++iteration) {
        const Eigen::MatrixXd inverse = *inverseOf(momentMatrix(featureCovariance, fraction, v));
        const Eigen::MatrixXd inverse2 = inverse * inverse;
        // f = tr M^{-1}: df/dv_j = -pi (M^{-2})_jj, d2f/dv_i dv_j = 2 pi^2 (M^{-1})_ij (M^{-2})_ij.
        const Eigen::VectorXd gradient = -fraction * inverse2.diagonal();
        const Eigen::MatrixXd hessian = 2.0 * fraction * fraction * inverse.cwiseProduct(inverse2);
        std::vector<Eigen::Index> free;
        for (Eigen::Index j = 0; j < p; ++j)
            if (!active[std::size_t(j)])
                free.push_back(j);
        const Eigen::Index k = Eigen::Index(free.size());
        // Newton step on the free coordinates with sum d = 0: the KKT system.
        Eigen::MatrixXd kkt = Eigen::MatrixXd::Zero(k + 1, k + 1);
        Eigen::VectorXd rhs = Eigen::VectorXd::Zero(k + 1);
        for (Eigen::Index a = 0; a < k; ++a) {
            for (Eigen::Index b = 0; b < k; ++b)
                kkt(a, b) = hessian(free[a], free[b]);
            kkt(a, k) = kkt(k, a) = 1.0;
            rhs[a] = -gradient[free[a]];
        }
        const Eigen::VectorXd solution = kkt.fullPivLu().solve(rhs);
        const double multiplier = -solution[k]; // gradient_j = -multiplier on the support
        Eigen::VectorXd step = Eigen::VectorXd::Zero(p);
        for (Eigen::Index a = 0; a < k; ++a)
            step[free[a]] = solution[a];

        if (step.norm() <= 1e-15 * budget) {
            // Converged on this support: release the held coordinate that violates KKT most.
            Eigen::Index worst = -1;
            double violation = 1e-14 * std::abs(multiplier);
            for (Eigen::Index j = 0; j < p; ++j) {
                if (active[std::size_t(j)] && -gradient[j] - multiplier > violation) {
                    violation = -gradient[j] - multiplier;
                    worst = j;
                }
            }
            if (worst < 0)
                break;
            active[std::size_t(worst)] = false;
            continue;
        }
        // The longest step that keeps v >= 0, then backtracking on f.
        double length = 1.0;
        Eigen::Index blocking = -1;
        for (Eigen::Index j = 0; j < p; ++j) {
            if (step[j] < 0.0 && v[j] + length * step[j] < 0.0) {
                length = -v[j] / step[j];
                blocking = j;
            }
        }
        Eigen::VectorXd candidate = v + length * step;
        double fc = objective(candidate);
        int halvings = 0;
        while (!(fc <= f) && halvings < 60) {
            length *= 0.5;
            blocking = -1;
            candidate = v + length * step;
            fc = objective(candidate);
            ++halvings;
        }
        if (!(fc <= f))
            break; // no descent left at rounding level
        candidate = candidate.cwiseMax(0.0);
        if (blocking >= 0) {
            candidate[blocking] = 0.0;
            active[std::size_t(blocking)] = true;
        }
        candidate *= budget / candidate.sum();
        const double previous = f;
        v = candidate;
        f = objective(v);
        if (blocking < 0 && previous - f <= 1e-16 * std::abs(previous) && halvings > 0)
            break;
    }
    return v;
}

Allocation AOptimalAllocation::compute(const Eigen::MatrixXd& featureCovariance, double fraction,
                                       double budget)
{
    const Eigen::Index p = featureCovariance.rows();
    Allocation allocation;
    allocation.budget = budget;
    allocation.variances = optimalVariances(featureCovariance, fraction, budget);
    const double inf = std::numeric_limits<double>::infinity();
    allocation.traceInverse =
        traceInverse(featureCovariance, fraction, allocation.variances).value_or(inf);
    allocation.uniformTraceInverse =
        traceInverse(featureCovariance, fraction,
                     Eigen::VectorXd::Constant(p, budget / static_cast<double>(p)))
            .value_or(inf);
    for (Eigen::Index j = 0; j < p; ++j) {
        Eigen::VectorXd single = Eigen::VectorXd::Zero(p);
        single[j] = budget;
        allocation.singleFeatureTraceInverse.push_back(
            traceInverse(featureCovariance, fraction, single));
    }

    // Water-filling: M = V diag((1 - pi) lambda_k + pi u_k) V^T; the level L solves
    // sum_k max(0, L - (1 - pi) lambda_k) = pi B.
    const Eigen::SelfAdjointEigenSolver<Eigen::MatrixXd> eigen(featureCovariance);
    allocation.spectrum = eigen.eigenvalues().reverse();
    allocation.directions = eigen.eigenvectors().rowwise().reverse();
    allocation.directionBudget = Eigen::VectorXd::Constant(p, budget / static_cast<double>(p));
    if (fraction > 0.0) {
        const Eigen::VectorXd ground = (1.0 - fraction) * allocation.spectrum;
        // Ascending ground; fill the k lowest until the level stays below the next.
        std::vector<double> sorted(ground.data(), ground.data() + p);
        std::sort(sorted.begin(), sorted.end());
        double level = 0.0;
        double sum = 0.0;
        for (Eigen::Index k = 0; k < p; ++k) {
            sum += sorted[std::size_t(k)];
            level = (fraction * budget + sum) / static_cast<double>(k + 1);
            if (k + 1 == p || level <= sorted[std::size_t(k + 1)])
                break;
        }
        allocation.waterLevel = level;
        for (Eigen::Index k = 0; k < p; ++k)
            allocation.directionBudget[k] = std::max(0.0, level - ground[k]) / fraction;
    }
    double waterTrace = 0.0;
    for (Eigen::Index k = 0; k < p; ++k) {
        const double eigenvalue =
            (1.0 - fraction) * allocation.spectrum[k] + fraction * allocation.directionBudget[k];
        waterTrace += eigenvalue > 0.0 ? 1.0 / eigenvalue : inf;
    }
    allocation.waterFillingTraceInverse = waterTrace;
    return allocation;
}

} // namespace lev::core
