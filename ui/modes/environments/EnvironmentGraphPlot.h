// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#pragma once
// The shifted generator's causal graph: the anchor A (observed, not a feature), the hidden H,
// the lever X1, Y and Y's child X2, each arrow labelled with its weight; the anchor's arrows in
// the interventional amber (a shift is an intervention), X1 -> Y in the causal green, H dashed.

#include "modes/environments/EnvironmentsPlot.h"

#include <QPointF>

namespace lev::ui {

class EnvironmentGraphPlot : public EnvironmentsPlot
{
    Q_OBJECT

public:
    explicit EnvironmentGraphPlot(QWidget* parent = nullptr);

    void showResult(const core::EnvironmentsResult& result) override;
    void applyStyle() override;
    /// The nodes drawn.
    int pointCount() const override;
    /// The arrows drawn (weights that are not 0).
    int edgeCount() const;

private:
    enum Node
    {
        kAnchor,
        kHidden,
        kLever,
        kOutcome,
        kChild,
        kNodes
    };
    struct Arrow
    {
        Node from;
        Node to;
        QCPItemLine* line = nullptr;
        QCPItemText* weight = nullptr;
    };
    void addArrow(Node from, Node to);
    void placeArrow(Arrow& arrow, double weight);
    QPointF centre(Node node) const;
    void placeCaption(Node node);

    QCPItemEllipse* m_circles[kNodes] = {};
    QCPItemText* m_labels[kNodes] = {};
    QCPItemText* m_captions[kNodes] = {};
    QList<Arrow> m_arrows;
    bool m_shown = false;
    bool m_childOffered = true; ///< X2 is a feature (else hidden, drawn dashed)
};

} // namespace lev::ui
