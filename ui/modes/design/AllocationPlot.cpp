// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#include "modes/design/AllocationPlot.h"

#include "design/DesignResult.h"
#include "plots/NumberText.h"
#include "plots/PlotStyle.h"

#include <cmath>

namespace lev::ui {

namespace {

constexpr double kBarWidth = 0.38;

QVector<double> finite(const Eigen::VectorXd& values, QVector<double>* keys, double offset)
{
    QVector<double> out;
    for (int j = 0; j < values.size(); ++j)
        if (std::isfinite(values[j])) {
            keys->append(j + 1 + offset);
            out.append(values[j]);
        }
    return out;
}

} // namespace

AllocationPlot::AllocationPlot(QWidget* parent) : DesignPlot(parent)
{
    setObjectName(QStringLiteral("allocationPlot"));
    PlotStyle::addTitle(this, tr("Where to spend a randomization budget"));
    // Two panels side by side: per feature (the default rect), per eigen-direction.
    m_directionRect = new QCPAxisRect(this);
    QCPAxisRect* featureRect = axisRect();
    plotLayout()->take(featureRect);
    auto* panels = new QCPLayoutGrid;
    plotLayout()->addElement(1, 0, panels);
    panels->addElement(0, 0, featureRect);
    panels->addElement(0, 1, m_directionRect);
    xAxis->setLabel(tr("feature: A-optimal v_j"));
    yAxis->setLabel(tr("variance"));
    QCPAxis* directionX = m_directionRect->axis(QCPAxis::atBottom);
    QCPAxis* directionY = m_directionRect->axis(QCPAxis::atLeft);
    directionX->setLabel(tr("eigen-direction k of S_XX"));
    auto ticker = QSharedPointer<QCPAxisTickerFixed>::create();
    ticker->setTickStep(1.0);
    ticker->setScaleStrategy(QCPAxisTickerFixed::ssMultiples);
    directionX->setTicker(ticker);

    m_optimal = new QCPBars(xAxis, yAxis);
    m_optimal->setName(tr("A-optimal v_j (randomized)"));
    m_optimal->setWidth(0.6);
    m_uniform = addGraph();
    m_uniform->setName(tr("uniform B/p"));
    m_spectrum = new QCPBars(directionX, directionY);
    m_spectrum->setName(tr("λ_k observational"));
    m_spectrum->setWidth(kBarWidth);
    m_directionBudget = new QCPBars(directionX, directionY);
    m_directionBudget->setName(tr("u_k water-filling"));
    m_directionBudget->setWidth(kBarWidth);

    PlotStyle::placeLegendBelow(this, 2);
    applyStyle();
    PlotStyle::setNotice(this, axisRect(), tr("no design computed yet"));
}

void AllocationPlot::applyStyle()
{
    PlotStyle::applyTo(this);
    PlotStyle::styleAxisRect(m_directionRect);
    const QColor experiment = PlotStyle::interventional();
    m_optimal->setPen(PlotStyle::pen(experiment.darker(120), 1.0));
    m_optimal->setBrush(PlotStyle::faint(experiment, 170));
    m_uniform->setPen(PlotStyle::pen(PlotStyle::neutral(), 1.6, Qt::DashLine));
    m_spectrum->setPen(PlotStyle::pen(PlotStyle::population().darker(120), 1.0));
    m_spectrum->setBrush(PlotStyle::faint(PlotStyle::population(), 170));
    m_directionBudget->setPen(PlotStyle::pen(experiment.darker(120), 1.0));
    m_directionBudget->setBrush(PlotStyle::faint(experiment, 170));
    replot(QCustomPlot::rpQueuedReplot);
}

int AllocationPlot::pointCount() const
{
    return m_optimal->dataCount() + m_spectrum->dataCount() + m_directionBudget->dataCount();
}

void AllocationPlot::showResult(const core::DesignResult& result)
{
    const core::Allocation& a = result.allocation;
    const int p = int(a.variances.size());
    QVector<double> keys;
    const QVector<double> optimal = finite(a.variances, &keys, 0.0);
    m_optimal->setData(keys, optimal, true);
    if (p > 0 && std::isfinite(a.budget)) {
        const double level = a.budget / p;
        m_uniform->setData({0.5, p + 0.5}, {level, level}, true);
    } else {
        m_uniform->data()->clear();
    }
    QVector<double> spectrumKeys, budgetKeys;
    const QVector<double> spectrum = finite(a.spectrum, &spectrumKeys, -kBarWidth / 2);
    const QVector<double> budget = finite(a.directionBudget, &budgetKeys, kBarWidth / 2);
    m_spectrum->setData(spectrumKeys, spectrum, true);
    m_directionBudget->setData(budgetKeys, budget, true);

    PlotStyle::setFeatureTicks(xAxis, result.features);
    xAxis->setRange(0.4, std::max(1, p) + 0.6);
    QCPAxis* directionX = m_directionRect->axis(QCPAxis::atBottom);
    QCPAxis* directionY = m_directionRect->axis(QCPAxis::atLeft);
    directionX->setRange(0.4, std::max<int>(1, int(a.spectrum.size())) + 0.6);
    QCPRange range;
    if (PlotStyle::dataValueRange({m_optimal, m_uniform}, range))
        PlotStyle::setPaddedRange(yAxis, 0.0, range.upper);
    if (PlotStyle::dataValueRange({m_spectrum, m_directionBudget}, range))
        PlotStyle::setPaddedRange(directionY, 0.0, range.upper);

    const bool any = p > 0;
    if (any && a.uniformTraceInverse > 0.0)
        PlotStyle::setTitle(this,
                            tr("Budget B = %1: tr M⁻¹ %2 (A-optimal) vs %3 (uniform)")
                                .arg(NumberText::of(a.budget, 3), NumberText::of(a.traceInverse, 3),
                                     NumberText::of(a.uniformTraceInverse, 3)));
    else
        PlotStyle::setTitle(this, tr("Where to spend a randomization budget"));
    PlotStyle::setNotice(this, axisRect(),
                         !result.ok() ? QString::fromStdString(result.message)
                         : !any       ? tr("no allocation in this result")
                                      : QString());
    replot(QCustomPlot::rpQueuedReplot);
}

} // namespace lev::ui
