// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#include "modes/simulation/SweepPlot.h"

#include "plots/NumberText.h"
#include "plots/PlainLogTicker.h"
#include "plots/PlotStyle.h"
#include "simulation/RecomputeResult.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace lev::ui {

namespace {
// The c axis: at least up to 0.999 (x = 3), a little room on both sides.
constexpr double kLeastDecades = 3.0;
constexpr double kKeyRoom = 0.12;
// The markers' labels: "now" at the top of the plot, "pinned" one line below it.
constexpr double kNowLabelAt = 0.0;
constexpr double kPinnedLabelAt = 0.09;

const QColor kColours[3] = {PlotStyle::population(), PlotStyle::interventional(),
                            PlotStyle::estimate()};
const QCPScatterStyle::ScatterShape kShapes[3] = {
    QCPScatterStyle::ssDisc, QCPScatterStyle::ssTriangle, QCPScatterStyle::ssSquare};
const QCPScatterStyle::ScatterShape kPinnedShapes[3] = {
    QCPScatterStyle::ssCircle, QCPScatterStyle::ssTriangle, QCPScatterStyle::ssSquare};
} // namespace

SweepPlot::SweepPlot(QWidget* parent) : ResultPlot(parent)
{
    setObjectName(QStringLiteral("sweepPlot"));
    PlotStyle::addTitle(this, tr("Sweep over collinearity"));

    xAxis->setLabel(tr("collinearity c"));
    xAxis->setTicker(QSharedPointer<QCPAxisTicker>(new QCPAxisTickerText));
    xAxis->setRange(-kKeyRoom, kLeastDecades + kKeyRoom);
    yAxis->setLabel(tr("R²"));
    yAxis->setRange(0.0, 1.05);

    yAxis2->setVisible(true);
    PlotStyle::setLogarithmic(yAxis2);
    yAxis2->setTicker(QSharedPointer<QCPAxisTicker>(new PlainLogTicker));
    yAxis2->setLabel(tr("weight error ‖w − β‖ (log)"));
    yAxis2->setRange(0.01, 1.0);

    auto curves = [this](Curves& c) {
        c.r2Observational = addGraph(xAxis, yAxis);
        c.r2Interventional = addGraph(xAxis, yAxis);
        c.weightError = addGraph(xAxis, yAxis2);
    };
    // The pinned curves first and on a layer of their own: behind the live ones.
    curves(m_pinned);
    QCPLayer* pinnedLayer = PlotStyle::pinnedLayer(this);
    for (QCPGraph* ghost :
         {m_pinned.r2Observational, m_pinned.r2Interventional, m_pinned.weightError}) {
        ghost->setLayer(pinnedLayer);
        ghost->removeFromLegend();
    }
    curves(m_live);
    m_live.r2Observational->setName(tr("held-out R²"));
    m_live.r2Interventional->setName(tr("do(X) R²"));
    m_live.weightError->setName(tr("weight error"));

    auto label = [this](const QString& text) {
        auto* item = new QCPItemText(this);
        item->setText(text);
        item->position->setTypeX(QCPItemPosition::ptPlotCoords);
        item->position->setTypeY(QCPItemPosition::ptAxisRectRatio);
        item->setVisible(false);
        return item;
    };
    m_pinnedMarker = new QCPItemStraightLine(this);
    m_pinnedMarker->setLayer(pinnedLayer);
    m_pinnedMarker->setVisible(false);
    m_pinnedLabel = label(tr("pinned"));
    m_now = new QCPItemStraightLine(this);
    m_now->setVisible(false);
    m_nowLabel = label(tr("now"));

    // R² values below the axis: a marker on the bottom edge at each such c, and a caption
    // below the frame (never over the curves) with the lowest value.
    m_belowAxis = addGraph(xAxis, yAxis);
    m_belowAxis->setName(tr("R² below the axis"));
    m_belowAxis->setLineStyle(QCPGraph::lsNone);
    m_belowAxis->removeFromLegend();
    m_caption = new QCPTextElement(this, QString());
    m_caption->setObjectName(QStringLiteral("sweepCaption"));
    const int captionRow = plotLayout()->rowCount();
    plotLayout()->addElement(captionRow, 0, m_caption);
    plotLayout()->setRowStretchFactor(captionRow, 0.001);

    PlotStyle::placeLegendBelow(this, 2);
    fitAxes();
    applyStyle();
    PlotStyle::setNotice(this, axisRect(), tr("no sweep computed yet"));
}

