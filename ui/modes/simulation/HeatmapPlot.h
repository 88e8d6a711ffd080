// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#pragma once
// The feature covariance Σ beside the precision Θ = Σ⁻¹ as matrices (row 1 at the top), each on
// a diverging colour scale symmetric around 0.

#include "plots/MatrixPanels.h"
#include "plots/ResultPlot.h"

#include <optional>

namespace lev::core {
struct RecomputeResult;
}

namespace lev::ui {

class HeatmapPlot : public ResultPlot
{
    Q_OBJECT

public:
    explicit HeatmapPlot(QWidget* parent = nullptr);

    void showResult(const core::RecomputeResult& result) override;
    /// A ghost of a matrix would not read; a pinned state is shown as a caption under each
    /// map comparing the largest |entry| ("max |Θ|: live 10.5, pinned 5.3"). nullptr clears.
    void showPinned(const core::RecomputeResult* pinned) override;
    /// Re-applies fonts, bar widths and spacing at the current PlotStyle::scale().
    void applyStyle() override;
    /// Matrix cells holding finite data, summed over both maps.
    int pointCount() const override;
    /// Pinned values shown: the pinned maxima in the captions (0, 1 or 2).
    int pinnedPointCount() const override;
    /// The caption under Σ (0) or Θ (1); empty when nothing is pinned.
    QString pinnedCaption(int panel) const;

private:
    /// Shows, updates or removes the captions.
    void showCaptions();

    MatrixPanels m_panels;
    bool m_pinned = false;
    std::optional<double> m_pinnedCovariance; ///< max |entry| of the pinned Σ
    std::optional<double> m_pinnedPrecision;  ///< max |entry| of the pinned Θ
};

} // namespace lev::ui
