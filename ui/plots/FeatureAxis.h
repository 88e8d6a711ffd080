// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#pragma once
// The axes of a plot of per-feature weights: feature j at x = j + 1 (series side by side at
// small offsets), a line at weight 0, and a value range that keeps 0 and every series in view.

#include <Eigen/Core>
#include <QList>

class QCustomPlot;
class QCPAbstractPlottable;
class QCPGraph;
class QCPItemStraightLine;

namespace lev::ui {

class FeatureAxis
{
public:
    /// Labels the plot's x axis "feature", hides its grid and draws the zero line.
    explicit FeatureAxis(QCustomPlot* plot);

    /// Points (j + 1 + offset, weights[j]) where the weight is finite.
    static void setPoints(QCPGraph* graph, const Eigen::VectorXd& weights, double offset);
    /// Re-applies the zero line's pen at the current PlotStyle::scale().
    void applyStyle();
    /// x over the p features; y over the data of `shown` and 0.
    void fitAxes(int p, const QList<QCPAbstractPlottable*>& shown);

private:
    QCustomPlot* m_plot = nullptr;
    QCPItemStraightLine* m_zeroLine = nullptr;
};

} // namespace lev::ui
