// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#include "simulation/ReferenceWeightError.h"

#include "model/PopulationTruth.h"
#include "model/ScmFactory.h"

#include <algorithm>
#include <cmath>

namespace lev::core {

std::optional<double> referenceWeightError(const RecomputeSettings& settings)
{
    RecomputeSettings atZero = settings.atCollinearity(0.0);
    if (!atZero.validate().empty())
        return std::nullopt;
    const PopulationTruth truth = PopulationTruth::of(ScmFactory::build(atZero.model));
    const Eigen::Index p = truth.causalWeights.size();
    const Eigen::MatrixXd sxx = truth.featureCovariance();
    const Eigen::LDLT<Eigen::MatrixXd> ldlt(sxx);
    if (p == 0 || ldlt.info() != Eigen::Success || !(ldlt.vectorD().minCoeff() > 0.0))
        return std::nullopt;
    // Residual variance of the population regression, Var(Y) − β_popᵀ Σ β_pop.
    const Eigen::VectorXd& beta = truth.populationWeights;
    const double varY = truth.observedCovariance(p, p);
    const double residual = std::max(varY - beta.dot(sxx * beta), 0.0);
    const double traceInverse =
        ldlt.solve(Eigen::MatrixXd::Identity(p, p)).diagonal().sum(); // tr(Σ⁻¹)
    const double dof =
        std::max(static_cast<double>(settings.n) - static_cast<double>(p) - 2.0, 1.0);
    const double bias = (beta - truth.causalWeights).squaredNorm();
    const double rms = std::sqrt(bias + residual * traceInverse / dof);
    if (!std::isfinite(rms))
        return std::nullopt;
    return rms;
}

} // namespace lev::core
