// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#include "model/CausalGraph.h"

#include "model/ScmFactory.h"

#include <algorithm>
#include <cassert>

namespace lev::core {

namespace {

/// reach[v][w]: a directed path v -> ... -> w exists (v itself excluded). When `stopAt` is
/// given, paths do not continue out of the nodes it marks (they may still end there).
std::vector<std::vector<bool>> reachability(const std::vector<std::vector<int>>& children,
                                            const std::vector<bool>& stopAt)
{
    const int m = static_cast<int>(children.size());
    std::vector<std::vector<bool>> reach(std::size_t(m), std::vector<bool>(std::size_t(m), false));
    for (int v = 0; v < m; ++v) {
        std::vector<int> open = children[std::size_t(v)];
        while (!open.empty()) {
            const int w = open.back();
            open.pop_back();
            if (reach[std::size_t(v)][std::size_t(w)])
                continue;
            reach[std::size_t(v)][std::size_t(w)] = true;
            if (!stopAt[std::size_t(w)])
                for (int child : children[std::size_t(w)])
                    open.push_back(child);
        }
    }
    return reach;
}

} // namespace

CausalGraph CausalGraph::of(const LinearGaussianScm& scm)
{
    CausalGraph graph;
    const int m = scm.variableCount();
    const Eigen::MatrixXd b = scm.edges();
    const std::size_t count = std::size_t(m);

    std::vector<std::vector<int>> children(count), parents(count);
    for (int to = 0; to < m; ++to) {
        for (int from = 0; from < to; ++from) {
            if (b(to, from) == 0.0)
                continue;
            graph.m_edges.push_back({from, to, b(to, from), CausalEdgeKind::Other});
            children[std::size_t(from)].push_back(to);
            parents[std::size_t(to)].push_back(from);
        }
    }

    graph.m_features = scm.featureIndices();
    graph.m_outcome = scm.outcomeIndex();
    const std::size_t y = std::size_t(graph.m_outcome);
    std::vector<bool> isFeature(count, false);
    for (int j : graph.m_features)
        isFeature[std::size_t(j)] = true;

    const auto reach = reachability(children, std::vector<bool>(count, false));
    // Paths that avoid the features: how a hidden cause reaches Y other than through X.
    const auto reachAvoidingFeatures = reachability(children, isFeature);

    const Eigen::VectorXd causalWeights = scm.causalWeights();
    graph.m_nodes.resize(count);
    for (int v = 0; v < m; ++v) {
        CausalNode& node = graph.m_nodes[std::size_t(v)];
        node.name = scm.name(v);
        node.role = scm.role(v);
        node.observed = node.role != VariableRole::Latent;
        for (int parent : parents[std::size_t(v)])
            node.layer = std::max(node.layer, graph.m_nodes[std::size_t(parent)].layer + 1);
        switch (node.role) {
        case VariableRole::Outcome:
            node.kind = CausalNodeKind::Outcome;
            break;
        case VariableRole::Feature: {
            const bool listensToY = std::any_of(
                parents[std::size_t(v)].begin(), parents[std::size_t(v)].end(), [&](int parent) {
                    return std::size_t(parent) == y || reach[y][std::size_t(parent)];
                });
            node.kind = parents[std::size_t(v)].size() >= 2 && listensToY ? CausalNodeKind::Collider
                                                                          : CausalNodeKind::Feature;
            break;
        }
        case VariableRole::Latent: {
            const bool causesAFeature =
                std::any_of(graph.m_features.begin(), graph.m_features.end(),
                            [&](int j) { return bool(reach[std::size_t(v)][std::size_t(j)]); });
            node.kind = causesAFeature && reachAvoidingFeatures[std::size_t(v)][y]
                            ? CausalNodeKind::Confounder
                            : CausalNodeKind::Latent;
            break;
        }
        }
    }
    for (std::size_t j = 0; j < graph.m_features.size(); ++j)
        graph.m_nodes[std::size_t(graph.m_features[j])].lever =
            causalWeights[Eigen::Index(j)] != 0.0;

    // An edge is causal when it lies on a directed path from a feature to Y; confounding when it
    // leaves a hidden confounder (or a hidden variable below one).
    for (CausalEdge& edge : graph.m_edges) {
        const std::size_t from = std::size_t(edge.from);
        const std::size_t to = std::size_t(edge.to);
        const bool belowAFeature =
            isFeature[from] ||
            std::any_of(graph.m_features.begin(), graph.m_features.end(),
                        [&](int j) { return bool(reach[std::size_t(j)][from]); });
        const bool aboveY = to == y || reach[to][y];
        bool belowAConfounder = graph.m_nodes[from].kind == CausalNodeKind::Confounder;
        for (std::size_t v = 0; v < count && !belowAConfounder; ++v)
            belowAConfounder =
                graph.m_nodes[v].kind == CausalNodeKind::Confounder && reach[v][from];
        if (belowAFeature && aboveY)
            edge.kind = CausalEdgeKind::Causal;
        else if (!graph.m_nodes[from].observed && belowAConfounder)
            edge.kind = CausalEdgeKind::Confounding;
    }
    return graph;
}

CausalGraph CausalGraph::of(const ModelSettings& settings)
{
    assert(settings.validate().empty());
    return of(ScmFactory::build(settings));
}

CausalGraph CausalGraph::intervened() const
{
    CausalGraph graph = *this;
    if (m_intervened)
        return graph;
    graph.m_intervened = true;
    graph.m_edges.clear();
    for (const CausalEdge& edge : m_edges) {
        const bool intoFeature = m_nodes[std::size_t(edge.to)].role == VariableRole::Feature;
        (intoFeature ? graph.m_cutEdges : graph.m_edges).push_back(edge);
    }
    return graph;
}

CausalGraph CausalGraph::intervenedOn(const std::vector<int>& variables) const
{
    CausalGraph graph = *this;
    graph.m_edges.clear();
    for (const CausalEdge& edge : m_edges) {
        const bool cut = std::find(variables.begin(), variables.end(), edge.to) != variables.end();
        (cut ? graph.m_cutEdges : graph.m_edges).push_back(edge);
    }
    graph.m_intervened = !graph.m_cutEdges.empty();
    return graph;
}

Eigen::MatrixXd CausalGraph::weightMatrix() const
{
    const Eigen::Index m = Eigen::Index(m_nodes.size());
    Eigen::MatrixXd w = Eigen::MatrixXd::Zero(m, m);
    for (const CausalEdge& edge : m_edges)
        w(edge.to, edge.from) = edge.weight;
    return w;
}

int CausalGraph::layerCount() const
{
    int layers = 0;
    for (const CausalNode& node : m_nodes)
        layers = std::max(layers, node.layer + 1);
    return layers;
}

} // namespace lev::core
