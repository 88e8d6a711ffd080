// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#pragma once
// The current generator's causal graph (core::CausalGraph): observed nodes solid, hidden ones
// dashed, arrows labelled with their structural weights B[to, from]; under do(X) the arrows
// into the features are drawn cut (faded and crossed), as randomization cuts them.

#include "model/CausalGraph.h"
#include "model/ModelSettings.h"
#include "plots/CausalGraphLayout.h"
#include "plots/ResultPlot.h"

#include <QList>
#include <optional>

class QAction;
class QCheckBox;

namespace lev::ui {

class CausalGraphPlot : public ResultPlot
{
    Q_OBJECT

public:
    explicit CausalGraphPlot(QWidget* parent = nullptr);

    /// Draws the graph of the result's model (rebuilt only when the model settings change).
    void showResult(const core::RecomputeResult& result) override;
    /// The graph has no pinned ghost: the pinned model's arrows would lie on the live ones.
    void showPinned(const core::RecomputeResult* pinned) override;
    void applyStyle() override;
    /// The nodes drawn (one ellipse each).
    int pointCount() const override;
    /// "Show do(X)" in the plot's right-click menu.
    void addContextActions(QMenu* menu) override;
    int pinnedPointCount() const override { return 0; }

    /// Draws `graph` as it is (e.g. an experiment's: only the arrows into the `randomized`
    /// features cut, those features ringed in the interventional colour), without the do(X)
    /// toggle; `cutLabel` says what was cut (for an empty graph: why there is none).
    void showGraph(const core::ModelSettings& model, const core::CausalGraph& graph,
                   const std::vector<bool>& randomized, const QString& cutLabel);

    /// Draws the graph under do(X): the arrows into the features cut.
    void setIntervention(bool on);
    bool showsIntervention() const { return m_intervention; }
    /// The checkable "Show do(X)" action, also in the plot's context menu.
    QAction* interventionAction() const { return m_interventionAction; }
    /// The graph drawn (intervened when showsIntervention()); empty before the first result.
    const core::CausalGraph& graph() const { return m_graph; }
    /// The features left out of the drawing and said in a summary ("… 17 more features").
    int hiddenFeatureCount() const { return m_layout.hiddenFeatures(); }

    /// Most features drawn before the rest are summarised; most hidden nodes likewise.
    static constexpr int kMaxFeatures = 6;
    static constexpr int kMaxLatents = 6;

signals:
    void interventionToggled(bool on);

private:
    struct DrawnNode
    {
        int node = -1; ///< index into the graph's nodes; negative for a summary slot
        QCPItemEllipse* circle = nullptr;
        QCPItemText* label = nullptr;
        QCPItemText* caption = nullptr; ///< "hidden confounder", "outcome", ...
    };
    struct DrawnEdge
    {
        int from = -1, to = -1; ///< indices into m_drawnNodes (the layout's slots)
        core::CausalEdge edge;
        bool cut = false;
        QCPItemLine* line = nullptr;   ///< a straight arrow, or
        QCPItemCurve* curve = nullptr; ///< a bowed one around a node in the way
        QCPItemText* weight = nullptr;
        QCPItemLine* crossA = nullptr; ///< the cut mark, under do(X)
        QCPItemLine* crossB = nullptr;
    };

    void rebuild();
    void clearDrawing();
    /// Lays the graph out (CausalGraphLayout) and makes one node item per slot.
    void layOut();
    void addEdge(const core::CausalEdge& edge, bool cut);
    void styleItems();
    /// Puts every item at its pixel position in the current axis rect (after each layout).
    void placeItems();
    double nodeRadius() const;
    /// Whether the node is a feature the experiment sets at random (every feature under do(X)).
    bool isSetAtRandom(int node) const;
    void updateTitle();

    std::optional<core::ModelSettings> m_model;
    core::CausalGraph m_observed;
    core::CausalGraph m_graph;
    bool m_intervention = false;
    std::vector<bool> m_randomized; ///< showGraph(): which features are set at random
    bool m_given = false;           ///< showGraph(): m_observed is drawn as it is
    CausalGraphLayout m_layout;
    int m_unlabelledEdges = 0;
    QList<DrawnNode> m_drawnNodes; ///< one per m_layout slot, in order
    QList<DrawnEdge> m_drawnEdges;
    QList<QCPAbstractItem*> m_items; ///< everything this plot drew, for clearDrawing()
    QCPItemText* m_doLabel = nullptr;
    QCPItemText* m_footnote = nullptr;
    QList<QCPItemText*> m_key;
    QCheckBox* m_toggle = nullptr;
    QAction* m_interventionAction = nullptr;
};

} // namespace lev::ui