void SweepPlot::applyStyle()
{
    PlotStyle::applyTo(this);
    PlotStyle::colourAxis(yAxis2, PlotStyle::estimate()); // the weight-error axis

    QCPGraph* const live[3] = {m_live.r2Observational, m_live.r2Interventional, m_live.weightError};
    QCPGraph* const pinned[3] = {m_pinned.r2Observational, m_pinned.r2Interventional,
                                 m_pinned.weightError};
    for (int i = 0; i < 3; ++i) {
        live[i]->setPen(PlotStyle::pen(kColours[i]));
        live[i]->setScatterStyle(
            QCPScatterStyle(kShapes[i], kColours[i], kColours[i], PlotStyle::markerSize(6)));
        pinned[i]->setPen(PlotStyle::ghostPen(kColours[i]));
        pinned[i]->setScatterStyle(PlotStyle::ghostMarker(kPinnedShapes[i], kColours[i], 6));
    }

    m_now->setPen(PlotStyle::pen(PlotStyle::neutral(), 1.4, Qt::DashLine));
    m_pinnedMarker->setPen(PlotStyle::ghostPen(PlotStyle::neutral(), 2.0));
    for (QCPItemText* label : {m_nowLabel, m_pinnedLabel}) {
        label->setFont(PlotStyle::font(8));
        label->setPadding(
            QMargins(qRound(3 * PlotStyle::scale()), 1, qRound(3 * PlotStyle::scale()), 1));
    }
    m_nowLabel->setColor(PlotStyle::neutral());
    m_pinnedLabel->setColor(PlotStyle::faint(PlotStyle::neutral(), 170));
    m_belowAxis->setScatterStyle(
        QCPScatterStyle(QCPScatterStyle::ssTriangleInverted,
                        PlotStyle::pen(PlotStyle::interventional().darker(140), 1.0),
                        PlotStyle::interventional(), PlotStyle::markerSize(9)));
    m_caption->setFont(PlotStyle::font(8));
    m_caption->setTextColor(PlotStyle::interventional().darker(160));
    replot(QCustomPlot::rpQueuedReplot);
}

int SweepPlot::pointCount() const
{
    return m_live.r2Observational->dataCount() + m_live.r2Interventional->dataCount() +
           m_live.weightError->dataCount();
}

int SweepPlot::pinnedPointCount() const
{
    return m_pinned.r2Observational->dataCount() + m_pinned.r2Interventional->dataCount() +
           m_pinned.weightError->dataCount();
}

void SweepPlot::moveMarker(QCPItemStraightLine* line, QCPItemText* label, double collinearity,
                           double labelAt)
{
    const double x = axisCoordinate(collinearity);
    line->point1->setCoords(x, 0.0);
    line->point2->setCoords(x, 1.0);
    label->position->setCoords(x, labelAt);
    // Near the right edge the label goes to the left of the line.
    label->setPositionAlignment(Qt::AlignTop | (x > 2.5 ? Qt::AlignRight : Qt::AlignLeft));
    line->setVisible(true);
    label->setVisible(true);
}

void SweepPlot::showResult(const core::RecomputeResult& result)
{
    if (result.status == core::RecomputeStatus::InvalidSettings)
        return; // nothing new to place: keep the sweep and the marker
    if (!result.sweep.empty()) {
        showSweep(result.sweep, result.settings.model.collinearity);
        return;
    }
    moveMarker(m_now, m_nowLabel, result.settings.model.collinearity, kNowLabelAt);
    fitAxes();
    replot(QCustomPlot::rpQueuedReplot);
}

double SweepPlot::axisCoordinate(double collinearity)
{
    Q_ASSERT(collinearity < 1.0);
    return -std::log10(1.0 - std::max(collinearity, 0.0));
}

int SweepPlot::fill(const Curves& curves, const std::vector<core::SweepPoint>& points)
{
    // Points still pending are empty (no value at all); they are left out.
    std::vector<const core::SweepPoint*> sorted;
    for (const core::SweepPoint& point : points)
        if (point.conditionNumber || point.r2ObservationalMean || point.r2InterventionalMean ||
            point.weightErrorMean || point.firstWeightSd)
            sorted.push_back(&point);
    std::sort(sorted.begin(), sorted.end(),
              [](const auto* a, const auto* b) { return a->collinearity < b->collinearity; });

    QVector<double> observedKeys, observed, interventionalKeys, interventional, errorKeys, errors;
    for (const core::SweepPoint* point : sorted) {
        const double c = axisCoordinate(point->collinearity);
        if (point->r2ObservationalMean) {
            observedKeys.append(c);
            observed.append(*point->r2ObservationalMean);
        }
        if (point->r2InterventionalMean) {
            interventionalKeys.append(c);
            interventional.append(*point->r2InterventionalMean);
        }
        if (point->weightErrorMean && *point->weightErrorMean > 0.0) { // log axis: positive only
            errorKeys.append(c);
            errors.append(*point->weightErrorMean);
        }
    }
    curves.r2Observational->setData(observedKeys, observed, true);
    curves.r2Interventional->setData(interventionalKeys, interventional, true);
    curves.weightError->setData(errorKeys, errors, true);
    return static_cast<int>(sorted.size());
}

