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
constexpr double kEdgeRoom = 2.0; ///< the axis reaches this factor beyond 0 and infinity
const Qt::PenStyle kFeatureLine[kDrawnFeatures] = {Qt::SolidLine, Qt::DashLine};
const QCPScatterStyle::ScatterShape kFeatureMarker[kDrawnFeatures] = {QCPScatterStyle::ssCircle,
                                                                      QCPScatterStyle::ssSquare};
constexpr double kMarkAt[] = {kZeroAt, 1.0, kInfinityAt};
constexpr double kMarkGap = 6.0; ///< pixels at least between two marks' names

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
    xAxis->setRange(kZeroAt / kEdgeRoom, kInfinityAt * kEdgeRoom);
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
    // The three marks: dotted lines, named above the plot (on the top axis) off the data.
    for (const double at : kMarkAt) {
        auto* line = new QCPItemStraightLine(this);
        line->point1->setCoords(at, 0.0);
        line->point2->setCoords(at, 1.0);
        m_marks << line;
    }
    xAxis2->setVisible(true);
    xAxis2->setScaleType(QCPAxis::stLogarithmic);
    xAxis2->setRange(xAxis->range());
    xAxis2->setTickLength(0, 0);
    xAxis2->setSubTicks(false);
    xAxis2->grid()->setVisible(false);
    connect(this, &QCustomPlot::afterLayout, this, &AnchorPathPlot::fitMarkNames);
    setMarkNames(true);
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
    // Above the rect's corner, clear of the top tick label of the weight axis.
    xAxis2->setTickLabelPadding(qRound(0.7 * QFontMetricsF(xAxis2->tickLabelFont()).height()));
    styleNote();
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
        setNote(QString());
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
        m_causal[j]->setData({kZeroAt / kEdgeRoom, kInfinityAt * kEdgeRoom},
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
    PlotStyle::setNotice(this, axisRect(), QString());
    setNote(
        result.iv
            ? QString()
            : tr("IV: %1").arg(
                  QString::fromStdString(result.ivMessage).section(QStringLiteral(" ("), 0, 0)));
    replot(QCustomPlot::rpQueuedReplot);
}

void AnchorPathPlot::setMarkNames(bool full)
{
    m_fullMarkNames = full;
    const QStringList names = markNames(full);
    auto ticker = QSharedPointer<QCPAxisTickerText>::create();
    for (int i = 0; i < names.size(); ++i)
        ticker->addTick(kMarkAt[i], names[i]);
    xAxis2->setTicker(ticker);
}

QStringList AnchorPathPlot::markNames(bool full)
{
    return {full ? tr("partial out") : QStringLiteral("0"), tr("OLS"), tr("IV")};
}

bool AnchorPathPlot::markNamesFit(bool full) const
{
    const QFontMetricsF metrics(xAxis2->tickLabelFont());
    const QStringList names = markNames(full);
    for (int i = 0; i + 1 < names.size(); ++i) {
        const double right =
            xAxis2->coordToPixel(kMarkAt[i]) + metrics.horizontalAdvance(names[i]) / 2.0;
        const double left =
            xAxis2->coordToPixel(kMarkAt[i + 1]) - metrics.horizontalAdvance(names[i + 1]) / 2.0;
        if (right + kMarkGap * PlotStyle::scale() > left)
            return false;
    }
    return true;
}

void AnchorPathPlot::fitMarkNames()
{
    // The names the width allows; a change shows at the next replot, queued here.
    const bool full = markNamesFit(true);
    if (full != m_fullMarkNames) {
        setMarkNames(full);
        replot(QCustomPlot::rpQueuedReplot);
    }
}

} // namespace lev::ui
