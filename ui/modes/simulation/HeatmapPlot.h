// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#pragma once
// The feature covariance Σ beside the precision Θ = Σ⁻¹ as matrices (row 1 at the top), each on
// a diverging colour scale symmetric around 0. In data mode the features' correlation matrix R
// beside R⁻¹.

#include "plots/ResultPlot.h"

#include <Eigen/Core>
#include <optional>
#include <string>
#include <vector>

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
    /// Data mode: the features' correlation matrix R beside its inverse Θ = R⁻¹; an empty
    /// precision means R is singular, and its panel says so. Clears a pinned state.
    /// showResult switches back.
    void showDataMatrices(const Eigen::MatrixXd& correlation, const Eigen::MatrixXd& precision,
                          const std::vector<std::string>& names);
    /// A ghost of a matrix would not read; a pinned state is shown as a caption under each
    /// map comparing the largest |entry| ("max |Θ|: live 10.5, pinned 5.3"). nullptr clears.
    void showPinned(const core::RecomputeResult* pinned) override;
    /// Re-applies fonts, bar widths and spacing at the current PlotStyle::scale().
    void applyStyle() override;
    /// Data points (matrix cells) shown, summed over the plottables.
    int pointCount() const override;
    /// Pinned values shown: the pinned maxima in the captions (0, 1 or 2).
    int pinnedPointCount() const override;
    /// The caption under Σ (0) or Θ (1); empty when nothing is pinned.
    QString pinnedCaption(int panel) const;

private:
    struct Panel
    {
        QString symbol;  ///< "Σ", "R" or "Θ", for the caption
        QString missing; ///< the caption's word for a matrix that does not exist
        QCPTextElement* heading = nullptr;
        QCPAxisRect* rect = nullptr;
        QCPColorMap* map = nullptr;
        QCPColorScale* scale = nullptr;
        QCPTextElement* caption = nullptr; ///< in the layout only while a state is pinned
        int column = 0;
        int cells = 0;                       ///< p x p when shown, 0 when cleared
        std::optional<double> largest;       ///< max |entry| of the live matrix
        std::optional<double> pinnedLargest; ///< max |entry| of the pinned matrix
    };
    Panel makePanel(QCPAxisRect* rect, int column, const QString& missing, QCPMarginGroup* margins);
    /// Switches the title, headings and symbols between the simulation (Σ) and data mode (R).
    void setDataMode(bool data);
    void showMatrix(Panel& panel, const Eigen::MatrixXd& matrix,
                    const std::vector<std::string>& names);
    /// Both panels: the matrix (Σ or R) and its precision Θ, or a notice where one is missing.
    void showMatrices(const Eigen::MatrixXd& matrix, const Eigen::MatrixXd& precision,
                      const std::vector<std::string>& features);
    void clearPanel(Panel& panel);
    /// Shows, updates or removes the captions.
    void showCaptions();

    QCPLayoutGrid* m_grid = nullptr;
    Panel m_covariance;
    Panel m_precision;
    bool m_pinned = false;
    bool m_dataMode = false;
};

} // namespace lev::ui
