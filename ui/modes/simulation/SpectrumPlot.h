// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#pragma once
// The eigenvalues λ_i of the feature covariance Σ (population vs sample, log scale) beside 1/λ_i,
// the factors by which Θ = Σ⁻¹ = Σ v vᵀ / λ amplifies noise along each eigenvector.

#include "plots/ResultPlot.h"
#include "plots/SpectrumPanes.h"

namespace lev::core {
struct RecomputeResult;
}

namespace lev::ui {

class SpectrumPlot : public ResultPlot
{
    Q_OBJECT

public:
    explicit SpectrumPlot(QWidget* parent = nullptr);

    void showResult(const core::RecomputeResult& result) override;
    /// Shows a pinned state as a faint ghost behind the live one: its population and sample-mean
    /// eigenvalues, and its 1/λ bars beside the live bars. Copies what it draws; nullptr clears.
    void showPinned(const core::RecomputeResult* pinned) override;
    void applyStyle() override;
    int pointCount() const override;
    /// Pinned data points shown, summed over the ghost plottables.
    int pinnedPointCount() const override;

private:
    void clearData();
    void styleSeries();
    /// Axis ranges and index ticks covering both the live and the pinned data.
    void fitAxes();

    SpectrumPanes m_panes;
    QCPGraph* m_sampleRuns = nullptr;
    QCPGraph* m_sampleMean = nullptr;
    QCPGraph* m_population = nullptr;
    QCPBars* m_inverse = nullptr;
    QCPGraph* m_pinnedPopulation = nullptr;
    QCPGraph* m_pinnedSampleMean = nullptr;
    QCPBars* m_pinnedInverse = nullptr;
    QCPBarsGroup* m_inverseGroup = nullptr; ///< live and pinned 1/λ side by side
    int m_columns = 0;                      ///< eigenvalues of the live state
    int m_pinnedColumns = 0;                ///< eigenvalues of the pinned state
};

} // namespace lev::ui
