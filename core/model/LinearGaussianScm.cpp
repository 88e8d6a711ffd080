// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#include "model/LinearGaussianScm.h"

#include "random/RandomStream.h"

#include <cassert>
#include <cmath>

namespace lev::core {

int LinearGaussianScm::addVariable(const std::string& name, VariableRole role, double noiseScale)
{
    assert(noiseScale >= 0.0);
    const int index = variableCount();
    m_names.push_back(name);
    m_roles.push_back(role);
    m_noise.push_back(noiseScale);
    m_parents.emplace_back();
    if (role == VariableRole::Feature)
        m_features.push_back(index);
    if (role == VariableRole::Outcome) {
        assert(m_outcome < 0 && "one outcome per model");
        m_outcome = index;
    }
    return index;
}

void LinearGaussianScm::setEdge(int to, int from, double weight)
{
    assert(from >= 0 && from < to && to < variableCount());
    for (auto& parent : m_parents[to]) {
        if (parent.first == from) {
            parent.second = weight;
            return;
        }
    }
    m_parents[to].emplace_back(from, weight);
}

std::vector<std::string> LinearGaussianScm::featureNames() const
{
    std::vector<std::string> names;
    for (int j : m_features)
        names.push_back(m_names[j]);
    return names;
}

Eigen::MatrixXd LinearGaussianScm::edges() const
{
    const int m = variableCount();
    Eigen::MatrixXd b = Eigen::MatrixXd::Zero(m, m);
    for (int to = 0; to < m; ++to)
        for (const auto& [from, weight] : m_parents[to])
            b(to, from) = weight;
    return b;
}

Eigen::VectorXd LinearGaussianScm::noiseScales() const
{
    return Eigen::Map<const Eigen::VectorXd>(m_noise.data(), variableCount());
}

namespace {

// (I - B)^{-1} for strictly lower triangular B: a unit lower triangular solve.
Eigen::MatrixXd unitLowerInverse(const Eigen::MatrixXd& b)
{
    const Eigen::MatrixXd iMinusB = Eigen::MatrixXd::Identity(b.rows(), b.cols()) - b;
    return iMinusB.triangularView<Eigen::UnitLower>().solve(
        Eigen::MatrixXd::Identity(b.rows(), b.cols()));
}

} // namespace

Eigen::MatrixXd LinearGaussianScm::totalEffectMatrix() const
{
    return unitLowerInverse(edges());
}

Eigen::MatrixXd LinearGaussianScm::cutTotalEffectMatrix() const
{
    Eigen::MatrixXd b = edges();
    for (int j : m_features)
        b.row(j).setZero();
    return unitLowerInverse(b);
}

Eigen::MatrixXd LinearGaussianScm::covariance() const
{
    const Eigen::MatrixXd ad = totalEffectMatrix() * noiseScales().asDiagonal();
    return ad * ad.transpose();
}

Eigen::MatrixXd LinearGaussianScm::observedBlock(const Eigen::MatrixXd& all) const
{
    const int p = featureCount();
    Eigen::MatrixXd block(p + 1, p + 1);
    std::vector<int> observed = m_features;
    observed.push_back(m_outcome);
    for (int a = 0; a <= p; ++a)
        for (int b = 0; b <= p; ++b)
            block(a, b) = all(observed[a], observed[b]);
    return block;
}

Eigen::MatrixXd LinearGaussianScm::observedCovariance() const
{
    return observedBlock(covariance());
}

Eigen::MatrixXd LinearGaussianScm::interventionalCovariance() const
{
    // Every feature becomes a root with its observational variance; every other variable keeps
    // its structural equation.
    const Eigen::MatrixXd observational = covariance();
    Eigen::VectorXd scales = noiseScales();
    for (int j : m_features)
        scales[j] = std::sqrt(observational(j, j));
    const Eigen::MatrixXd ad = cutTotalEffectMatrix() * scales.asDiagonal();
    return observedBlock(ad * ad.transpose());
}

Eigen::VectorXd LinearGaussianScm::causalWeights() const
{
    const Eigen::MatrixXd a = cutTotalEffectMatrix();
    Eigen::VectorXd weights(featureCount());
    for (int j = 0; j < featureCount(); ++j)
        weights[j] = a(m_outcome, m_features[j]);
    return weights;
}

Eigen::VectorXd LinearGaussianScm::totalEffects() const
{
    // Cutting the arrows into X_j does not change the directed paths out of it, so the total
    // effect of do(X_j) is A[y, j] of the uncut model.
    const Eigen::MatrixXd a = totalEffectMatrix();
    Eigen::VectorXd effects(featureCount());
    for (int j = 0; j < featureCount(); ++j)
        effects[j] = a(m_outcome, m_features[j]);
    return effects;
}

void LinearGaussianScm::sample(RandomStream& random, int n, const Eigen::MatrixXd& edges,
                               const Eigen::VectorXd& noise, Eigen::MatrixXd& features,
                               Eigen::VectorXd& outcome) const
{
    const int m = variableCount();
    // Variables in columns; ancestral order is the column order.
    Eigen::MatrixXd values(n, m);
    for (int v = 0; v < m; ++v) {
        auto column = values.col(v);
        random.fillNormal(column.data(), n);
        column *= noise[v];
        for (int from = 0; from < v; ++from)
            if (edges(v, from) != 0.0)
                column += edges(v, from) * values.col(from);
    }
    features.resize(n, featureCount());
    for (int j = 0; j < featureCount(); ++j)
        features.col(j) = values.col(m_features[j]);
    outcome = values.col(m_outcome);
}

void LinearGaussianScm::sampleObservational(RandomStream& random, int n, Eigen::MatrixXd& features,
                                            Eigen::VectorXd& outcome) const
{
    sample(random, n, edges(), noiseScales(), features, outcome);
}

void LinearGaussianScm::sampleInterventional(RandomStream& random, int n, Eigen::MatrixXd& features,
                                             Eigen::VectorXd& outcome) const
{
    const Eigen::MatrixXd observational = covariance();
    Eigen::MatrixXd b = edges();
    Eigen::VectorXd scales = noiseScales();
    for (int j : m_features) {
        b.row(j).setZero();
        scales[j] = std::sqrt(observational(j, j));
    }
    sample(random, n, b, scales, features, outcome);
}

} // namespace lev::core
