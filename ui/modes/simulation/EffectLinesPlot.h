// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#pragma once
// For the first feature X₁: E[Y | X₁ = x] (conditioning, slope Cov(X₁, Y)/Var(X₁)) against
// E[Y | do(X₁ = x)] (intervening, the total effect) and the model's line w₁·x read as a lever.

#include "plots/ResultPlot.h"

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

private:
    struct Lines
    {
        QCPGraph* conditioning = nullptr;
        QCPGraph* intervening = nullptr;
        QCPGraph* model = nullptr;
    };
    /// Fills the lines over ±3 SD of X₁; false when the result has no model to draw.
    static bool fill(const Lines& lines, const core::RecomputeResult& result);
    static void clear(const Lines& lines);
    void clearData();
    /// Axis ranges covering the live and the pinned lines.
    void fitAxes();

    QCPGraph* m_data = nullptr;
    Lines m_live;
    Lines m_pinned;
};

} // namespace lev::ui
