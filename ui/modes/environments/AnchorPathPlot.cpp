// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#include "modes/environments/AnchorPathPlot.h"

#include "environments/EnvironmentsResult.h"
#include "environments/EnvironmentsStudy.h"
#include "plots/PlainLogTicker.h"
#include "plots/PlotStyle.h"

#include <cmath>

namespace lev::ui {

namespace {

constexpr int kDrawnFeatures = 2;
constexpr double kZeroAt = core::EnvironmentsResult::kPathLow / 4.0;
constexpr double kInfinityAt = core::EnvironmentsResult::kPathHigh * 4.0;
const Qt::PenStyle kFeatureLine[kDrawnFeatures] = {Qt::SolidLine, Qt::DashLine};
const QCPScatterStyle::ScatterShape kFeatureMarker[kDrawnFeatures] = {QCPScatterStyle::ssCircle,
                                                                      QCPScatterStyle::ssSquare};

} // namespace

double AnchorPathPlot::axisPosition(double gamma)
{
    if (std::isinf(gamma))
        return kInfinityAt;
    return gamma <= 0.0 ? kZeroAt : gamma;
}

AnchorPathPlot::AnchorPathPlot(QWidget* parent) : EnvironmentsPlot(parent)
{
    setObjectName(QStringLiteral("anchorPathPlot"));
    PlotStyle::addTitle(this, tr("Weights along γ"));
    xAxis->setScaleType(QCPAxis::stLogarithmic);
    auto* ticker = new PlainLogTicker;
    ticker->setBounds(core::EnvironmentsResult::kPathLow, core::EnvironmentsResult::kPathHigh);
    xAxis->setTicker(QSharedPointer<QCPAxisTicker>(ticker));
    xAxis->setLabel(tr("γ (log scale; 0 left, ∞ right)"));
    yAxis->setLabel(tr("weight"));
    xAxis->setRange(kZeroAt / 1.6, kInfinityAt * 1.6);
    for (int j = 0; j < kDrawnFeatures; ++j) {
        m_causal << addGraph();
        m_population << addGraph();
        m_sample << addGraph();
        m_sample.back()->setLineStyle(QCPGraph::lsNone);
    }
    m_ols = addGraph();
    m_ols->setLineStyle(QCPGraph::lsNone);
    m_iv = addGraph();
    m_iv->setLineStyle(QCPGraph::lsNone);
    m_population[0]->setName(tr("b_γ of X₁ (population)"));
    m_population[1]->setName(tr("b_γ of X₂ (dashed)"));
    m_sample[0]->setName(tr("b_γ of this sample"));
    m_sample[1]->removeFromLegend();
    m_causal[0]->setName(tr("causal weights"));
    m_causal[1]->removeFromLegend();
    m_ols->setName(tr("OLS"));
    m_iv->setName(tr("IV"));
    const double at[] = {kZeroAt, 1.0, kInfinityAt};
    const QString names[] = {tr("partial out\n(γ = 0)"), tr("OLS\n(γ = 1)"), tr("IV\n(γ → ∞)")};
    for (int i = 0; i < 3; ++i) {
        auto* line = new QCPItemStraightLine(this);
        line->point1->setCoords(at[i], 0.0);
        line->point2->setCoords(at[i], 1.0);
        m_marks << line;
        auto* label = new QCPItemText(this);
        label->position->setTypeX(QCPItemPosition::ptPlotCoords);
        label->position->setTypeY(QCPItemPosition::ptAxisRectRatio);
        label->position->setCoords(at[i], 0.0);
        label->setPositionAlignment(Qt::AlignTop | (i == 0   ? Qt::AlignLeft
                                                    : i == 2 ? Qt::AlignRight
                                                             : Qt::AlignHCenter));
        label->setTextAlignment(Qt::AlignCenter);
        label->setText(names[i]);
        m_markLabels << label;
    }
    m_current = new QCPItemStraightLine(this);
    m_currentLabel = new QCPItemText(this);
    m_currentLabel->position->setTypeX(QCPItemPosition::ptPlotCoords);
    m_currentLabel->position->setTypeY(QCPItemPosition::ptAxisRectRatio);
    PlotStyle::placeLegendBelow(this, 3);
    applyStyle();
    PlotStyle::setNotice(this, axisRect(), tr("no result yet"));
}

void AnchorPathPlot::applyStyle()
{
    PlotStyle::applyTo(this);
    for (int j = 0; j < kDrawnFeatures; ++j) {
        m_population[j]->setPen(PlotStyle::pen(PlotStyle::population(), 2.0, kFeatureLine[j]));
        m_causal[j]->setPen(PlotStyle::pen(PlotStyle::causal(), 2.0, kFeatureLine[j]));
        m_sample[j]->setScatterStyle(QCPScatterStyle(kFeatureMarker[j],
                                                     PlotStyle::pen(PlotStyle::estimate(), 1.4),
                                                     Qt::white, PlotStyle::markerSize(5)));
    }
    m_ols->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDiamond,
                                           PlotStyle::pen(PlotStyle::population(), 1.4),
                                           PlotStyle::population(), PlotStyle::markerSize(10)));
    m_iv->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssTriangle,
                                          PlotStyle::pen(PlotStyle::neutral(), 1.4),
                                          PlotStyle::neutral(), PlotStyle::markerSize(10)));
    for (QCPItemStraightLine* line : m_marks)
        line->setPen(PlotStyle::pen(PlotStyle::neutral(), 1.0, Qt::DotLine));
    for (QCPItemText* label : m_markLabels) {
        label->setFont(PlotStyle::font(8));
        label->setColor(PlotStyle::foreground());
    }
    m_current->setPen(PlotStyle::pen(PlotStyle::estimate(), 1.6, Qt::DashLine));
    m_currentLabel->setFont(PlotStyle::font(9));
    m_currentLabel->setColor(PlotStyle::themed(PlotStyle::estimate()).darker(120));
    replot(QCustomPlot::rpQueuedReplot);
}

