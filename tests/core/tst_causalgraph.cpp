// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
// The causal graph of every generator against the structural equations of docs/math.md §2,
// written out by hand here (proxy X1 -> X2 with c, confounder Z -> Xj with sqrt(c) and Z -> Y
// with g, ...), and against the SCM's own matrix B; under do(X) (§1.3) no edge enters a feature
// and every edge out of a feature remains.

#include "model/CausalGraph.h"
#include "model/ScmFactory.h"

#include <QTest>

#include <cmath>
#include <map>
#include <memory>
#include <string>
#include <utility>

using lev::core::CausalEdge;
using lev::core::CausalEdgeKind;
using lev::core::CausalGraph;
using lev::core::CausalNodeKind;
using lev::core::GeneratorKind;
using lev::core::ModelSettings;
using lev::core::ScmFactory;
using lev::core::VariableRole;

Q_DECLARE_METATYPE(ModelSettings)

namespace {

// The closed forms below are one or two floating-point operations (sqrt(c), c / s); the factory
// computes the same expressions, possibly in another order: a few ulps.
constexpr double kTolerance = 1e-14;

/// An expected edge: source name -> target name, weight and kind.
struct Expected
{
    double weight;
    CausalEdgeKind kind;
};
using EdgeMap = std::map<std::pair<std::string, std::string>, Expected>;

ModelSettings settingsFor(GeneratorKind kind, double c, double b, double g, double sigma)
{
    ModelSettings s = ModelSettings::defaultsFor(kind);
    s.collinearity = c;
    s.effect = b;
    s.confounding = g;
    s.noise = sigma;
    return s;
}

std::string x(int j)
{
    return "X" + std::to_string(j);
}

/// The edges docs/math.md §2 writes for the settings, leaving out those of weight zero.
EdgeMap expectedEdges(const ModelSettings& s)
{
    const double c = s.collinearity;
    const double b = s.effect;
    EdgeMap edges;
    auto add = [&edges](const std::string& from, const std::string& to, double weight,
                        CausalEdgeKind kind) {
        if (weight != 0.0)
            edges[{from, to}] = {weight, kind};
    };
    switch (s.generator) {
    case GeneratorKind::Proxy: // X2 = c X1 + sqrt(1-c^2) eta; Y = b X1 + sigma eps
        add("X1", "X2", c, CausalEdgeKind::Other);
        add("X1", "Y", b, CausalEdgeKind::Causal);
        break;
    case GeneratorKind::Chain: // X2 = c X1 + ...; Y = b X2 + sigma eps
        // X1 -> X2 -> Y is a directed path from a feature to Y when b != 0.
        add("X1", "X2", c, b != 0.0 ? CausalEdgeKind::Causal : CausalEdgeKind::Other);
        add("X2", "Y", b, CausalEdgeKind::Causal);
        break;
    case GeneratorKind::Confounder: { // Xj = sqrt(c) Z + ...; Y = b X1 + g Z + sigma eps
        // Z is a confounder only when it reaches Y directly (g != 0).
        const CausalEdgeKind fromZ =
            s.confounding != 0.0 ? CausalEdgeKind::Confounding : CausalEdgeKind::Other;
        for (int j = 1; j <= s.features; ++j)
            add("Z", x(j), std::sqrt(c), fromZ);
        add("X1", "Y", b, CausalEdgeKind::Causal);
        add("Z", "Y", s.confounding, fromZ);
        break;
    }
    case GeneratorKind::Collider: { // C = c/s (X1 + Y) + sqrt(1-c^2) eta, s = sd(X1 + Y)
        const double sd = std::sqrt((1.0 + b) * (1.0 + b) + s.noise * s.noise);
        add("X1", "Y", b, CausalEdgeKind::Causal);
        add("X1", "C", c / sd, CausalEdgeKind::Other);
        add("Y", "C", c / sd, CausalEdgeKind::Other);
        break;
    }
    case GeneratorKind::Latent: { // Xj = sqrt(c) L_j. U + ...; Y = b sum_{j in S} Xj
        Q_ASSERT(s.loadings);
        for (int j = 0; j < s.features; ++j) {
            const Eigen::RowVectorXd row = s.loadings->row(j) / s.loadings->row(j).norm();
            for (int l = 0; l < s.latentDimension; ++l)
                add("U" + std::to_string(l + 1), x(j + 1), std::sqrt(c) * row[l],
                    CausalEdgeKind::Other);
        }
        for (int j = 1; j <= s.levers; ++j)
            add(x(j), "Y", b, CausalEdgeKind::Causal);
        break;
    }
    }
    return edges;
}

EdgeMap edgesOf(const CausalGraph& graph, const std::vector<CausalEdge>& edges)
{
    EdgeMap map;
    for (const CausalEdge& edge : edges)
        map[{graph.nodes()[std::size_t(edge.from)].name,
             graph.nodes()[std::size_t(edge.to)].name}] = {edge.weight, edge.kind};
    return map;
}

QString describe(const EdgeMap& edges)
{
    QStringList parts;
    for (const auto& [key, value] : edges)
        parts << QStringLiteral("%1->%2 %3")
                     .arg(QString::fromStdString(key.first), QString::fromStdString(key.second))
                     .arg(value.weight, 0, 'g', 17);
    return parts.join(QStringLiteral(", "));
}

int nodeNamed(const CausalGraph& graph, const std::string& name)
{
    for (std::size_t v = 0; v < graph.nodes().size(); ++v)
        if (graph.nodes()[v].name == name)
            return int(v);
    return -1;
}

} // namespace

