#include "SweepPlot.h"

#include "PlotStyle.h"
#include "analysis/RecomputeResult.h"

#include <algorithm>
#include <limits>

namespace lev::ui {

namespace {
constexpr double kLowestR2Shown = -1.0;
} // namespace

SweepPlot::SweepPlot(QWidget* parent) : QCustomPlot(parent)
{
    setObjectName(QStringLiteral("sweepPlot"));
    PlotStyle::applyTo(this);
    PlotStyle::addTitle(this, tr("Sweep over collinearity"));

    xAxis->setLabel(tr("collinearity c"));
    xAxis->setRange(-0.02, 1.02);
    yAxis->setLabel(tr("R²"));
    yAxis->setRange(0.0, 1.05);

    const QColor errorColour = PlotStyle::estimate();
    yAxis2->setVisible(true);
    PlotStyle::setLogarithmic(yAxis2);
    yAxis2->setLabel(tr("weight error ‖w − β‖ (log)"));
    yAxis2->setLabelColor(errorColour);
    yAxis2->setTickLabelColor(errorColour);
    yAxis2->setBasePen(PlotStyle::pen(errorColour, 1.0));
    yAxis2->setTickPen(PlotStyle::pen(errorColour, 1.0));
    yAxis2->setSubTickPen(PlotStyle::pen(errorColour, 0.8));
    yAxis2->setRange(0.01, 1.0);

    auto curve = [&](QCPAxis* valueAxis, const QColor& colour, QCPScatterStyle::ScatterShape shape,
                     const QString& name) {
        QCPGraph* graph = addGraph(xAxis, valueAxis);
        graph->setName(name);
        graph->setPen(PlotStyle::pen(colour));
        graph->setScatterStyle(QCPScatterStyle(shape, colour, colour, PlotStyle::markerSize(6)));
        return graph;
    };
    m_r2Observational =
        curve(yAxis, PlotStyle::population(), QCPScatterStyle::ssDisc, tr("held-out R²"));
    m_r2Interventional =
        curve(yAxis, PlotStyle::interventional(), QCPScatterStyle::ssTriangle, tr("do(X) R²"));
    m_weightError = curve(yAxis2, errorColour, QCPScatterStyle::ssSquare, tr("weight error"));

    m_now = new QCPItemStraightLine(this);
    m_now->setPen(PlotStyle::pen(PlotStyle::neutral(), 1.4, Qt::DashLine));
    m_nowLabel = new QCPItemText(this);
    m_nowLabel->setText(tr("now"));
    m_nowLabel->setFont(PlotStyle::font(8));
    m_nowLabel->setColor(PlotStyle::neutral());
    m_nowLabel->position->setTypeX(QCPItemPosition::ptPlotCoords);
    m_nowLabel->position->setTypeY(QCPItemPosition::ptAxisRectRatio);
    m_nowLabel->setPositionAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_nowLabel->setPadding(QMargins(3, 1, 3, 1));
    moveMarker(0.0);
    m_now->setVisible(false);
    m_nowLabel->setVisible(false);

    m_offScale = new QCPItemText(this);
    m_offScale->setFont(PlotStyle::font(8));
    m_offScale->setColor(PlotStyle::interventional().darker(130));
    m_offScale->position->setType(QCPItemPosition::ptAxisRectRatio);
    m_offScale->position->setCoords(0.03, 0.97);
    m_offScale->setPositionAlignment(Qt::AlignBottom | Qt::AlignLeft);
    m_offScale->setVisible(false);

    PlotStyle::placeLegendBelow(this, 2);
    PlotStyle::setNotice(this, axisRect(), tr("no sweep computed yet"));
}

int SweepPlot::pointCount() const
{
    return m_r2Observational->dataCount() + m_r2Interventional->dataCount() +
           m_weightError->dataCount();
}

void SweepPlot::moveMarker(double collinearity)
{
    m_now->point1->setCoords(collinearity, 0.0);
    m_now->point2->setCoords(collinearity, 1.0);
    m_nowLabel->position->setCoords(collinearity, 0.0);
    // Near the right edge the label goes to the left of the line.
    m_nowLabel->setPositionAlignment(Qt::AlignTop |
                                     (collinearity > 0.85 ? Qt::AlignRight : Qt::AlignLeft));
    m_now->setVisible(true);
    m_nowLabel->setVisible(true);
}

void SweepPlot::showResult(const core::RecomputeResult& result)
{
    if (result.status == core::RecomputeStatus::Cancelled ||
        result.status == core::RecomputeStatus::InvalidSettings)
        return; // nothing new to place: keep the sweep and the marker
    if (!result.sweep.empty()) {
        showSweep(result.sweep, result.settings.model.collinearity);
        return;
    }
    moveMarker(result.settings.model.collinearity);
    replot(QCustomPlot::rpQueuedReplot);
}

void SweepPlot::showSweep(const std::vector<core::SweepPoint>& points, double currentCollinearity)
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
    double r2Low = 0.0;
    double r2High = 1.0;
    double errorLow = std::numeric_limits<double>::max();
    double errorHigh = 0.0;
    for (const core::SweepPoint* point : sorted) {
        const double c = point->collinearity;
        if (point->r2ObservationalMean) {
            observedKeys.append(c);
            observed.append(*point->r2ObservationalMean);
            r2Low = std::min(r2Low, *point->r2ObservationalMean);
            r2High = std::max(r2High, *point->r2ObservationalMean);
        }
        if (point->r2InterventionalMean) {
            interventionalKeys.append(c);
            interventional.append(*point->r2InterventionalMean);
            r2Low = std::min(r2Low, *point->r2InterventionalMean);
            r2High = std::max(r2High, *point->r2InterventionalMean);
        }
        if (point->weightErrorMean && *point->weightErrorMean > 0.0) { // log axis: positive only
            errorKeys.append(c);
            errors.append(*point->weightErrorMean);
            errorLow = std::min(errorLow, *point->weightErrorMean);
            errorHigh = std::max(errorHigh, *point->weightErrorMean);
        }
    }
    m_r2Observational->setData(observedKeys, observed, true);
    m_r2Interventional->setData(interventionalKeys, interventional, true);
    m_weightError->setData(errorKeys, errors, true);

    // Interventional R² can fall far below 0 near c = 1; past -1 it would flatten the held-out
    // curve into a line, so the axis stops there and a label gives the lowest value.
    const double shownLow = std::max(r2Low, kLowestR2Shown);
    const double r2Span = r2High - shownLow;
    yAxis->setRange(shownLow - (shownLow < 0.0 ? 0.05 * r2Span : 0.0), r2High + 0.05 * r2Span);
    m_offScale->setText(tr("do(X) R² ↓ %1").arg(r2Low, 0, 'f', 1));
    m_offScale->setVisible(r2Low < kLowestR2Shown);
    if (errorHigh > 0.0)
        PlotStyle::setPaddedRange(yAxis2, errorLow, errorHigh, 0.08);
    else
        yAxis2->setRange(0.01, 1.0);

    if (points.empty())
        PlotStyle::setNotice(this, axisRect(), tr("no sweep computed yet"));
    else if (sorted.empty())
        PlotStyle::setNotice(this, axisRect(), tr("computing the sweep…"));
    else if (pointCount() == 0)
        PlotStyle::setNotice(this, axisRect(), tr("no sweep point has identifiable weights"));
    else
        PlotStyle::setNotice(this, axisRect(), QString());

    moveMarker(currentCollinearity);
    replot(QCustomPlot::rpQueuedReplot);
}

} // namespace lev::ui
