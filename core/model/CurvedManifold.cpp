// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#include "model/CurvedManifold.h"

#include "random/RandomStream.h"

#include <cassert>
#include <cmath>

namespace lev::core {

namespace {

/// The stream of the projections, apart from the replications' streams.
constexpr std::uint64_t kProjectionStream = 0x6375727665640000ULL; // "curved"

} // namespace

CurvedManifold::CurvedManifold(const ModelSettings& settings)
    : m_collinearity(settings.collinearity), m_noise(settings.noise), m_effect(settings.effect),
      m_levers(settings.levers)
{
    const int p = settings.features;
    const int k = settings.latentDimension;
    assert(p >= 1 && k >= 1 && m_levers >= 1 && m_levers <= p);
    RandomStream random(settings.loadingSeed, kProjectionStream);
    m_projections.resize(p, k);
    for (int j = 0; j < p; ++j) {
        double norm = 0.0;
        do {
            for (int l = 0; l < k; ++l)
                m_projections(j, l) = random.normal();
            norm = m_projections.row(j).norm();
        } while (!(norm > 1e-8));
        m_projections.row(j) *= kProjectionNorm / norm;
    }
    m_scale = std::sqrt(gaussianExpectation([](double z) {
        const double t = std::tanh(kProjectionNorm * z);
        return t * t;
    }));
}

std::vector<std::string> CurvedManifold::featureNames() const
{
    std::vector<std::string> names;
    for (int j = 0; j < featureCount(); ++j)
        names.push_back("X" + std::to_string(j + 1));
    return names;
}

double CurvedManifold::leverEffect(double x) const
{
    return m_effect * (x + 0.5 * (x * x - 1.0));
}

double CurvedManifold::doCurve(int feature, double x) const
{
    return isLever(feature) ? leverEffect(x) : 0.0;
}

double CurvedManifold::doSurface(int a, double u, int b, double v) const
{
    if (a == b)
        return doCurve(a, v);
    return doCurve(a, u) + doCurve(b, v);
}

Eigen::VectorXd CurvedManifold::causalEffects() const
{
    Eigen::VectorXd effects = Eigen::VectorXd::Zero(featureCount());
    effects.head(m_levers).setConstant(m_effect);
    return effects;
}

double CurvedManifold::outcomeOf(const Eigen::Ref<const Eigen::RowVectorXd>& x) const
{
    double y = 0.0;
    for (int j = 0; j < m_levers; ++j)
        y += leverEffect(x(j));
    return y;
}

void CurvedManifold::sampleObservational(RandomStream& random, int n, Eigen::MatrixXd& features,
                                         Eigen::VectorXd& outcome) const
{
    const int p = featureCount();
    const int k = static_cast<int>(m_projections.cols());
    const double onManifold = std::sqrt(m_collinearity) / m_scale;
    const double offManifold = std::sqrt(1.0 - m_collinearity);
    features.resize(n, p);
    outcome.resize(n);
    Eigen::VectorXd u(k);
    for (int i = 0; i < n; ++i) {
        for (int l = 0; l < k; ++l)
            u(l) = random.normal();
        for (int j = 0; j < p; ++j)
            features(i, j) =
                onManifold * std::tanh(m_projections.row(j).dot(u)) + offManifold * random.normal();
        outcome(i) = outcomeOf(features.row(i)) + m_noise * random.normal();
    }
}

void CurvedManifold::sampleInterventional(RandomStream& random, int n, Eigen::MatrixXd& features,
                                          Eigen::VectorXd& outcome) const
{
    // a_j^T U ~ N(0, |a_j|^2): each feature's own independent copy of it.
    const int p = featureCount();
    const double onManifold = std::sqrt(m_collinearity) / m_scale;
    const double offManifold = std::sqrt(1.0 - m_collinearity);
    features.resize(n, p);
    outcome.resize(n);
    for (int i = 0; i < n; ++i) {
        for (int j = 0; j < p; ++j) {
            const double z = random.normal();
            features(i, j) =
                onManifold * std::tanh(kProjectionNorm * z) + offManifold * random.normal();
        }
        outcome(i) = outcomeOf(features.row(i)) + m_noise * random.normal();
    }
}

} // namespace lev::core
