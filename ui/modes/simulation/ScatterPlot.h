// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#pragma once
// X₁ against X₂ in one displayed draw (observational, on the data surface) with the
// interventional cloud do(X) on top: interventions leave the surface the model was fitted on.

#include "plots/ResultPlot.h"

namespace lev::core {
struct RecomputeResult;
}

namespace lev::ui {

class ScatterPlot : public ResultPlot
{
    Q_OBJECT

public:
    explicit ScatterPlot(QWidget* parent = nullptr);

    void showResult(const core::RecomputeResult& result) override;
    /// Shows a pinned state's observational cloud in faint grey behind the live clouds. Copies
    /// the points; nullptr clears.
    void showPinned(const core::RecomputeResult* pinned) override;
    /// Re-applies fonts and marker sizes at the current PlotStyle::scale().
    void applyStyle() override;
    int pointCount() const override;
    /// Pinned data points shown.
    int pinnedPointCount() const override;

private:
    void clearData();
    /// Axis ranges covering the live and pinned clouds.
    void fitAxes();

    QCPGraph* m_observed = nullptr;
    QCPGraph* m_interventional = nullptr;
    QCPGraph* m_pinnedObserved = nullptr;
    bool m_liveAgainstOutcome = false;   ///< p = 1: X₁ against Y, not against X₂
    bool m_pinnedAgainstOutcome = false; ///< the same for the pinned state
};

} // namespace lev::ui
