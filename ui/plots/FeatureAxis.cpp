// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#include "plots/FeatureAxis.h"

#include "plots/PlotStyle.h"

#include <QCoreApplication>
#include <qcustomplot.h>

#include <algorithm>
#include <cmath>

namespace lev::ui {

FeatureAxis::FeatureAxis(QCustomPlot* plot) : m_plot(plot)
{
    plot->xAxis->setLabel(QCoreApplication::translate("FeatureAxis", "feature"));
    plot->xAxis->grid()->setVisible(false);
    m_zeroLine = new QCPItemStraightLine(plot);
    m_zeroLine->point1->setCoords(0.0, 0.0);
    m_zeroLine->point2->setCoords(1.0, 0.0);
    m_zeroLine->setLayer(QStringLiteral("grid"));
}

void FeatureAxis::setPoints(QCPGraph* graph, const Eigen::VectorXd& weights, double offset)
{
    QVector<double> keys, values;
    for (int j = 0; j < weights.size(); ++j) {
        if (std::isfinite(weights[j])) {
            keys.append(j + 1 + offset);
            values.append(weights[j]);
        }
    }
    graph->setData(keys, values, true);
}

void FeatureAxis::applyStyle()
{
    m_zeroLine->setPen(PlotStyle::pen(PlotStyle::neutral(), 1.0));
}

void FeatureAxis::fitAxes(int p, const QList<QCPAbstractPlottable*>& shown)
{
    m_plot->xAxis->setRange(0.4, std::max(p, 1) + 0.6);
    QCPRange range(0.0, 0.0); // the zero line stays in view
    if (PlotStyle::dataValueRange(shown, range))
        range.expand(0.0);
    PlotStyle::setPaddedRange(m_plot->yAxis, range.lower, range.upper, 0.08);
}

} // namespace lev::ui
