// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#pragma once
// For a chosen feature X_j: E[Y | X_j = x] (conditioning, slope Cov(X_j, Y)/Var(X_j)) against
// E[Y | do(X_j = x)] (intervening, the total effect) and the model's line w_j·x read as a lever,
// over the draw's (X_j, Y). A small feature box on the plot (and its context menu) picks j.

#include "plots/ResultPlot.h"

#include <Eigen/Core>

#include <string>
#include <vector>

class QComboBox;

namespace lev::core {
struct RecomputeResult;
}

namespace lev::ui {

class EffectLinesPlot : public ResultPlot
{
    Q_OBJECT

public:
    explicit EffectLinesPlot(QWidget* parent = nullptr);

    void showResult(const core::RecomputeResult& result) override;
    /// Shows a pinned state's three lines, faint and dashed, behind the live ones. Copies the
    /// lines; nullptr clears.
    void showPinned(const core::RecomputeResult* pinned) override;
    void applyStyle() override;
    int pointCount() const override;
    /// Pinned data points shown, summed over the ghost lines.
    int pinnedPointCount() const override;
    /// "Show feature" entries, one per feature.
    void addContextActions(QMenu* menu) override;

    /// Draws feature `index` (0-based), clamped to the features of the live result.
    void setFeature(int index);
    int feature() const { return m_feature; }
    /// The box on the plot that picks the feature.
    QComboBox* featureBox() const { return m_featureBox; }

signals:
    void featureChanged(int index);

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    /// What the lines of one state need, for every feature (so that a new choice of feature
    /// redraws without a recompute).
    struct State
    {
        bool valid = false;
        QString message;                ///< why there is no model, when there is none
        std::vector<std::string> names; ///< the features
        Eigen::VectorXd conditional;    ///< Cov(X_j, Y) / Var(X_j)
        Eigen::VectorXd total;          ///< d E[Y | do(X_j = x)] / dx
        Eigen::VectorXd sd;             ///< SD(X_j)
        Eigen::VectorXd weights;        ///< the Monte-Carlo mean weights; empty: none
        Eigen::MatrixXd features;       ///< up to kMaxRows rows of the draw
        Eigen::VectorXd outcome;
    };
    struct Lines
    {
        QCPGraph* conditioning = nullptr;
        QCPGraph* intervening = nullptr;
        QCPGraph* model = nullptr;
    };
    static State stateOf(const core::RecomputeResult& result, bool withDraw);
    /// Fills the lines of feature j over ±3 SD of X_j; false when the state has no lines.
    static bool fill(const Lines& lines, const State& state, int j);
    static void clear(const Lines& lines);
    int featureCount() const;
    /// Redraws the live and pinned states for the current feature.
    void redraw();
    /// Titles, legend names and the feature box for the current feature.
    void nameFeature();
    void placeFeatureBox();
    /// Axis ranges covering the live and the pinned lines.
    void fitAxes();

    QCPGraph* m_data = nullptr;
    Lines m_live;
    Lines m_pinned;
    State m_liveState;
    State m_pinnedState;
    bool m_hasPinned = false;
    int m_feature = 0;
    QComboBox* m_featureBox = nullptr;
};

} // namespace lev::ui
