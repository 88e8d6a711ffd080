// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#pragma once
// The scoreboard, means over R runs: held-out R² and interventional R² (left axis) against the
// weight error ‖w − β‖ (right axis), with the population (n = ∞) R² values marked.

#include "plots/ResultPlot.h"

#include <optional>

namespace lev::core {
struct RecomputeResult;
}

namespace lev::ui {

class ScoreboardPlot : public ResultPlot
{
    Q_OBJECT

public:
    explicit ScoreboardPlot(QWidget* parent = nullptr);

    void showResult(const core::RecomputeResult& result) override;
    /// Shows a pinned state as faint, narrower ghost bars beside the live bars. Copies the three
    /// scores; nullptr clears.
    void showPinned(const core::RecomputeResult* pinned) override;
    void applyStyle() override;
    int pointCount() const override;
    /// Pinned data points shown, summed over the ghost bars.
    int pinnedPointCount() const override;

private:
    /// One state's scores: held-out R², do(X) R², weight error; and the population R² values.
    struct Scores
    {
        std::optional<double> values[3];
        std::optional<double> population[3]; ///< the last is always empty
        bool shown = false;                  ///< false: no state (cleared, or nothing pinned)
        bool any() const { return values[0] || values[1] || values[2]; }
    };
    static Scores scoresOf(const core::RecomputeResult& result);
    void clearData();
    /// Bars, labels, marks and axis ranges of the live and pinned scores.
    void showScores();

    Scores m_live;
    Scores m_pinned;
    QCPBars* m_bars[3] = {nullptr, nullptr, nullptr};
    QCPBars* m_pinnedBars[3] = {nullptr, nullptr, nullptr};
    QCPGraph* m_population = nullptr;
    QCPItemText* m_labels[3] = {nullptr, nullptr, nullptr};
    QCPItemText* m_pinnedLabels[3] = {nullptr, nullptr, nullptr};
    QCPItemStraightLine* m_divider = nullptr;
};

} // namespace lev::ui