class TestCausalGraph : public QObject
{
    Q_OBJECT

private slots:
    void edgesMatchTheStructuralEquations_data();
    void edgesMatchTheStructuralEquations();
    void weightsAreTheScmMatrix_data() { edgesMatchTheStructuralEquations_data(); }
    void weightsAreTheScmMatrix();
    void interventionCutsTheArrowsIntoX_data() { edgesMatchTheStructuralEquations_data(); }
    void interventionCutsTheArrowsIntoX();
    void nodesSayWhatTheyAre();
    void drawnLoadingsHaveUnitRows();
};

void TestCausalGraph::edgesMatchTheStructuralEquations_data()
{
    QTest::addColumn<ModelSettings>("settings");
    struct Row
    {
        const char* name;
        GeneratorKind kind;
        double c, b, g, sigma;
    };
    const Row rows[] = {
        {"proxy c=0.9", GeneratorKind::Proxy, 0.9, 1.0, 1.0, 1.0},
        {"proxy c=0.3 b=-2", GeneratorKind::Proxy, 0.3, -2.0, 1.0, 0.5},
        {"proxy c=0 (no X1->X2)", GeneratorKind::Proxy, 0.0, 1.0, 1.0, 1.0},
        {"chain c=0.8", GeneratorKind::Chain, 0.8, 1.0, 1.0, 1.0},
        {"chain b=0 (no lever)", GeneratorKind::Chain, 0.8, 0.0, 1.0, 1.0},
        {"confounder c=0.5", GeneratorKind::Confounder, 0.5, 1.0, 1.0, 1.0},
        {"confounder beta-carotene", GeneratorKind::Confounder, 0.6, 0.3, -1.5, 1.0},
        {"confounder homocysteine b=0", GeneratorKind::Confounder, 0.5, 0.0, 1.0, 1.0},
        {"confounder g=0", GeneratorKind::Confounder, 0.5, 1.0, 0.0, 1.0},
        {"collider c=0.5", GeneratorKind::Collider, 0.5, 1.0, 1.0, 1.0},
        {"collider c=0.8 b=2 sigma=0", GeneratorKind::Collider, 0.8, 2.0, 1.0, 0.0},
        {"latent c=0.9", GeneratorKind::Latent, 0.9, 1.0, 1.0, 1.0},
        {"latent c=0.95 b=0.5", GeneratorKind::Latent, 0.95, 0.5, 1.0, 1.0},
    };
    for (const Row& row : rows) {
        ModelSettings s = settingsFor(row.kind, row.c, row.b, row.g, row.sigma);
        if (row.kind == GeneratorKind::Confounder)
            s.features = 4;
        if (row.kind == GeneratorKind::Latent) {
            // Explicit loadings (rows not of unit length: the model normalizes them).
            s.features = 6;
            s.latentDimension = 2;
            s.levers = 3;
            Eigen::MatrixXd loadings(6, 2);
            loadings << 1, 0, 0, 2, 3, 4, -1, 1, 0.5, -0.25, 2, 2;
            s.loadings = std::make_shared<const Eigen::MatrixXd>(loadings);
        }
        QVERIFY2(s.validate().empty(), s.validate().c_str());
        QTest::newRow(row.name) << s;
    }
}

