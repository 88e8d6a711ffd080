// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#pragma once
// One generator as the black box sees it: samples of both regimes and the exact interventional
// truth, E[Y | do(X_j = x)] and the average causal effect per feature. For the linear SCMs the
// do-curve is the total effect times x (all means are 0); the curved manifold has its own.

#include "blackbox/BlackBoxSettings.h"
#include "model/CurvedManifold.h"
#include "model/LinearGaussianScm.h"

#include <Eigen/Dense>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace lev::core {

class RandomStream;

class GeneratorTruth
{
public:
    /// For valid settings (BlackBoxSettings::validate() is empty).
    explicit GeneratorTruth(const BlackBoxSettings& settings);

    int featureCount() const { return static_cast<int>(m_names.size()); }
    const std::vector<std::string>& featureNames() const { return m_names; }
    /// The average causal effect of each feature: its mean do-curve slope.
    const Eigen::VectorXd& causalEffects() const { return m_effects; }
    /// The features' marginal SDs (their means are 0).
    const Eigen::VectorXd& featureSds() const { return m_sds; }
    /// The best R^2 any predictor reaches on the data surface, when known exactly.
    std::optional<double> populationR2() const { return m_populationR2; }

    /// E[Y | do(X_j = x)] at each x.
    Eigen::VectorXd doCurve(int feature, const Eigen::VectorXd& grid) const;
    /// E[Y | do(X_a = u, X_b = v)] for u in first, v in second: second.size() x first.size().
    Eigen::MatrixXd doSurface(int a, const Eigen::VectorXd& first, int b,
                              const Eigen::VectorXd& second) const;

    void sampleObservational(RandomStream& random, int n, Eigen::MatrixXd& features,
                             Eigen::VectorXd& outcome) const;
    void sampleInterventional(RandomStream& random, int n, Eigen::MatrixXd& features,
                              Eigen::VectorXd& outcome) const;

private:
    /// d E[Y | do(X_a, X_b)] / d x_a and / d x_b of the linear SCM (both arrows-in cut).
    std::pair<double, double> jointEffects(int a, int b) const;

    std::optional<LinearGaussianScm> m_scm;
    std::optional<CurvedManifold> m_curved;
    std::vector<std::string> m_names;
    Eigen::VectorXd m_effects;
    Eigen::VectorXd m_sds;
    std::optional<double> m_populationR2;
};

} // namespace lev::core
