// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#include "blackbox/GeneratorTruth.h"

#include "model/PopulationTruth.h"
#include "model/ScmFactory.h"

#include <cassert>
#include <cmath>

namespace lev::core {

GeneratorTruth::GeneratorTruth(const BlackBoxSettings& settings)
{
    assert(settings.validate().empty());
    if (settings.curvedManifold) {
        m_curved.emplace(settings.model);
        m_names = m_curved->featureNames();
        m_effects = m_curved->causalEffects();
        m_sds = Eigen::VectorXd::Ones(m_curved->featureCount()); // c + (1 - c)
        return;
    }
    m_scm = ScmFactory::build(settings.model);
    const PopulationTruth truth = PopulationTruth::of(*m_scm);
    m_names = truth.features;
    m_effects = truth.totalEffects;
    m_sds = truth.featureCovariance().diagonal().cwiseSqrt();
    m_populationR2 = truth.r2;
}

std::pair<double, double> GeneratorTruth::jointEffects(int a, int b) const
{
    const int va = m_scm->featureIndices()[a];
    const int vb = m_scm->featureIndices()[b];
    Eigen::MatrixXd edges = m_scm->edges();
    edges.row(va).setZero();
    edges.row(vb).setZero();
    const auto v = edges.rows();
    const Eigen::MatrixXd total = (Eigen::MatrixXd::Identity(v, v) - edges)
                                      .triangularView<Eigen::UnitLower>()
                                      .solve(Eigen::MatrixXd::Identity(v, v));
    return {total(m_scm->outcomeIndex(), va), total(m_scm->outcomeIndex(), vb)};
}

Eigen::VectorXd GeneratorTruth::doCurve(int feature, const Eigen::VectorXd& grid) const
{
    if (m_curved) {
        Eigen::VectorXd curve(grid.size());
        for (Eigen::Index g = 0; g < grid.size(); ++g)
            curve(g) = m_curved->doCurve(feature, grid(g));
        return curve;
    }
    return m_effects(feature) * grid;
}

Eigen::MatrixXd GeneratorTruth::doSurface(int a, const Eigen::VectorXd& first, int b,
                                          const Eigen::VectorXd& second) const
{
    Eigen::MatrixXd surface(second.size(), first.size());
    if (m_curved) {
        for (Eigen::Index r = 0; r < second.size(); ++r)
            for (Eigen::Index c = 0; c < first.size(); ++c)
                surface(r, c) = m_curved->doSurface(a, first(c), b, second(r));
        return surface;
    }
    if (a == b) {
        for (Eigen::Index r = 0; r < second.size(); ++r)
            surface.row(r).setConstant(m_effects(a) * second(r));
        return surface;
    }
    const auto [ea, eb] = jointEffects(a, b);
    for (Eigen::Index r = 0; r < second.size(); ++r)
        for (Eigen::Index c = 0; c < first.size(); ++c)
            surface(r, c) = ea * first(c) + eb * second(r);
    return surface;
}

void GeneratorTruth::sampleObservational(RandomStream& random, int n, Eigen::MatrixXd& features,
                                         Eigen::VectorXd& outcome) const
{
    if (m_curved)
        m_curved->sampleObservational(random, n, features, outcome);
    else
        m_scm->sampleObservational(random, n, features, outcome);
}

void GeneratorTruth::sampleInterventional(RandomStream& random, int n, Eigen::MatrixXd& features,
                                          Eigen::VectorXd& outcome) const
{
    if (m_curved)
        m_curved->sampleInterventional(random, n, features, outcome);
    else
        m_scm->sampleInterventional(random, n, features, outcome);
}

} // namespace lev::core