void SweepPlot::showSweep(const std::vector<core::SweepPoint>& points, double currentCollinearity)
{
    const int withValues = fill(m_live, points);
    if (points.empty())
        PlotStyle::setNotice(this, axisRect(), tr("no sweep computed yet"));
    else if (withValues == 0)
        PlotStyle::setNotice(this, axisRect(), tr("computing the sweep…"));
    else if (pointCount() == 0)
        PlotStyle::setNotice(this, axisRect(), tr("no sweep point has identifiable weights"));
    else
        PlotStyle::setNotice(this, axisRect(), QString());

    moveMarker(m_now, m_nowLabel, currentCollinearity, kNowLabelAt);
    fitAxes();
    replot(QCustomPlot::rpQueuedReplot);
}

void SweepPlot::showPinned(const core::RecomputeResult* pinned)
{
    if (!pinned || pinned->status == core::RecomputeStatus::InvalidSettings) {
        hidePinned();
        return;
    }
    if (!pinned->sweep.empty()) {
        showPinnedSweep(pinned->sweep, pinned->settings.model.collinearity);
        return;
    }
    // No sweep in the result (the controller sends it apart): keep the pinned curves that
    // showPinnedSweep gave, and mark the pinned c.
    moveMarker(m_pinnedMarker, m_pinnedLabel, pinned->settings.model.collinearity, kPinnedLabelAt);
    PlotStyle::setPinnedLegendEntry(this, true);
    replot(QCustomPlot::rpQueuedReplot);
}

void SweepPlot::showPinnedSweep(const std::vector<core::SweepPoint>& points,
                                double pinnedCollinearity)
{
    fill(m_pinned, points);
    moveMarker(m_pinnedMarker, m_pinnedLabel, pinnedCollinearity, kPinnedLabelAt);
    PlotStyle::setPinnedLegendEntry(this, true);
    fitAxes();
    replot(QCustomPlot::rpQueuedReplot);
}

void SweepPlot::hidePinned()
{
    fill(m_pinned, {});
    m_pinnedMarker->setVisible(false);
    m_pinnedLabel->setVisible(false);
    PlotStyle::setPinnedLegendEntry(this, false);
    fitAxes();
    replot(QCustomPlot::rpQueuedReplot);
}

void SweepPlot::fitAxes()
{
    // Interventional R² can fall far below 0 near c = 1; past -1 it would flatten the held-out
    // curve into a line, so the axis stops there and a label gives the lowest value.
    QCPRange r2(0.0, 1.0);
    if (PlotStyle::dataValueRange({m_live.r2Observational, m_live.r2Interventional,
                                   m_pinned.r2Observational, m_pinned.r2Interventional},
                                  r2)) {
        r2.expand(0.0);
        r2.expand(1.0);
    }
    const double shownLow = std::max(r2.lower, kLowestR2Shown);
    const double r2Span = r2.upper - shownLow;
    const bool cut = r2.lower < kLowestR2Shown;
    yAxis->setRange(shownLow - (shownLow < 0.0 ? (cut ? 0.09 : 0.05) * r2Span : 0.0),
                    r2.upper + 0.05 * r2Span);
    // Each c whose live R² lies below the axis gets a marker on the bottom edge.
    QVector<double> keys;
    for (QCPGraph* curve : {m_live.r2Observational, m_live.r2Interventional})
        for (auto it = curve->data()->constBegin(); it != curve->data()->constEnd(); ++it)
            if (it->value < kLowestR2Shown && !keys.contains(it->key))
                keys.append(it->key);
    std::sort(keys.begin(), keys.end());
    m_belowAxis->setData(keys,
                         QVector<double>(keys.size(), yAxis->range().lower +
                                                          0.4 * (shownLow - yAxis->range().lower)),
                         true);
    m_caption->setText(cut ? tr("▼ R² below −1, lowest %1").arg(NumberText::of(r2.lower, 2))
                           : QString());

    // The c ticks: 0, 0.9, 0.99, 0.999 and on to the largest c shown.
    double largest = kLeastDecades;
    QCPRange keyRange;
    if (PlotStyle::dataKeyRange({m_live.r2Observational, m_live.r2Interventional,
                                 m_live.weightError, m_pinned.r2Observational,
                                 m_pinned.r2Interventional, m_pinned.weightError},
                                keyRange))
        largest = std::max(largest, keyRange.upper);
    if (m_now->visible())
        largest = std::max(largest, m_now->point1->coords().x());
    const int decades = static_cast<int>(std::ceil(largest - 1e-9));
    auto ticks = xAxis->ticker().dynamicCast<QCPAxisTickerText>();
    Q_ASSERT(ticks);
    ticks->clear();
    ticks->addTick(0.0, QStringLiteral("0"));
    for (int k = 1; k <= decades; ++k)
        ticks->addTick(k, QStringLiteral("0.") + QString(k, QLatin1Char('9')));
    xAxis->setRange(-kKeyRoom, largest + kKeyRoom);

    QCPRange errors;
    if (PlotStyle::dataValueRange({m_live.weightError, m_pinned.weightError}, errors))
        PlotStyle::setPaddedRange(yAxis2, errors.lower, errors.upper, 0.08);
    else
        yAxis2->setRange(0.01, 1.0);
}

} // namespace lev::ui
