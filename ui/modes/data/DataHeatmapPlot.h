// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#pragma once
// Data mode: the features' correlation matrix R beside its inverse Θ = R⁻¹ (row 1 at the top),
// each on a diverging colour scale symmetric around 0; the diagonal of Θ holds the VIFs.

#include "plots/MatrixPanels.h"

#include <Eigen/Core>
#include <qcustomplot.h>

#include <string>
#include <vector>

namespace lev::ui {

class DataHeatmapPlot : public QCustomPlot
{
    Q_OBJECT

public:
    explicit DataHeatmapPlot(QWidget* parent = nullptr);

    /// R beside Θ = R⁻¹, the axes ticked with the column names; an empty precision means R is
    /// singular, and its panel says so.
    void showMatrices(const Eigen::MatrixXd& correlation, const Eigen::MatrixXd& precision,
                      const std::vector<std::string>& names);
    /// Re-applies fonts, bar widths and spacing at the current PlotStyle::scale().
    void applyStyle();
    /// Matrix cells holding finite data, summed over both maps.
    int pointCount() const;

private:
    MatrixPanels m_panels;
};

} // namespace lev::ui
