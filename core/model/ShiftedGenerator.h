// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#pragma once
// The shifted generator (docs/math.md §10): an exogenous anchor A (N(0, 1), or K equal
// environments with standardized values) shifts the lever X1 = s A + g H + e1 and, optionally,
// Y's child X2 = c Y + t A + tau e2; Y = b X1 + g H + sigma eY with H hidden. Its exact truth:
// causal and OLS weights, the IV limit, b_gamma = (S_XX + (gamma-1) M)^{-1} (S_XY + (gamma-1) m)
// and the risk under a shift of strength t, r^T S0 r + t^2 (r^T a)^2 with r = (-b, 1).

#include "model/LinearGaussianScm.h"

#include <Eigen/Dense>
#include <optional>
#include <string>
#include <vector>

namespace lev::core {

class RandomStream;

struct ShiftedSettings
{
    double shift = 1.0;       ///< s: the anchor's weight on the lever X1
    double childShift = 0.0;  ///< t: the anchor's weight on Y's child X2
    double confounding = 0.0; ///< g: the hidden H's weight on X1 and on Y
    double effect = 1.0;      ///< b: X1's causal effect on Y
    double childWeight = 1.0; ///< c: Y's weight on its child X2
    double noise = 1.0;       ///< sigma: Y's own noise scale
    double childNoise = 0.5;  ///< tau: X2's own noise scale (> 0)
    bool childFeature = true; ///< whether X2 is offered as a feature
    int environments = 0;     ///< 0: continuous anchor; K >= 2: K discrete environments

    static constexpr double kMaxWeight = 100.0;
    static constexpr int kMaxEnvironments = 100;
    /// Empty when valid, else one line naming the first bad field.
    std::string validate() const;
};

bool operator==(const ShiftedSettings& a, const ShiftedSettings& b);

/// One sample of the shifted generator.
struct ShiftedSample
{
    Eigen::MatrixXd features;    ///< n x p
    Eigen::VectorXd target;      ///< n
    Eigen::VectorXd anchor;      ///< n: the anchor's value in each row
    Eigen::VectorXd environment; ///< n: 0..K-1, or empty for a continuous anchor
};

class ShiftedGenerator
{
public:
    explicit ShiftedGenerator(const ShiftedSettings& settings);

    const LinearGaussianScm& scm() const { return m_scm; }
    std::vector<std::string> featureNames() const { return m_scm.featureNames(); }
    int featureCount() const { return m_scm.featureCount(); }

    /// d E[Y | do(X = x)] / dx: (b) or (b, 0).
    Eigen::VectorXd causalWeights() const;
    /// Sigma_XX^{-1} Sigma_XY: OLS with infinite data (gamma = 1).
    Eigen::VectorXd olsWeights() const;
    /// The population b_gamma for gamma >= 0; gamma = inf gives ivWeights().
    std::optional<Eigen::VectorXd> anchorWeights(double gamma) const;
    /// Two-stage least squares with A as instrument: M^{-1} m, when M is invertible (the anchor
    /// moves every feature: p = 1 and s != 0 in this generator); else std::nullopt and `why`.
    std::optional<Eigen::VectorXd> ivWeights(std::string* why = nullptr) const;
    /// E[(Y - X^T w)^2] when the anchor's second moment is strength^2 (1 in training).
    double risk(const Eigen::VectorXd& weights, double strength) const;

    /// The anchor value of environment e of K: standardized, mean 0 and variance 1.
    static double environmentAnchor(int e, int environments);
    /// n rows; row i is in environment floor(i K / n) when environments are discrete.
    ShiftedSample sample(RandomStream& random, int n) const;

private:
    ShiftedSettings m_settings;
    LinearGaussianScm m_scm;
    int m_anchor = -1;
    Eigen::MatrixXd m_sigma;        ///< Cov(X, Y), (p+1) x (p+1), training regime
    Eigen::VectorXd m_anchorEffect; ///< Cov((X, Y), A): the anchor's total effects
};

} // namespace lev::core
