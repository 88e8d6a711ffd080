// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#pragma once
// The weight of each feature: causal β (the levers), the population regression β = Σ⁻¹ Σ_XY,
// and the estimator's mean with its 5–95 % Monte-Carlo spread over R runs.

#include "plots/FeatureAxis.h"
#include "plots/ResultPlot.h"

#include <string>
#include <vector>

namespace lev::core {
struct RecomputeResult;
}

namespace lev::ui {

class WeightsPlot : public ResultPlot
{
    Q_OBJECT

public:
    explicit WeightsPlot(QWidget* parent = nullptr);

    void showResult(const core::RecomputeResult& result) override;
    /// Shows a pinned state as a faint ghost behind the live one: hollow markers and error bars
    /// slightly to the right of the live ones. Copies what it draws; nullptr clears.
    void showPinned(const core::RecomputeResult* pinned) override;
    void applyStyle() override;
    int pointCount() const override;
    /// Pinned data points shown, summed over the ghost plottables.
    int pinnedPointCount() const override;

private:
    struct Series
    {
        QCPGraph* causal = nullptr;
        QCPGraph* population = nullptr;
        QCPGraph* estimate = nullptr;
        QCPErrorBars* spread = nullptr;
        std::vector<std::string> features;
    };
    /// Fills the series with a result's weights, shifted right by `shift`.
    static void fill(Series& series, const core::RecomputeResult& result, double shift);
    static void clear(Series& series);
    void styleSeries();
    /// Feature ticks and axis ranges covering both the live and the pinned weights.
    void fitAxes();

    FeatureAxis m_axis;
    Series m_live;
    Series m_pinned;
};

} // namespace lev::ui
