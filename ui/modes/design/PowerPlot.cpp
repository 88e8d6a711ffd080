// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#include "modes/design/PowerPlot.h"

#include "design/DesignResult.h"
#include "modes/design/StrategyStyle.h"
#include "plots/PlotStyle.h"

#include <algorithm>

namespace lev::ui {

namespace {

constexpr double kTarget = 0.8;
constexpr double kFirstLabelAt = 0.55; ///< the upper label's centre, as a share of the rect
constexpr double kLabelSpacing = 0.15; ///< between the labels' centres, at least

} // namespace

PowerPlot::PowerPlot(QWidget* parent) : DesignPlot(parent)
{
    setObjectName(QStringLiteral("powerPlot"));
    PlotStyle::addTitle(this, tr("How many randomized rows find the levers"));
    xAxis->setLabel(tr("randomized rows"));
    yAxis->setLabel(tr("P(levers found)"));
    yAxis->setRange(-0.02, 1.05);
    m_target = new QCPItemStraightLine(this);
    m_target->point1->setCoords(0.0, kTarget);
    m_target->point2->setCoords(1.0, kTarget);
    for (Series* series : {&m_experimental, &m_pooled}) {
        series->exact = addGraph();
        series->monteCarlo = addGraph();
        series->monteCarlo->setLineStyle(QCPGraph::lsNone);
        series->reached = new QCPItemStraightLine(this);
        series->reached->setVisible(false);
        series->label = new QCPItemText(this);
        series->label->position->setTypeX(QCPItemPosition::ptPlotCoords);
        series->label->position->setTypeY(QCPItemPosition::ptAxisRectRatio);
        series->label->setVisible(false);
    }
    m_experimental.exact->setName(tr("experiment only"));
    m_experimental.monteCarlo->setName(tr("Monte Carlo"));
    m_pooled.exact->setName(tr("pooled at the current π"));
    m_pooled.monteCarlo->removeFromLegend();
    addPinnable(m_experimental.exact);
    addPinnable(m_pooled.exact);
    connect(this, &QCustomPlot::afterLayout, this, &PowerPlot::separateLabels);
    PlotStyle::placeLegendBelow(this, 2);
    applyStyle();
    PlotStyle::setNotice(this, axisRect(), tr("no design computed yet"));
}

void PowerPlot::applyStyle()
{
    PlotStyle::applyTo(this);
    m_target->setPen(PlotStyle::pen(PlotStyle::neutral(), 1.2, Qt::DashLine));
    const std::pair<Series*, core::DesignStrategy> series[] = {
        {&m_experimental, core::DesignStrategy::Experimental},
        {&m_pooled, core::DesignStrategy::Pooled}};
    for (const auto& [s, strategy] : series) {
        s->exact->setPen(StrategyStyle::pen(strategy));
        const QColor colour = StrategyStyle::colour(strategy);
        s->monteCarlo->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle,
                                                       PlotStyle::pen(colour, 1.4), Qt::white,
                                                       PlotStyle::markerSize(6)));
        s->reached->setPen(PlotStyle::pen(colour, 1.2, Qt::DotLine));
        s->label->setFont(PlotStyle::font(8));
        s->label->setColor(colour.darker(130));
    }
    styleGhosts();
    replot(QCustomPlot::rpQueuedReplot);
}

int PowerPlot::pointCount() const
{
    return m_experimental.exact->dataCount() + m_experimental.monteCarlo->dataCount() +
           m_pooled.exact->dataCount() + m_pooled.monteCarlo->dataCount();
}

