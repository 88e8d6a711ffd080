// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#include "plots/IntervalBars.h"

#include <qcustomplot.h>

#include <algorithm>
#include <cmath>

namespace lev::ui {

IntervalBars::IntervalBars(QCustomPlot* plot, const QString& name)
{
    m_centre = plot->addGraph();
    m_centre->setLineStyle(QCPGraph::lsNone);
    m_centre->removeFromLegend();
    m_bars = new QCPErrorBars(plot->xAxis, plot->yAxis);
    m_bars->setName(name);
    m_bars->setDataPlottable(m_centre);
    m_bars->setSymbolGap(0.0); // the centre has no marker; an estimate's is drawn above
}

void IntervalBars::setIntervals(const Eigen::VectorXd& low, const Eigen::VectorXd& high,
                                double offset)
{
    QVector<double> keys, centres, halves;
    for (int j = 0; j < std::min(low.size(), high.size()); ++j) {
        if (std::isfinite(low[j]) && std::isfinite(high[j])) {
            keys.append(j + 1 + offset);
            centres.append(0.5 * (low[j] + high[j]));
            halves.append(0.5 * std::abs(high[j] - low[j]));
        }
    }
    m_centre->setData(keys, centres, true);
    m_bars->setData(halves);
}

void IntervalBars::clear()
{
    m_centre->data()->clear();
    m_bars->data()->clear();
}

int IntervalBars::count() const
{
    return m_bars->dataCount();
}

void IntervalBars::setStyle(const QPen& pen, double whiskerWidth)
{
    m_bars->setPen(pen);
    m_bars->setWhiskerWidth(whiskerWidth);
}

} // namespace lev::ui
