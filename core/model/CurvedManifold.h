// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#pragma once
// The curved-manifold generator (docs/math.md §9): U ~ N(0, I_k), h_j(U) = tanh(a_j^T U) / s
// with |a_j| = 2 and s^2 = E tanh^2(2 Z), X_j = sqrt(c) h_j(U) + sqrt(1 - c) E_j, and
// Y = sum_{j in S} f(X_j) + sigma eps with f(x) = b (x + (x^2 - 1) / 2). Its truth is exact.

#include "model/ModelSettings.h"

#include <Eigen/Dense>
#include <cmath>
#include <string>
#include <vector>

namespace lev::core {

class RandomStream;

class CurvedManifold
{
public:
    static constexpr double kProjectionNorm = 2.0; ///< |a_j|: how far into tanh's bend

    /// Reads c, sigma, b, p, k, |S| and loadingSeed from settings (validated by the caller).
    explicit CurvedManifold(const ModelSettings& settings);

    int featureCount() const { return static_cast<int>(m_projections.rows()); }
    std::vector<std::string> featureNames() const;
    /// The projections a_j as rows (p x k).
    const Eigen::MatrixXd& projections() const { return m_projections; }
    /// s = sqrt(E tanh^2(2 Z)), Z ~ N(0, 1), by quadrature.
    double tanhScale() const { return m_scale; }
    bool isLever(int feature) const { return feature < m_levers; }

    /// f(x) = b (x + (x^2 - 1) / 2): a lever's contribution to Y; E f(X_j) = 0.
    double leverEffect(double x) const;
    /// E[Y | do(X_j = x)] = f(x) for a lever, 0 otherwise (the features cause nothing else).
    double doCurve(int feature, double x) const;
    /// E[Y | do(X_a = u, X_b = v)].
    double doSurface(int a, double u, int b, double v) const;
    /// The average causal effect E f'(X_j) = b for a lever, 0 otherwise.
    Eigen::VectorXd causalEffects() const;

    /// n observational rows.
    void sampleObservational(RandomStream& random, int n, Eigen::MatrixXd& features,
                             Eigen::VectorXd& outcome) const;
    /// n rows with every feature drawn independently from its observational marginal.
    void sampleInterventional(RandomStream& random, int n, Eigen::MatrixXd& features,
                              Eigen::VectorXd& outcome) const;

    /// E g(Z) for Z ~ N(0, 1) by the trapezoidal rule on [-12, 12], step 1/64: for g analytic
    /// in a strip about the real axis the error falls like exp(-2 pi d / step) (below 1e-12).
    template <typename Function> static double gaussianExpectation(Function g);

private:
    double outcomeOf(const Eigen::Ref<const Eigen::RowVectorXd>& x) const;

    Eigen::MatrixXd m_projections;
    double m_scale = 1.0;
    double m_collinearity;
    double m_noise;
    double m_effect;
    int m_levers;
};

template <typename Function> double CurvedManifold::gaussianExpectation(Function g)
{
    constexpr double kHalfWidth = 12.0;
    constexpr int kStepsPerUnit = 64;
    constexpr int kHalfCount = static_cast<int>(kHalfWidth) * kStepsPerUnit;
    constexpr double kStep = 1.0 / kStepsPerUnit;
    const double norm = 0.39894228040143267794; // 1 / sqrt(2 pi)
    double sum = 0.0;
    for (int i = -kHalfCount; i <= kHalfCount; ++i) {
        const double z = i * kStep;
        const double weight = (i == -kHalfCount || i == kHalfCount) ? 0.5 : 1.0;
        sum += weight * g(z) * std::exp(-0.5 * z * z);
    }
    return sum * kStep * norm;
}

} // namespace lev::core
