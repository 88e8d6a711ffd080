// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#pragma once
// The seven plots of docs/math.md §5, listed once, in that order: spectrum, weights,
// scoreboard, sweep, scatter, heatmap, effect lines. Laid out in two rows of four for the
// page, or left unlaid for the export gallery (each plot at its own export size).

#include <QList>
#include <QWidget>
#include <vector>

class QGridLayout;

namespace lev::core {
struct RecomputeResult;
struct SweepPoint;
} // namespace lev::core

namespace lev::ui {

class ResultPlot;
class SweepPlot;

class SimulationPlots : public QWidget
{
    Q_OBJECT

public:
    enum class Layout
    {
        Grid,
        None
    };

    explicit SimulationPlots(Layout layout = Layout::Grid, QWidget* parent = nullptr);

    const QList<ResultPlot*>& plots() const { return m_plots; }
    SweepPlot& sweep() const { return *m_sweep; }

    /// Every plot shows `result` (its sweep, if any, included).
    void showResult(const core::RecomputeResult& result);
    /// The live sweep, filled in point by point, with the marker at `collinearity`.
    void showSweep(const std::vector<core::SweepPoint>& points, double collinearity);
    /// A faint ghost of `pinned` and its sweep in every plot; nullptr removes it everywhere.
    void showPin(const core::RecomputeResult* pinned, const std::vector<core::SweepPoint>& sweep);
    /// Presentation mode keeps the story plots (weights, scoreboard, sweep) only.
    void setPresentation(bool on);
    void applyStyle();

private:
    QList<ResultPlot*> m_plots;
    QList<ResultPlot*> m_details; ///< hidden in presentation mode
    SweepPlot* m_sweep = nullptr;
    QGridLayout* m_grid = nullptr;
};

} // namespace lev::ui