int AnchorPathPlot::pointCount() const
{
    int count = m_ols->dataCount() + m_iv->dataCount();
    for (int j = 0; j < kDrawnFeatures; ++j)
        count += m_population[j]->dataCount() + m_sample[j]->dataCount();
    return count;
}

void AnchorPathPlot::showResult(const core::EnvironmentsResult& result)
{
    for (QCPGraph* graph : m_population + m_sample + m_causal + QList<QCPGraph*>{m_ols, m_iv})
        graph->data()->clear();
    if (!result.ok()) {
        PlotStyle::setNotice(this, axisRect(), QString::fromStdString(result.message));
        replot(QCustomPlot::rpQueuedReplot);
        return;
    }
    const int p = std::min<int>(kDrawnFeatures, int(result.features.size()));
    for (int j = 0; j < p; ++j) {
        QVector<double> keys, values, sampleKeys, sampleValues;
        for (std::size_t i = 0; i < result.pathGammas.size(); ++i) {
            const double x = axisPosition(result.pathGammas[i]);
            if (const auto& w = result.populationPath[i]) {
                keys << x;
                values << (*w)[j];
            }
            if (const auto& w = result.samplePath[i];
                w && (i % 3 == 0 || i + 1 == result.pathGammas.size())) {
                sampleKeys << x;
                sampleValues << (*w)[j];
            }
        }
        m_population[j]->setData(keys, values, true);
        m_sample[j]->setData(sampleKeys, sampleValues, true);
        m_causal[j]->setData({kZeroAt / 1.6, kInfinityAt * 1.6},
                             {result.causal[j], result.causal[j]}, true);
        m_ols->addData(1.0, result.ols[j]);
        if (result.iv)
            m_iv->addData(kInfinityAt, (*result.iv)[j]);
    }
    m_population[1]->setVisible(p > 1);
    m_causal[1]->setVisible(p > 1);
    m_population[1]->setName(p > 1 ? tr("b_γ of X₂ (dashed)") : QString());
    if (p > 1)
        m_population[1]->addToLegend();
    else
        m_population[1]->removeFromLegend();
    if (result.iv)
        m_iv->addToLegend();
    else
        m_iv->removeFromLegend();
    const double x = axisPosition(result.settings.gamma);
    m_current->point1->setCoords(x, 0.0);
    m_current->point2->setCoords(x, 1.0);
    m_currentLabel->position->setCoords(x, 1.0);
    m_currentLabel->setPositionAlignment(Qt::AlignBottom |
                                         (x > 100.0 ? Qt::AlignRight : Qt::AlignLeft));
    m_currentLabel->setText(tr(" γ = %1 ")
                                .arg(QString::fromStdString(
                                    core::EnvironmentsStudy::gammaText(result.settings.gamma))));
    QList<QCPAbstractPlottable*> shown;
    for (QCPGraph* graph : m_population + m_sample + m_causal + QList<QCPGraph*>{m_ols, m_iv})
        shown << graph;
    QCPRange values;
    if (PlotStyle::dataValueRange(shown, values))
        PlotStyle::setPaddedRange(yAxis, std::min(values.lower, 0.0), std::max(values.upper, 0.0),
                                  0.25);
    PlotStyle::setNotice(
        this, axisRect(),
        result.iv
            ? QString()
            : tr("IV: %1").arg(
                  QString::fromStdString(result.ivMessage).section(QStringLiteral(" ("), 0, 0)),
        Qt::AlignBottom | Qt::AlignRight);
    replot(QCustomPlot::rpQueuedReplot);
}

} // namespace lev::ui
