#pragma once
// The sweep over collinearity c: held-out and interventional R² (left axis) and the mean weight
// error ‖w − β‖ (right axis, log), with a marker at the current c.

#include <qcustomplot.h>

#include <vector>

namespace lev::core {
struct RecomputeResult;
struct SweepPoint;
} // namespace lev::core

namespace lev::ui {

class SweepPlot : public QCustomPlot
{
    Q_OBJECT

public:
    explicit SweepPlot(QWidget* parent = nullptr);

    /// Moves the "now" marker; shows result.sweep when it has points, else keeps the sweep.
    void showResult(const core::RecomputeResult& result);
    /// Replaces the curves; the sweep may be partial (fewer points than the grid).
    void showSweep(const std::vector<core::SweepPoint>& points, double currentCollinearity);
    /// Data points shown, summed over the plottables.
    int pointCount() const;

private:
    void moveMarker(double collinearity);

    QCPGraph* m_r2Observational = nullptr;
    QCPGraph* m_r2Interventional = nullptr;
    QCPGraph* m_weightError = nullptr;
    QCPItemStraightLine* m_now = nullptr;
    QCPItemText* m_nowLabel = nullptr;
    QCPItemText* m_offScale = nullptr;
};

} // namespace lev::ui