void TestCausalGraph::edgesMatchTheStructuralEquations()
{
    QFETCH(ModelSettings, settings);
    const CausalGraph graph = CausalGraph::of(settings);
    const EdgeMap expected = expectedEdges(settings);
    const EdgeMap actual = edgesOf(graph, graph.edges());
    QVERIFY2(
        actual.size() == expected.size(),
        qPrintable(
            QStringLiteral("edges %1, expected %2").arg(describe(actual), describe(expected))));
    for (const auto& [key, want] : expected) {
        const auto found = actual.find(key);
        QVERIFY2(found != actual.end(), qPrintable(QStringLiteral("missing %1->%2")
                                                       .arg(QString::fromStdString(key.first),
                                                            QString::fromStdString(key.second))));
        QVERIFY2(std::abs(found->second.weight - want.weight) <=
                     kTolerance * std::max(1.0, std::abs(want.weight)),
                 qPrintable(
                     QStringLiteral("%1->%2: %3, expected %4")
                         .arg(QString::fromStdString(key.first), QString::fromStdString(key.second))
                         .arg(found->second.weight, 0, 'g', 17)
                         .arg(want.weight, 0, 'g', 17)));
        QCOMPARE(int(found->second.kind), int(want.kind));
    }
    QVERIFY(graph.cutEdges().empty());
    QVERIFY(!graph.isIntervened());
}

void TestCausalGraph::weightsAreTheScmMatrix()
{
    QFETCH(ModelSettings, settings);
    const auto scm = ScmFactory::build(settings);
    const CausalGraph graph = CausalGraph::of(scm);
    QCOMPARE(int(graph.nodes().size()), scm.variableCount());
    // Exactly B: the same doubles, read from the model rather than typed per generator.
    QVERIFY(graph.weightMatrix() == scm.edges());
    for (int v = 0; v < scm.variableCount(); ++v) {
        QCOMPARE(graph.nodes()[std::size_t(v)].name, scm.name(v));
        QCOMPARE(int(graph.nodes()[std::size_t(v)].role), int(scm.role(v)));
        QCOMPARE(graph.nodes()[std::size_t(v)].observed, scm.role(v) != VariableRole::Latent);
    }
    QCOMPARE(graph.outcome(), scm.outcomeIndex());
    QCOMPARE(graph.features(), scm.featureIndices());
    // Levers: the features with a non-zero causal weight (§1.4).
    const Eigen::VectorXd beta = scm.causalWeights();
    for (int j = 0; j < scm.featureCount(); ++j)
        QCOMPARE(graph.nodes()[std::size_t(graph.features()[std::size_t(j)])].lever,
                 beta[j] != 0.0);
    // Every edge goes down the layers.
    for (const CausalEdge& edge : graph.edges())
        QVERIFY(graph.nodes()[std::size_t(edge.from)].layer <
                graph.nodes()[std::size_t(edge.to)].layer);
}

void TestCausalGraph::interventionCutsTheArrowsIntoX()
{
    QFETCH(ModelSettings, settings);
    const auto scm = ScmFactory::build(settings);
    const CausalGraph observed = CausalGraph::of(scm);
    const CausalGraph cut = observed.intervened();
    QVERIFY(cut.isIntervened());

    auto isFeature = [&](int v) { return scm.role(v) == VariableRole::Feature; };
    for (const CausalEdge& edge : cut.edges())
        QVERIFY2(!isFeature(edge.to), "an edge still enters a feature under do(X)");
    for (const CausalEdge& edge : cut.cutEdges())
        QVERIFY(isFeature(edge.to));
    // Every edge out of a feature (and every other edge not into a feature) remains, with its
    // weight: the kept edges are B with the features' rows set to zero (docs/math.md §1.3).
    Eigen::MatrixXd bTilde = scm.edges();
    for (int j : scm.featureIndices())
        bTilde.row(j).setZero();
    QVERIFY(cut.weightMatrix() == bTilde);
    QCOMPARE(cut.edges().size() + cut.cutEdges().size(), observed.edges().size());
    int outOfFeatures = 0;
    for (const CausalEdge& edge : observed.edges())
        outOfFeatures += isFeature(edge.from) ? 1 : 0;
    int keptOutOfFeatures = 0;
    for (const CausalEdge& edge : cut.edges())
        keptOutOfFeatures += isFeature(edge.from) ? 1 : 0;
    int cutOutOfFeatures = 0; // feature -> feature edges (the proxy's, the chain's) are cut
    for (const CausalEdge& edge : cut.cutEdges())
        cutOutOfFeatures += isFeature(edge.from) ? 1 : 0;
    QCOMPARE(keptOutOfFeatures + cutOutOfFeatures, outOfFeatures);
    for (const CausalEdge& edge : observed.edges())
        if (isFeature(edge.from) && !isFeature(edge.to))
            QVERIFY(cut.weightMatrix()(edge.to, edge.from) == edge.weight);
    // Intervening twice changes nothing more.
    QVERIFY(cut.intervened().weightMatrix() == bTilde);
    QCOMPARE(cut.intervened().cutEdges().size(), cut.cutEdges().size());
}

