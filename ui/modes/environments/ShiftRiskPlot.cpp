// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#include "modes/environments/ShiftRiskPlot.h"

#include "environments/EnvironmentsResult.h"
#include "plots/NumberText.h"
#include "plots/PlotStyle.h"

namespace lev::ui {

ShiftRiskPlot::ShiftRiskPlot(QWidget* parent) : EnvironmentsPlot(parent)
{
    setObjectName(QStringLiteral("shiftRiskPlot"));
    PlotStyle::addTitle(this, tr("Error when the world shifts"));
    xAxis->setLabel(tr("shift strength t (1 = training)"));
    yAxis->setLabel(tr("risk E[(Y − Xw)²]"));
    m_training = new QCPItemStraightLine(this);
    m_trainingLabel = new QCPItemText(this);
    m_compared = new QCPItemStraightLine(this);
    m_comparedLabel = new QCPItemText(this);
    for (QCPItemText* label : {m_trainingLabel, m_comparedLabel}) {
        label->position->setTypeX(QCPItemPosition::ptPlotCoords);
        label->position->setTypeY(QCPItemPosition::ptAxisRectRatio);
        label->setPositionAlignment(Qt::AlignTop | Qt::AlignLeft);
    }
    m_trainingLabel->setText(tr(" training"));
    PlotStyle::placeLegendBelow(this, 2);
    applyStyle();
    PlotStyle::setNotice(this, axisRect(), tr("no result yet"));
}

void ShiftRiskPlot::applyStyle()
{
    PlotStyle::applyTo(this);
    for (int i = 0; i < int(m_curves.size()); ++i)
        m_curves[i]->setPen(fitPen(m_gammas[i], 2.2));
    m_training->setPen(PlotStyle::pen(PlotStyle::neutral(), 1.0, Qt::DotLine));
    m_compared->setPen(PlotStyle::pen(PlotStyle::interventional(), 1.6, Qt::DashLine));
    for (QCPItemText* label : {m_trainingLabel, m_comparedLabel}) {
        label->setFont(PlotStyle::font(8));
        label->setColor(PlotStyle::foreground());
    }
    replot(QCustomPlot::rpQueuedReplot);
}

int ShiftRiskPlot::pointCount() const
{
    int count = 0;
    for (QCPGraph* graph : m_curves)
        count += graph->dataCount();
    return count;
}

void ShiftRiskPlot::showResult(const core::EnvironmentsResult& result)
{
    for (QCPGraph* graph : m_curves)
        removeGraph(graph);
    m_curves.clear();
    m_gammas.clear();
    if (!result.ok()) {
        PlotStyle::setNotice(this, axisRect(), QString::fromStdString(result.message));
        replot(QCustomPlot::rpQueuedReplot);
        return;
    }
    const QVector<double> keys(result.strengths.begin(), result.strengths.end());
    for (const core::RiskCurve& curve : result.risks) {
        QCPGraph* graph = addGraph();
        graph->setName(QString::fromStdString(curve.weights.name));
        graph->setData(keys, QVector<double>(curve.risks.begin(), curve.risks.end()), true);
        m_curves << graph;
        m_gammas << curve.weights.gamma;
    }
    m_training->point1->setCoords(1.0, 0.0);
    m_training->point2->setCoords(1.0, 1.0);
    m_trainingLabel->position->setCoords(1.0, 0.0);
    const double t = result.settings.riskStrength;
    m_compared->point1->setCoords(t, 0.0);
    m_compared->point2->setCoords(t, 1.0);
    m_comparedLabel->position->setCoords(t, 0.08);
    m_comparedLabel->setText(tr(" t = %1").arg(NumberText::of(t, 2)));
    xAxis->setRange(0.0, result.strengths.empty() ? 1.0 : result.strengths.back());
    QCPRange values;
    if (PlotStyle::dataValueRange(QList<QCPAbstractPlottable*>(m_curves.begin(), m_curves.end()),
                                  values))
        yAxis->setRange(0.0, values.upper * 1.08);
    PlotStyle::setNotice(this, axisRect(), QString());
    applyStyle();
}

} // namespace lev::ui
