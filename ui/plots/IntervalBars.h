// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#pragma once
// One interval [low_j, high_j] per feature j, drawn as error bars at x = j + 1 + offset. The
// bars hang on an unmarked centre graph, so an estimate's own marker can be drawn above them.

#include <Eigen/Core>
#include <QString>

class QCustomPlot;
class QCPErrorBars;
class QCPGraph;
class QPen;

namespace lev::ui {

class IntervalBars
{
public:
    /// Adds the centre graph and the bars to `plot`; `name` is the legend entry of the bars.
    IntervalBars(QCustomPlot* plot, const QString& name);

    /// The intervals with finite ends; the others are left out.
    void setIntervals(const Eigen::VectorXd& low, const Eigen::VectorXd& high, double offset);
    void clear();
    /// Intervals shown.
    int count() const;
    /// The plottable the legend lists.
    QCPErrorBars* bars() const { return m_bars; }
    void setStyle(const QPen& pen, double whiskerWidth);

private:
    QCPGraph* m_centre = nullptr;
    QCPErrorBars* m_bars = nullptr;
};

} // namespace lev::ui
