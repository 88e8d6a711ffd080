// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#pragma once
// The scoreboard, means over R runs, in two panels with axes of their own: held-out and do(X)
// R² on a fixed axis cut at −1 (population values marked), and the weight error ‖w − β‖ on a
// log axis fixed by the settings (four decades around the OLS error at c = 0), not by c.

#include "plots/ResultPlot.h"

#include <optional>

namespace lev::core {
struct RecomputeResult;
struct RecomputeSettings;
} // namespace lev::core

namespace lev::ui {

class ScoreboardPlot : public ResultPlot
{
    Q_OBJECT

public:
    /// The R² axis shows [kLowestR2, 1]; a lower value is drawn to the frame's edge and labelled.
    static constexpr double kLowestR2 = -1.0;

    explicit ScoreboardPlot(QWidget* parent = nullptr);

    void showResult(const core::RecomputeResult& result) override;
    /// Shows a pinned state as faint, narrower ghost bars beside the live bars. Copies the three
    /// scores; nullptr clears.
    void showPinned(const core::RecomputeResult* pinned) override;
    void applyStyle() override;
    int pointCount() const override;
    /// Pinned data points shown, summed over the ghost bars.
    int pinnedPointCount() const override;

    /// The panel of the weight error and its value axis (log).
    QCPAxisRect* errorRect() const { return m_errorRect; }
    QCPAxis* errorAxis() const;

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
    /// Fixes the weight-error axis for these settings (it does not depend on c).
    void fitErrorAxis(const core::RecomputeSettings& settings);
    /// Bars, labels and marks of the live and pinned scores.
    void showScores();
    /// The text and place of a value label: at the value, or at the edge of the shown range
    /// with an arrow when the value lies beyond it.
    void placeLabel(QCPItemText* label, int score, double key, double value,
                    std::optional<double> mark, bool ghost) const;

    Scores m_live;
    Scores m_pinned;
    QCPAxisRect* m_errorRect = nullptr;
    QCPBars* m_bars[3] = {nullptr, nullptr, nullptr};
    QCPBars* m_pinnedBars[3] = {nullptr, nullptr, nullptr};
    QCPGraph* m_population = nullptr;
    QCPItemText* m_labels[3] = {nullptr, nullptr, nullptr};
    QCPItemText* m_pinnedLabels[3] = {nullptr, nullptr, nullptr};
    QCPItemStraightLine* m_referenceLine = nullptr;
    QCPItemText* m_referenceLabel = nullptr;
    QCPTextElement* m_caption = nullptr;
    double m_errorLow = 0.01;   ///< the lowest weight error the axis shows in full
    double m_errorHigh = 100.0; ///< the highest
};

} // namespace lev::ui
