// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#include "model/ScmFactory.h"

#include "random/RandomStream.h"

#include <cassert>
#include <cmath>

namespace lev::core {

namespace {

// The loadings are drawn from a stream of their own so that they do not shift the draws.
constexpr std::uint64_t kLoadingStream = 0x10ad10adULL;

std::string indexed(const char* prefix, int i)
{
    return prefix + std::to_string(i + 1);
}

} // namespace

LinearGaussianScm ScmFactory::build(const ModelSettings& settings)
{
    assert(settings.validate().empty());
    switch (settings.generator) {
    case GeneratorKind::Proxy:
        return proxy(settings);
    case GeneratorKind::Confounder:
        return confounder(settings);
    case GeneratorKind::Latent:
        return latent(settings);
    case GeneratorKind::Chain:
        return chain(settings);
    case GeneratorKind::Collider:
        return collider(settings);
    }
    return {};
}

// X1 ~ N(0,1); X2 = c X1 + sqrt(1-c^2) eta; Y = b X1 + sigma eps.
LinearGaussianScm ScmFactory::proxy(const ModelSettings& s)
{
    const double c = s.collinearity;
    LinearGaussianScm scm;
    const int x1 = scm.addVariable("X1", VariableRole::Feature, 1.0);
    const int x2 = scm.addVariable("X2", VariableRole::Feature, std::sqrt(1.0 - c * c));
    const int y = scm.addVariable("Y", VariableRole::Outcome, s.noise);
    scm.setEdge(x2, x1, c);
    scm.setEdge(y, x1, s.effect);
    return scm;
}

// Latent Z; X_j = sqrt(c) Z + sqrt(1-c) e_j; Y = b X1 + g Z + sigma eps.
LinearGaussianScm ScmFactory::confounder(const ModelSettings& s)
{
    const double c = s.collinearity;
    LinearGaussianScm scm;
    const int z = scm.addVariable("Z", VariableRole::Latent, 1.0);
    std::vector<int> x;
    for (int j = 0; j < s.features; ++j) {
        x.push_back(scm.addVariable(indexed("X", j), VariableRole::Feature, std::sqrt(1.0 - c)));
        scm.setEdge(x.back(), z, std::sqrt(c));
    }
    const int y = scm.addVariable("Y", VariableRole::Outcome, s.noise);
    scm.setEdge(y, x.front(), s.effect);
    scm.setEdge(y, z, s.confounding);
    return scm;
}

// U in R^k latent; X = sqrt(c) U L^T + sqrt(1-c) E with unit rows of L; Y = b sum_{j in S} X_j
// + sigma eps, S the first `levers` features. L is drawn from the loading seed unless given.
LinearGaussianScm ScmFactory::latent(const ModelSettings& s)
{
    const double c = s.collinearity;
    const int p = s.features;
    const int k = s.latentDimension;
    Eigen::MatrixXd loadings(p, k);
    if (s.loadings) {
        loadings = *s.loadings;
        loadings.rowwise().normalize();
    } else {
        RandomStream random(s.loadingSeed, kLoadingStream);
        for (int j = 0; j < p; ++j) {
            double norm = 0.0;
            do {
                for (int l = 0; l < k; ++l)
                    loadings(j, l) = random.normal();
                norm = loadings.row(j).norm();
            } while (norm < 1e-12);
            loadings.row(j) /= norm;
        }
    }

    LinearGaussianScm scm;
    std::vector<int> u;
    for (int l = 0; l < k; ++l)
        u.push_back(scm.addVariable(indexed("U", l), VariableRole::Latent, 1.0));
    std::vector<int> x;
    for (int j = 0; j < p; ++j) {
        x.push_back(scm.addVariable(indexed("X", j), VariableRole::Feature, std::sqrt(1.0 - c)));
        for (int l = 0; l < k; ++l)
            scm.setEdge(x.back(), u[l], std::sqrt(c) * loadings(j, l));
    }
    const int y = scm.addVariable("Y", VariableRole::Outcome, s.noise);
    for (int j = 0; j < s.levers; ++j)
        scm.setEdge(y, x[j], s.effect);
    return scm;
}

// X1 ~ N(0,1); X2 = c X1 + sqrt(1-c^2) eta; Y = b X2 + sigma eps.
LinearGaussianScm ScmFactory::chain(const ModelSettings& s)
{
    const double c = s.collinearity;
    LinearGaussianScm scm;
    const int x1 = scm.addVariable("X1", VariableRole::Feature, 1.0);
    const int x2 = scm.addVariable("X2", VariableRole::Feature, std::sqrt(1.0 - c * c));
    const int y = scm.addVariable("Y", VariableRole::Outcome, s.noise);
    scm.setEdge(x2, x1, c);
    scm.setEdge(y, x2, s.effect);
    return scm;
}

// X1 ~ N(0,1); Y = b X1 + sigma eps; C = c (X1 + Y) / sd(X1 + Y) + sqrt(1-c^2) eta, so that
// Var(C) = 1 and Corr(X1, C) = c (1 + b) / sd(X1 + Y) grows with c.
LinearGaussianScm ScmFactory::collider(const ModelSettings& s)
{
    const double c = s.collinearity;
    const double b = s.effect;
    const double sdSum = std::sqrt((1.0 + b) * (1.0 + b) + s.noise * s.noise);
    const double loading = sdSum > 1e-12 ? c / sdSum : 0.0;
    const double ownNoise = sdSum > 1e-12 ? std::sqrt(1.0 - c * c) : 1.0;
    LinearGaussianScm scm;
    const int x1 = scm.addVariable("X1", VariableRole::Feature, 1.0);
    const int y = scm.addVariable("Y", VariableRole::Outcome, s.noise);
    const int collider = scm.addVariable("C", VariableRole::Feature, ownNoise);
    scm.setEdge(y, x1, b);
    scm.setEdge(collider, x1, loading);
    scm.setEdge(collider, y, loading);
    return scm;
}

} // namespace lev::core