void PowerPlot::fill(Series& series, const core::PowerCurve& curve)
{
    QVector<double> keys, exact, mcKeys, mc;
    for (const core::PowerPoint& point : curve.points) {
        keys << point.randomizedRows;
        exact << point.exact;
        if (point.monteCarlo) {
            mcKeys << point.randomizedRows;
            mc << *point.monteCarlo;
        }
    }
    series.exact->setData(keys, exact, true);
    series.monteCarlo->setData(mcKeys, mc, true);
    const bool reached = curve.randomizedRowsFor80Percent.has_value() && !keys.isEmpty();
    series.reached->setVisible(reached);
    series.label->setVisible(reached);
    if (reached) {
        const double x = *curve.randomizedRowsFor80Percent;
        series.reached->point1->setCoords(x, 0.0);
        series.reached->point2->setCoords(x, 1.0);
        series.label->position->setCoords(x, series.label->position->value());
        series.label->setText(tr("80 % at %1").arg(*curve.randomizedRowsFor80Percent));
        const double right = keys.isEmpty() ? x : keys.back();
        series.label->setPositionAlignment(Qt::AlignVCenter |
                                           (x > 0.7 * right ? Qt::AlignRight : Qt::AlignLeft));
    }
}

void PowerPlot::showResult(const core::DesignResult& result)
{
    if (result.ok() && !result.powerComputed) {
        // The exact stage's first part: the curves of the last result stay until these come.
        PlotStyle::setNotice(
            this, axisRect(),
            tr("computing the power at π = %1…").arg(result.settings.fraction, 0, 'f', 2),
            Qt::AlignTop | Qt::AlignLeft);
        replot(QCustomPlot::rpQueuedReplot);
        return;
    }
    m_experimental.monteCarlo->setName(result.refined ? tr("Monte Carlo")
                                                      : tr("Monte Carlo: refining…"));
    fill(m_experimental, result.experimentalPower);
    fill(m_pooled, result.pooledPower);
    QCPRange keys;
    if (PlotStyle::dataKeyRange({m_experimental.exact, m_pooled.exact}, keys))
        PlotStyle::setPaddedRange(xAxis, std::min(0.0, keys.lower), keys.upper, 0.03);
    else
        xAxis->setRange(0.0, std::max(1, result.settings.n));

    // Never reached: the reason, on the plot, where no curve is (the curves stay low). Its first
    // clause only; "what to notice" gives the whole sentence.
    const auto reason = [](const std::string& why) {
        const QString text = QString::fromStdString(why);
        qsizetype end = text.indexOf(QLatin1String(" ("));
        const qsizetype colon = text.indexOf(QLatin1String(": "));
        if (colon > 0 && (end < 0 || colon < end))
            end = colon;
        return end > 0 ? text.left(end) : text;
    };
    const bool experimentalShort =
        result.ok() && !result.experimentalPower.randomizedRowsFor80Percent;
    const bool pooledShort = result.ok() && !result.pooledPower.randomizedRowsFor80Percent &&
                             !result.pooledPower.points.empty();
    QStringList why;
    if (experimentalShort && pooledShort)
        why << tr("Neither curve reaches 80 %: %1")
                   .arg(reason(result.experimentalPower.whyNotReached));
    else if (experimentalShort)
        why << tr("Experiment only never reaches 80 %: %1")
                   .arg(reason(result.experimentalPower.whyNotReached));
    else if (pooledShort)
        why << tr("Pooled never reaches 80 %: %1").arg(reason(result.pooledPower.whyNotReached));
    const QString notice = !result.ok() ? QString::fromStdString(result.message)
                           : m_experimental.exact->dataCount() == 0
                               ? tr("no power curve in this result")
                               : why.join(QLatin1Char('\n'));
    PlotStyle::setNotice(this, axisRect(), notice,
                         m_experimental.exact->dataCount() == 0 ? Qt::AlignCenter
                                                                : Qt::AlignTop | Qt::AlignLeft);
    replot(QCustomPlot::rpQueuedReplot);
}

void PowerPlot::separateLabels()
{
    // Fixed shares of a short rect (presentation at 1280x800) put the labels on each other.
    const double height = axisRect()->height();
    if (height <= 0.0)
        return;
    const double line = 1.2 * QFontMetricsF(m_experimental.label->font()).height() / height;
    const double spacing = std::max(kLabelSpacing, line);
    const double lower = std::min(kFirstLabelAt + spacing, 1.0 - line / 2.0);
    m_pooled.label->position->setCoords(m_pooled.label->position->key(), lower);
    m_experimental.label->position->setCoords(m_experimental.label->position->key(),
                                              lower - spacing);
}

} // namespace lev::ui