void TestCausalGraph::nodesSayWhatTheyAre()
{
    // Confounder: Z is a hidden confounder on top, the features in the middle, Y below.
    const CausalGraph confounder =
        CausalGraph::of(settingsFor(GeneratorKind::Confounder, 0.5, 1.0, 1.0, 1.0));
    const int z = nodeNamed(confounder, "Z");
    QVERIFY(z >= 0);
    QCOMPARE(int(confounder.nodes()[std::size_t(z)].kind), int(CausalNodeKind::Confounder));
    QVERIFY(!confounder.nodes()[std::size_t(z)].observed);
    QCOMPARE(confounder.nodes()[std::size_t(z)].layer, 0);
    QCOMPARE(confounder.nodes()[std::size_t(nodeNamed(confounder, "X2"))].layer, 1);
    QCOMPARE(confounder.nodes()[std::size_t(confounder.outcome())].layer, 2);
    QCOMPARE(confounder.layerCount(), 3);
    QVERIFY(confounder.nodes()[std::size_t(nodeNamed(confounder, "X1"))].lever);
    QVERIFY(!confounder.nodes()[std::size_t(nodeNamed(confounder, "X2"))].lever);

    // Collider: C has two parents, X1 and Y.
    const CausalGraph collider =
        CausalGraph::of(settingsFor(GeneratorKind::Collider, 0.5, 1.0, 1.0, 1.0));
    const int c = nodeNamed(collider, "C");
    QCOMPARE(int(collider.nodes()[std::size_t(c)].kind), int(CausalNodeKind::Collider));
    QVERIFY(collider.nodes()[std::size_t(c)].observed);
    QCOMPARE(collider.nodes()[std::size_t(c)].layer, 2);
    QCOMPARE(int(collider.nodes()[std::size_t(collider.outcome())].kind),
             int(CausalNodeKind::Outcome));

    // Latent: the factors reach Y only through the features, so they are not confounders.
    ModelSettings latent = ModelSettings::defaultsFor(GeneratorKind::Latent);
    const CausalGraph factors = CausalGraph::of(latent);
    QCOMPARE(int(factors.nodes().size()), latent.latentDimension + latent.features + 1);
    for (int l = 1; l <= latent.latentDimension; ++l) {
        const int u = nodeNamed(factors, "U" + std::to_string(l));
        QVERIFY(u >= 0);
        QCOMPARE(int(factors.nodes()[std::size_t(u)].kind), int(CausalNodeKind::Latent));
    }
    int levers = 0;
    for (int j : factors.features())
        levers += factors.nodes()[std::size_t(j)].lever ? 1 : 0;
    QCOMPARE(levers, latent.levers);

    // Chain: X1 acts through X2 only; with all features set its causal weight is 0.
    const CausalGraph chain = CausalGraph::of(settingsFor(GeneratorKind::Chain, 0.8, 1.0, 1, 1));
    QVERIFY(!chain.nodes()[std::size_t(nodeNamed(chain, "X1"))].lever);
    QVERIFY(chain.nodes()[std::size_t(nodeNamed(chain, "X2"))].lever);
    QCOMPARE(chain.layerCount(), 3);
}

void TestCausalGraph::drawnLoadingsHaveUnitRows()
{
    // Drawn loadings: L has unit rows, so the weights into X_j have squares summing to c
    // (docs/math.md §2.6), whatever the seed drew. p = 200 as in the largest control value.
    ModelSettings s = ModelSettings::defaultsFor(GeneratorKind::Latent);
    s.features = 200;
    s.latentDimension = 5;
    s.collinearity = 0.95;
    const CausalGraph graph = CausalGraph::of(s);
    const Eigen::MatrixXd w = graph.weightMatrix();
    QCOMPARE(int(graph.features().size()), 200);
    for (int j : graph.features()) {
        double sum = 0.0;
        int parents = 0;
        for (const CausalEdge& edge : graph.edges())
            if (edge.to == j) {
                sum += edge.weight * edge.weight;
                ++parents;
            }
        QCOMPARE(parents, s.latentDimension);
        QVERIFY2(std::abs(sum - s.collinearity) <= 1e-14,
                 qPrintable(QStringLiteral("sum of squares %1").arg(sum, 0, 'g', 17)));
    }
}

QTEST_GUILESS_MAIN(TestCausalGraph)
#include "tst_causalgraph.moc"
