// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#pragma once
// Data mode, where no true weights exist: the fitted weight w_j of each feature with its
// analytic 95 % interval w_j ± 1.96 SE_j and its bootstrap 95 % interval beside it.

#include "plots/FeatureAxis.h"
#include "plots/IntervalBars.h"

#include <Eigen/Core>
#include <qcustomplot.h>

#include <string>
#include <vector>

namespace lev::ui {

class DataWeightsPlot : public QCustomPlot
{
    Q_OBJECT

public:
    explicit DataWeightsPlot(QWidget* parent = nullptr);

    /// A marker at each feature's estimate; error bars estimate ± 1.96 SE when standardErrors
    /// is not empty; the bootstrap interval (p x 2: low, high; may be empty) slightly to the
    /// right; the y axis "weight (unit)". A non-empty notice ("weights not identifiable: …") is
    /// shown instead of any marker. Non-finite values are left out. `robust`: the standard
    /// errors are HC3's (the legend says so).
    void showWeights(const std::vector<std::string>& features, const Eigen::VectorXd& estimate,
                     const Eigen::VectorXd& standardErrors,
                     const Eigen::MatrixXd& bootstrapInterval, const QString& unit,
                     const QString& notice, bool robust = false);
    /// The legend name of the analytic interval.
    QString intervalName() const;
    /// Re-applies fonts, pens and marker sizes at the current PlotStyle::scale().
    void applyStyle();
    /// Data points shown: estimates plus intervals.
    int pointCount() const;

private:
    void styleSeries();

    FeatureAxis m_axis;
    IntervalBars m_analytic;
    IntervalBars m_bootstrap;
    QCPGraph* m_estimate = nullptr;
    std::vector<std::string> m_features;
};

} // namespace lev::ui
