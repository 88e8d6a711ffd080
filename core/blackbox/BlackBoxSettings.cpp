// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#include "blackbox/BlackBoxSettings.h"

#include <algorithm>
#include <cmath>

namespace lev::core {

BlackBoxSettings BlackBoxSettings::defaultsFor(GeneratorKind kind)
{
    BlackBoxSettings settings;
    settings.model = ModelSettings::defaultsFor(kind);
    return settings;
}

BlackBoxSettings BlackBoxSettings::curvedDefaults()
{
    BlackBoxSettings settings;
    settings.curvedManifold = true;
    settings.model.collinearity = 0.9;
    settings.model.features = 4;
    settings.model.latentDimension = 2;
    settings.model.levers = 2;
    return settings;
}

namespace {

std::string range(const char* what, int low, int high)
{
    return std::string(what) + " must be between " + std::to_string(low) + " and " +
           std::to_string(high);
}

std::string curvedProblem(const ModelSettings& m)
{
    constexpr int kMaxFeatures = 200;
    if (!std::isfinite(m.collinearity) || m.collinearity < 0.0 || m.collinearity >= 1.0)
        return "collinearity must be in [0, 1)";
    if (!std::isfinite(m.noise) || m.noise < 0.0)
        return "noise must be a finite number >= 0";
    if (!std::isfinite(m.effect) || std::abs(m.effect) > 1e6)
        return "effect must be a finite number of magnitude at most 1e6";
    if (m.features < 1 || m.features > kMaxFeatures)
        return range("p (features) of the curved generator", 1, kMaxFeatures);
    if (m.latentDimension < 1 || m.latentDimension > m.features)
        return "k (latent dimension) must be between 1 and p = " + std::to_string(m.features);
    if (m.levers < 1 || m.levers > m.features)
        return "levers must be between 1 and p = " + std::to_string(m.features);
    if (m.loadings)
        return "explicit loadings apply to the latent generator only";
    return {};
}

} // namespace

std::string BlackBoxSettings::validate() const
{
    if (std::string problem = curvedManifold ? curvedProblem(model) : model.validate();
        !problem.empty())
        return problem;
    if (std::string problem = learner.validate(); !problem.empty())
        return problem;
    const int p = model.features;
    if (std::string problem = linear.validate(p); !problem.empty())
        return "linear estimator: " + problem;
    if (n < 10 || n > 1000000)
        return range("n (rows)", 10, 1000000);
    if (replications < 1 || replications > 1000)
        return range("replications", 1, 1000);
    if (pdpFeature < 0 || pdpFeature >= p)
        return "the partial dependence feature must be one of the " + std::to_string(p) +
               " features";
    if (gridSize < 2 || gridSize > 201)
        return range("the grid size", 2, 201);
    if (iceCurves < 0 || iceCurves > 1000)
        return range("ICE curves", 0, 1000);
    if (permutationRepeats < 1 || permutationRepeats > 100)
        return range("permutation repeats", 1, 100);
    if (sliceFirst < 0 || sliceFirst >= p || sliceSecond < 0 || sliceSecond >= p)
        return "the slice's features must be among the " + std::to_string(p) + " features";
    if (sliceGridSize < 2 || sliceGridSize > 201)
        return range("the slice's grid size", 2, 201);
    for (double c : sweep)
        if (!std::isfinite(c) || c < 0.0 || c >= 1.0)
            return "every collinearity of the sweep must be in [0, 1)";
    if (sweep.size() > 100)
        return "the sweep has at most 100 points";
    if (sweepReplications < 1 || sweepReplications > 1000)
        return range("sweep replications", 1, 1000);
    if (threads < 0 || threads > 1024)
        return range("threads", 0, 1024);
    return {};
}

BlackBoxSettings BlackBoxSettings::atCollinearity(double collinearity) const
{
    BlackBoxSettings point = *this;
    point.model.collinearity = collinearity;
    point.sweep.clear();
    point.replications = sweepReplications;
    return point;
}

BlackBoxSettings BlackBoxSettings::provisional() const
{
    BlackBoxSettings quick = *this;
    quick.sweep.clear();
    quick.replications = 1;
    quick.learner.trees = std::min(learner.trees, kProvisionalTrees);
    quick.n = std::min(n, kProvisionalRows);
    quick.permutationRepeats = 1;
    quick.iceCurves = std::min(iceCurves, 10);
    return quick;
}

bool operator==(const BlackBoxSettings& a, const BlackBoxSettings& b)
{
    return a.model == b.model && a.curvedManifold == b.curvedManifold && a.learner == b.learner &&
           a.linear == b.linear && a.n == b.n && a.replications == b.replications &&
           a.seed == b.seed && a.pdpFeature == b.pdpFeature && a.gridSize == b.gridSize &&
           a.iceCurves == b.iceCurves && a.permutationRepeats == b.permutationRepeats &&
           a.sliceFirst == b.sliceFirst && a.sliceSecond == b.sliceSecond &&
           a.sliceGridSize == b.sliceGridSize && a.sweep == b.sweep &&
           a.sweepReplications == b.sweepReplications && a.threads == b.threads;
}

} // namespace lev::core
