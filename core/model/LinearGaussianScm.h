// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#pragma once
// A linear-Gaussian structural causal model: variables in topological order, each
// V_j = sum_{i<j} B[j,i] V_i + d_j eps_j with eps ~ N(0, 1). From B and d everything true is
// exact: Cov(V) = A D^2 A^T with A = (I - B)^{-1}; A[y, j] is the total effect of V_j on V_y.

#include "model/VariableRole.h"

#include <Eigen/Dense>
#include <string>
#include <vector>

namespace lev::core {

class RandomStream;

class LinearGaussianScm
{
public:
    /// Appends a variable after all existing ones; returns its index.
    int addVariable(const std::string& name, VariableRole role, double noiseScale);
    /// Sets the structural coefficient of `from` in the equation of `to` (from < to).
    void setEdge(int to, int from, double weight);

    int variableCount() const { return static_cast<int>(m_names.size()); }
    const std::string& name(int variable) const { return m_names[variable]; }
    VariableRole role(int variable) const { return m_roles[variable]; }
    int featureCount() const { return static_cast<int>(m_features.size()); }
    const std::vector<int>& featureIndices() const { return m_features; }
    int outcomeIndex() const { return m_outcome; }
    std::vector<std::string> featureNames() const;

    /// B (strictly lower triangular) and d.
    Eigen::MatrixXd edges() const;
    Eigen::VectorXd noiseScales() const;

    /// A = (I - B)^{-1}: A[i, j] sums the products along every directed path j -> i.
    Eigen::MatrixXd totalEffectMatrix() const;
    /// Covariance of all variables, A D^2 A^T.
    Eigen::MatrixXd covariance() const;
    /// Covariance of the observed vector (X_1..X_p, Y), in that order: (p+1) x (p+1).
    Eigen::MatrixXd observedCovariance() const;
    /// Covariance of (X, Y) when every feature is set by an independent randomized draw with
    /// its observational variance (all arrows into the features cut).
    Eigen::MatrixXd interventionalCovariance() const;
    /// d E[Y | do(X = x)] / dx_j with every feature set at once.
    Eigen::VectorXd causalWeights() const;
    /// d E[Y | do(X_j = x)] / dx with only X_j set: A[y, j].
    Eigen::VectorXd totalEffects() const;

    /// n rows of (X, Y) drawn by ancestral sampling of the observational regime.
    void sampleObservational(RandomStream& random, int n, Eigen::MatrixXd& features,
                             Eigen::VectorXd& outcome) const;
    /// n rows of (X, Y) drawn from the interventional regime.
    void sampleInterventional(RandomStream& random, int n, Eigen::MatrixXd& features,
                              Eigen::VectorXd& outcome) const;

private:
    /// A for the model in which every feature's structural equation is replaced by noise only.
    Eigen::MatrixXd cutTotalEffectMatrix() const;
    /// Observed rows (features, then outcome) of a matrix indexed by variable.
    Eigen::MatrixXd observedBlock(const Eigen::MatrixXd& all) const;
    void sample(RandomStream& random, int n, const Eigen::MatrixXd& edges,
                const Eigen::VectorXd& noise, Eigen::MatrixXd& features,
                Eigen::VectorXd& outcome) const;

    std::vector<std::string> m_names;
    std::vector<VariableRole> m_roles;
    std::vector<double> m_noise;
    std::vector<std::vector<std::pair<int, double>>> m_parents;
    std::vector<int> m_features;
    int m_outcome = -1;
};

} // namespace lev::core
