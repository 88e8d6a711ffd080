// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#pragma once
// Everything that is exactly true of a linear-Gaussian SCM, computed from B and d without
// simulation: causal and population-regression weights, total effects, conditional slopes,
// the feature covariance and both regimes' covariances, and the population R^2 values.

#include "model/LinearGaussianScm.h"

#include <Eigen/Dense>
#include <optional>
#include <string>
#include <vector>

namespace lev::core {

struct PopulationTruth
{
    std::vector<std::string> features;
    Eigen::VectorXd causalWeights;            ///< d E[Y | do(X = x)] / dx_j, all features set
    Eigen::VectorXd populationWeights;        ///< Sigma_XX^{-1} Sigma_XY: OLS with infinite data
    Eigen::VectorXd totalEffects;             ///< d E[Y | do(X_j = x)] / dx, only X_j set
    Eigen::VectorXd conditionalSlopes;        ///< Cov(X_j, Y) / Var(X_j) = d E[Y | X_j = x] / dx
    Eigen::MatrixXd observedCovariance;       ///< (X, Y), (p+1) x (p+1)
    Eigen::MatrixXd interventionalCovariance; ///< (X, Y) under do(X ~ independent draws)
    std::optional<double> r2;                 ///< R^2 of the population weights, observational
    std::optional<double> interventionalR2;   ///< R^2 of the population weights under do(X)

    Eigen::MatrixXd featureCovariance() const;

    static PopulationTruth of(const LinearGaussianScm& scm);
};

} // namespace lev::core
