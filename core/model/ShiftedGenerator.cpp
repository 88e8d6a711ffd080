// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#include "model/ShiftedGenerator.h"

#include "random/RandomStream.h"

#include <cassert>
#include <cmath>

namespace lev::core {

namespace {

std::string checkWeight(const char* name, double value)
{
    if (!std::isfinite(value) || std::abs(value) > ShiftedSettings::kMaxWeight)
        return std::string(name) + " must be a number from -100 to 100";
    return {};
}

} // namespace

std::string ShiftedSettings::validate() const
{
    const std::pair<const char*, double> weights[] = {{"the shift", shift},
                                                      {"the child's shift", childShift},
                                                      {"the confounding", confounding},
                                                      {"the effect", effect},
                                                      {"the child's weight", childWeight}};
    for (const auto& [name, value] : weights)
        if (std::string problem = checkWeight(name, value); !problem.empty())
            return problem;
    if (!(noise >= 0.0 && noise <= kMaxWeight))
        return "the noise must be a number from 0 to 100";
    if (!(childNoise > 0.0 && childNoise <= kMaxWeight))
        return "the child's noise must be a number above 0 and at most 100";
    if (environments != 0 && (environments < 2 || environments > kMaxEnvironments))
        return "the environments must be 0 (a continuous anchor) or 2 to 100";
    return {};
}

bool operator==(const ShiftedSettings& a, const ShiftedSettings& b)
{
    return a.shift == b.shift && a.childShift == b.childShift && a.confounding == b.confounding &&
           a.effect == b.effect && a.childWeight == b.childWeight && a.noise == b.noise &&
           a.childNoise == b.childNoise && a.childFeature == b.childFeature &&
           a.environments == b.environments;
}

ShiftedGenerator::ShiftedGenerator(const ShiftedSettings& settings) : m_settings(settings)
{
    assert(settings.validate().empty());
    m_anchor = m_scm.addVariable("A", VariableRole::Latent, 1.0);
    const int h = m_scm.addVariable("H", VariableRole::Latent, 1.0);
    const int x1 = m_scm.addVariable("X1", VariableRole::Feature, 1.0);
    const int y = m_scm.addVariable("Y", VariableRole::Outcome, settings.noise);
    const int x2 = m_scm.addVariable(
        "X2", settings.childFeature ? VariableRole::Feature : VariableRole::Latent,
        settings.childNoise);
    m_scm.setEdge(x1, m_anchor, settings.shift);
    m_scm.setEdge(x1, h, settings.confounding);
    m_scm.setEdge(y, x1, settings.effect);
    m_scm.setEdge(y, h, settings.confounding);
    m_scm.setEdge(x2, y, settings.childWeight);
    m_scm.setEdge(x2, m_anchor, settings.childShift);

    const Eigen::MatrixXd all = m_scm.covariance();
    std::vector<int> observed = m_scm.featureIndices();
    observed.push_back(m_scm.outcomeIndex());
    const auto k = static_cast<Eigen::Index>(observed.size());
    m_sigma.resize(k, k);
    m_anchorEffect.resize(k);
    for (Eigen::Index i = 0; i < k; ++i) {
        m_anchorEffect[i] = all(observed[static_cast<std::size_t>(i)], m_anchor);
        for (Eigen::Index j = 0; j < k; ++j)
            m_sigma(i, j) =
                all(observed[static_cast<std::size_t>(i)], observed[static_cast<std::size_t>(j)]);
    }
}

Eigen::VectorXd ShiftedGenerator::causalWeights() const
{
    return m_scm.causalWeights();
}

Eigen::VectorXd ShiftedGenerator::olsWeights() const
{
    const Eigen::Index p = featureCount();
    return m_sigma.topLeftCorner(p, p).ldlt().solve(m_sigma.col(p).head(p));
}

std::optional<Eigen::VectorXd> ShiftedGenerator::anchorWeights(double gamma) const
{
    assert(gamma >= 0.0);
    if (std::isinf(gamma))
        return ivWeights();
    const Eigen::Index p = featureCount();
    // Var(A) = 1, so M = a_X a_X^T and m = a_X a_Y.
    const Eigen::VectorXd ax = m_anchorEffect.head(p);
    const Eigen::MatrixXd lhs = m_sigma.topLeftCorner(p, p) + (gamma - 1.0) * ax * ax.transpose();
    const Eigen::VectorXd rhs = m_sigma.col(p).head(p) + (gamma - 1.0) * m_anchorEffect[p] * ax;
    Eigen::LDLT<Eigen::MatrixXd> ldlt(lhs);
    if (ldlt.info() != Eigen::Success || !ldlt.isPositive() ||
        ldlt.vectorD().minCoeff() <= 1e-14 * ldlt.vectorD().maxCoeff())
        return std::nullopt; // gamma = 0 with X1 a function of A alone
    return Eigen::VectorXd(ldlt.solve(rhs));
}

std::optional<Eigen::VectorXd> ShiftedGenerator::ivWeights(std::string* why) const
{
    const Eigen::Index p = featureCount();
    if (p > 1) {
        if (why)
            *why = "not identified: one anchor cannot separate " + std::to_string(p) +
                   " features (two-stage least squares needs as many anchors as features)";
        return std::nullopt;
    }
    if (m_anchorEffect[0] == 0.0) {
        if (why)
            *why = "not identified: the anchor does not move the feature (shift 0)";
        return std::nullopt;
    }
    return Eigen::VectorXd::Constant(1, m_anchorEffect[1] / m_anchorEffect[0]);
}

double ShiftedGenerator::risk(const Eigen::VectorXd& weights, double strength) const
{
    const Eigen::Index p = featureCount();
    assert(weights.size() == p);
    Eigen::VectorXd r(p + 1);
    r.head(p) = -weights;
    r[p] = 1.0;
    const double anchorPart = r.dot(m_anchorEffect);
    const double rest = r.dot(m_sigma * r) - anchorPart * anchorPart;
    return rest + strength * strength * anchorPart * anchorPart;
}

double ShiftedGenerator::environmentAnchor(int e, int environments)
{
    assert(environments >= 2 && e >= 0 && e < environments);
    const double k = environments;
    return (e - (k - 1.0) / 2.0) / std::sqrt((k * k - 1.0) / 12.0);
}

ShiftedSample ShiftedGenerator::sample(RandomStream& random, int n) const
{
    assert(n >= 1);
    const int m = m_scm.variableCount();
    Eigen::MatrixXd noise(n, m);
    random.fillNormal(noise.data(), static_cast<long>(noise.size()));
    ShiftedSample s;
    if (m_settings.environments >= 2) {
        s.environment.resize(n);
        for (int i = 0; i < n; ++i) {
            const int e = static_cast<int>(static_cast<long long>(i) * m_settings.environments / n);
            s.environment[i] = e;
            noise(i, m_anchor) = environmentAnchor(e, m_settings.environments);
        }
    }
    // V = (I - B)^{-1} D eps, row by row: V^T = eps^T D (I - B)^{-T}.
    const Eigen::MatrixXd values =
        noise * m_scm.noiseScales().asDiagonal() * m_scm.totalEffectMatrix().transpose();
    s.anchor = values.col(m_anchor);
    const std::vector<int>& features = m_scm.featureIndices();
    s.features.resize(n, static_cast<Eigen::Index>(features.size()));
    for (std::size_t j = 0; j < features.size(); ++j)
        s.features.col(static_cast<Eigen::Index>(j)) = values.col(features[j]);
    s.target = values.col(m_scm.outcomeIndex());
    return s;
}

} // namespace lev::core
