// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#include "design/DesignFit.h"

#include <Eigen/Cholesky>
#include <algorithm>
#include <boost/math/distributions/students_t.hpp>
#include <cassert>
#include <cmath>

namespace lev::core {

namespace {
// As OrdinaryLeastSquares: a correlation Gram this ill-conditioned counts as singular.
constexpr double kSingularRcond = 1e-13;
constexpr double kNormalQuantile975 = 1.959963984540054;
} // namespace

double DesignFit::tQuantile975(int dof)
{
    assert(dof >= 1);
    return boost::math::quantile(boost::math::students_t(static_cast<double>(dof)), 0.975);
}

double DesignFit::criticalValueFor(int rows, int p)
{
    return rows >= p + 3 ? tQuantile975(rows - p - 1) : 0.0;
}

DesignFit DesignFit::ols(const SufficientStatistics& stats, double criticalValue)
{
    DesignFit fit;
    const int p = stats.featureCount();
    if (stats.n < p + 3)
        return fit;
    const Eigen::VectorXd scale = stats.featureScatter.diagonal().cwiseSqrt();
    if (!(scale.array() > 0.0).all())
        return fit;
    const Eigen::VectorXd inverseScale = scale.cwiseInverse();
    const Eigen::LLT<Eigen::MatrixXd> llt(inverseScale.asDiagonal() * stats.featureScatter *
                                          inverseScale.asDiagonal());
    if (llt.info() != Eigen::Success || !(llt.rcond() > kSingularRcond))
        return fit;
    fit.weights =
        inverseScale.asDiagonal() * llt.solve(inverseScale.asDiagonal() * stats.crossScatter);
    const int dof = stats.n - p - 1;
    const double rss = std::max(stats.targetScatter - stats.crossScatter.dot(fit.weights), 0.0);
    const double s2 = rss / dof;
    // diag(C^{-1}) = column norms^2 of L^{-1}; S^{-1}_jj = C^{-1}_jj / scale_j^2.
    const Eigen::MatrixXd lowerInverse = llt.matrixL().solve(Eigen::MatrixXd::Identity(p, p));
    fit.standardErrors = (s2 * lowerInverse.colwise().squaredNorm().transpose().array() *
                          inverseScale.array().square())
                             .sqrt()
                             .matrix();
    fit.criticalValue = criticalValue;
    fit.ok = true;
    return fit;
}

DesignFit DesignFit::combined(const DesignFit& first, const DesignFit& second)
{
    if (!first.ok || !second.ok)
        return first.ok ? first : second;
    DesignFit fit;
    const Eigen::Index p = first.weights.size();
    fit.weights.resize(p);
    fit.standardErrors.resize(p);
    for (Eigen::Index j = 0; j < p; ++j) {
        const double v1 = first.standardErrors[j] * first.standardErrors[j];
        const double v2 = second.standardErrors[j] * second.standardErrors[j];
        const double lambda = v1 + v2 > 0.0 ? v2 / (v1 + v2) : 0.5;
        fit.weights[j] = lambda * first.weights[j] + (1.0 - lambda) * second.weights[j];
        fit.standardErrors[j] =
            std::sqrt(lambda * lambda * v1 + (1.0 - lambda) * (1.0 - lambda) * v2);
    }
    fit.criticalValue = kNormalQuantile975;
    fit.ok = true;
    return fit;
}

SufficientStatistics DesignFit::pooled(const SufficientStatistics& a, const SufficientStatistics& b)
{
    if (b.n == 0)
        return a;
    if (a.n == 0)
        return b;
    SufficientStatistics s;
    s.n = a.n + b.n;
    const double n = s.n;
    s.featureMean = (a.n * a.featureMean + b.n * b.featureMean) / n;
    s.targetMean = (a.n * a.targetMean + b.n * b.targetMean) / n;
    // Scatter about the pooled mean: the two within-sample scatters plus the between term.
    const double between = static_cast<double>(a.n) * b.n / n;
    const Eigen::VectorXd dx = a.featureMean - b.featureMean;
    const double dy = a.targetMean - b.targetMean;
    s.featureScatter = a.featureScatter + b.featureScatter + between * dx * dx.transpose();
    s.crossScatter = a.crossScatter + b.crossScatter + between * dx * dy;
    s.targetScatter = a.targetScatter + b.targetScatter + between * dy * dy;
    return s;
}

bool DesignFit::identifies(const std::vector<bool>& levers) const
{
    if (!ok)
        return false;
    for (Eigen::Index j = 0; j < weights.size(); ++j) {
        const bool excludesZero = std::abs(weights[j]) > criticalValue * standardErrors[j];
        if (excludesZero != levers[std::size_t(j)])
            return false;
    }
    return true;
}

} // namespace lev::core
