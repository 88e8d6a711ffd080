// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#pragma once
// Data mode: the two most correlated of a user's features against each other, one cloud of
// observed rows titled with their correlation r. What the data hardly ever show is one changing
// without the other.

#include <Eigen/Core>
#include <qcustomplot.h>

namespace lev::ui {

class DataScatterPlot : public QCustomPlot
{
    Q_OBJECT

public:
    explicit DataScatterPlot(QWidget* parent = nullptr);

    /// One cloud of observed rows (x[i], y[i]), the axes titled with the names and the plot
    /// with their correlation r. Of many rows at most maxRows() are drawn, the extreme ones and
    /// an evenly spaced subset, and the legend says so; the axes cover every row. Rows that are
    /// not finite are left out. `what` titles the pair (default "Most correlated pair").
    void showPair(const Eigen::VectorXd& x, const Eigen::VectorXd& y, const QString& xName,
                  const QString& yName, double r, const QString& what = QString());
    /// The most rows showPair draws.
    static int maxRows();
    /// Re-applies fonts and marker sizes at the current PlotStyle::scale().
    void applyStyle();
    /// Rows drawn.
    int pointCount() const;

private:
    QCPGraph* m_observed = nullptr;
};

} // namespace lev::ui
