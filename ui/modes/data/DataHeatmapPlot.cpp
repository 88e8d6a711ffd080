// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#include "modes/data/DataHeatmapPlot.h"

#include "plots/PlotStyle.h"

namespace lev::ui {

DataHeatmapPlot::DataHeatmapPlot(QWidget* parent) : QCustomPlot(parent), m_panels(this)
{
    setObjectName(QStringLiteral("dataHeatmapPlot"));
    PlotStyle::setTitle(this, tr("Correlation R of the features and precision Θ"));
    m_panels.setHeadings(tr("R: correlation of the features"), tr("Θ = R⁻¹ (precision)"));
    applyStyle();
}

void DataHeatmapPlot::applyStyle()
{
    PlotStyle::applyTo(this);
    m_panels.applyStyle();
    replot(QCustomPlot::rpQueuedReplot);
}

int DataHeatmapPlot::pointCount() const
{
    return m_panels.cellCount();
}

void DataHeatmapPlot::showMatrices(const Eigen::MatrixXd& correlation,
                                   const Eigen::MatrixXd& precision,
                                   const std::vector<std::string>& names)
{
    m_panels.show(correlation, precision, names, true, QStringLiteral("R"), tr("no correlation"));
    replot(QCustomPlot::rpQueuedReplot);
}

} // namespace lev::ui
