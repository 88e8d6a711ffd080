// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#pragma once
// The causal graph of a LinearGaussianScm, read from its matrix B (docs/math.md §1.1): one node
// per variable, one edge i -> j of weight B[j, i] for every B[j, i] != 0. Under do(X) (§1.3)
// every edge into a feature is cut; the edges out of the features remain.

#include "model/LinearGaussianScm.h"
#include "model/ModelSettings.h"

#include <Eigen/Core>
#include <string>
#include <vector>

namespace lev::core {

/// What a node is to the lesson, derived from the structure alone.
enum class CausalNodeKind
{
    Feature,    ///< observed, offered to the estimator
    Outcome,    ///< Y
    Latent,     ///< hidden; reaches Y only through the features (or not at all)
    Confounder, ///< hidden; a cause of a feature with a path to Y that avoids the features
    Collider    ///< an observed feature with two or more parents, one of them Y or below Y
};

/// What an edge carries: part of a directed path from a feature to Y (the causal effect), out of
/// a confounder (the back-door path that biases the regression), or neither.
enum class CausalEdgeKind
{
    Causal,
    Confounding,
    Other
};

struct CausalNode
{
    std::string name;
    VariableRole role = VariableRole::Latent;
    CausalNodeKind kind = CausalNodeKind::Latent;
    bool observed = false; ///< a feature or the outcome
    bool lever = false;    ///< a feature with a non-zero causal weight (§1.4)
    int layer = 0;         ///< the longest directed path from a root that ends here
};

struct CausalEdge
{
    int from = 0; ///< node index (= the variable's index in the SCM)
    int to = 0;
    double weight = 0.0; ///< B[to, from]
    CausalEdgeKind kind = CausalEdgeKind::Other;
};

class CausalGraph
{
public:
    /// The observational graph of `scm`.
    static CausalGraph of(const LinearGaussianScm& scm);
    /// The graph of the SCM that valid `settings` build (ScmFactory).
    static CausalGraph of(const ModelSettings& settings);

    /// The same graph under do(X): the edges into the features move to cutEdges().
    CausalGraph intervened() const;
    /// The same graph with only the edges into `variables` (node indices) cut: an experiment
    /// that randomizes those features.
    CausalGraph intervenedOn(const std::vector<int>& variables) const;
    bool isIntervened() const { return m_intervened; }

    const std::vector<CausalNode>& nodes() const { return m_nodes; }
    /// The edges present, in the order of the SCM's variables (by target, then source).
    const std::vector<CausalEdge>& edges() const { return m_edges; }
    /// The edges do(X) removed; empty unless isIntervened().
    const std::vector<CausalEdge>& cutEdges() const { return m_cutEdges; }
    int outcome() const { return m_outcome; }
    /// The feature nodes in the order of the observed vector (X1..Xp).
    const std::vector<int>& features() const { return m_features; }
    /// The present edges' weights as a matrix W (m x m): W(to, from) = weight, else 0.
    Eigen::MatrixXd weightMatrix() const;
    /// The number of layers (1 + the largest layer).
    int layerCount() const;

private:
    std::vector<CausalNode> m_nodes;
    std::vector<CausalEdge> m_edges;
    std::vector<CausalEdge> m_cutEdges;
    std::vector<int> m_features;
    int m_outcome = -1;
    bool m_intervened = false;
};

} // namespace lev::core
