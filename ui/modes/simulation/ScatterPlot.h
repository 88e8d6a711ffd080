// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#pragma once
// X₁ against X₂ in one displayed draw (observational, on the data surface) with the
// interventional cloud do(X) on top: interventions leave the surface the model was fitted on.
// In data mode: the most correlated pair of a user's features.

#include "plots/ResultPlot.h"

#include <Eigen/Core>

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
    /// Data mode: one cloud of observed rows (x[i], y[i]), the axes titled with the names and
    /// the plot with their correlation r. Of many rows at most maxDataRows() are drawn, the
    /// extreme ones and an evenly spaced subset, and the legend says so; the axes cover every
    /// row. Rows that are not finite are left out. Clears a pinned state; showResult switches
    /// back.
    /// `what` titles the pair (default "Most correlated pair").
    void showDataPair(const Eigen::VectorXd& x, const Eigen::VectorXd& y, const QString& xName,
                      const QString& yName, double r, const QString& what = QString());
    /// The most rows showDataPair draws.
    static int maxDataRows();
    /// Shows a pinned state's observational cloud in faint grey behind the live clouds. Copies
    /// the points; nullptr clears.
    void showPinned(const core::RecomputeResult* pinned) override;
    /// Re-applies fonts and marker sizes at the current PlotStyle::scale().
    void applyStyle() override;
    int pointCount() const override;
    /// Pinned data points shown.
    int pinnedPointCount() const override;

private:
    /// Switches the title and legend between the simulation and data mode.
    void setDataMode(bool data);
    void clearData();
    /// Axis ranges covering the live and pinned clouds.
    void fitAxes();

    QCPGraph* m_observed = nullptr;
    QCPGraph* m_interventional = nullptr;
    QCPGraph* m_pinnedObserved = nullptr;
    bool m_liveAgainstOutcome = false;   ///< p = 1: X₁ against Y, not against X₂
    bool m_pinnedAgainstOutcome = false; ///< the same for the pinned state
    bool m_dataMode = false;
};

} // namespace lev::ui
