// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#pragma once
// P(for every j: |N_j| <= b_j S, or |N_j| > b_j S where `outside`), N ~ N(mu, C) in p
// dimensions, S = sqrt(chi^2_nu / nu) independent of N (S = 1 when nu = 0): Genz's separation
// of variables (Genz 1992; Genz & Bretz 2009, §4.1) over shifted Richtmyer lattice points.

#include <Eigen/Core>
#include <vector>

namespace lev::core {

/// An integral and its error: three standard errors of the mean over the random shifts.
struct ProbabilityEstimate
{
    double value = 0.0;
    double error = 0.0;
};

class JointNormalProbability
{
public:
    /// `covariance` positive semi-definite (p x p), `bounds` >= 0; the lattice doubles from
    /// 64 to at most 256 points per shift (8 shifts) until `error` <= `tolerance`. The
    /// points and shifts are fixed: the same arguments give the same estimate.
    static ProbabilityEstimate of(const Eigen::VectorXd& mean, const Eigen::MatrixXd& covariance,
                                  const Eigen::VectorXd& bounds, const std::vector<bool>& outside,
                                  double dof, double tolerance = 1e-2);
    /// Phi^{-1}(probability) for probability in (0, 1): Wichura's AS 241 (PPND16), about 16
    /// digits; written out because it runs once per dimension and lattice point.
    static double normalQuantile(double probability);
    /// P(N(0, 1) <= x).
    static double normalCdf(double x);
};

} // namespace lev::core
