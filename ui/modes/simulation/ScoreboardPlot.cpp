// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#include "modes/simulation/ScoreboardPlot.h"

#include "plots/PlotStyle.h"
#include "simulation/RecomputeResult.h"

#include <algorithm>
#include <cmath>

namespace lev::ui {

namespace {
constexpr double kBarWidth = 0.6;
// Bar positions; the weight error, on an axis of its own, stands a little apart.
constexpr double kPositions[3] = {1.0, 2.0, 3.15};
// A pinned state's bars: narrower, to the right of the live bars; the pair is centred.
constexpr double kPinnedBarWidth = 0.24;

/// A short horizontal stroke: the population value's marker.
QCPScatterStyle populationMarker()
{
    // A custom path is drawn scaled by size / 6, pen included: size 6 keeps it in pixels.
    const double half = PlotStyle::markerSize(13);
    QPainterPath stroke;
    stroke.moveTo(-half, 0.0);
    stroke.lineTo(half, 0.0);
    return QCPScatterStyle(stroke, PlotStyle::pen(Qt::black, 3.0), Qt::NoBrush, 6.0);
}

/// Ticks only at values >= 0: the weight error's axis may reach below 0 to line up its zero
/// with the R² axis, but an error is never negative.
class NonNegativeTicker : public QCPAxisTicker
{
protected:
    QVector<double> createTickVector(double tickStep, const QCPRange& range) override
    {
        QVector<double> ticks = QCPAxisTicker::createTickVector(tickStep, range);
        ticks.erase(std::remove_if(ticks.begin(), ticks.end(),
                                   [tickStep](double tick) { return tick < -1e-9 * tickStep; }),
                    ticks.end());
        return ticks;
    }
};

const QColor kColours[3] = {PlotStyle::population(), PlotStyle::interventional(),
                            PlotStyle::estimate()};
} // namespace

ScoreboardPlot::ScoreboardPlot(QWidget* parent) : ResultPlot(parent)
{
    setObjectName(QStringLiteral("scoreboardPlot"));
    PlotStyle::addTitle(this, tr("Prediction vs levers"));

    QSharedPointer<QCPAxisTickerText> groups(new QCPAxisTickerText);
    groups->addTick(kPositions[0], tr("held-out\nR²"));
    groups->addTick(kPositions[1], tr("do(X)\nR²"));
    groups->addTick(kPositions[2], tr("weight\nerror"));
    xAxis->setTicker(groups);
    xAxis->setRange(kPositions[0] - 0.5, kPositions[2] + 0.5);
    xAxis->grid()->setVisible(false);
    xAxis->setTickLength(0, 0);
    yAxis->setLabel(tr("R² (mean of R runs)"));

    // The weight error has a scale of its own, in its own colour.
    yAxis2->setVisible(true);
    yAxis2->setTicker(QSharedPointer<QCPAxisTicker>(new NonNegativeTicker));
    yAxis2->setLabel(tr("‖w − β‖ (mean)"));

    QCPLayer* pinnedLayer = PlotStyle::pinnedLayer(this);
    for (int i = 0; i < 3; ++i) {
        QCPAxis* valueAxis = i == 2 ? yAxis2 : yAxis;
        m_pinnedBars[i] = new QCPBars(xAxis, valueAxis);
        m_pinnedBars[i]->setWidth(kPinnedBarWidth);
        m_pinnedBars[i]->setLayer(pinnedLayer);
        m_pinnedBars[i]->removeFromLegend();
        m_bars[i] = new QCPBars(xAxis, valueAxis);
        m_bars[i]->setWidth(kBarWidth);
        m_bars[i]->removeFromLegend();
    }

    m_population = addGraph(xAxis, yAxis);
    m_population->setName(tr("population (n = ∞)"));
    m_population->setLineStyle(QCPGraph::lsNone);

    // A thin divider between the R² group and the weight error on its own axis.
    m_divider = new QCPItemStraightLine(this);
    const double between = 0.5 * (kPositions[1] + kPositions[2]);
    m_divider->point1->setCoords(between, 0.0);
    m_divider->point2->setCoords(between, 1.0);

    for (int i = 0; i < 3; ++i) {
        for (QCPItemText** label : {&m_labels[i], &m_pinnedLabels[i]}) {
            *label = new QCPItemText(this);
            (*label)->position->setAxes(xAxis, i == 2 ? yAxis2 : yAxis);
            (*label)->setVisible(false);
        }
        m_labels[i]->setColor(QColor(30, 30, 30));
        m_pinnedLabels[i]->setColor(PlotStyle::neutral());
        m_pinnedLabels[i]->setLayer(pinnedLayer);
    }

    PlotStyle::placeLegendBelow(this, 1);
    applyStyle();
    clearData();
    yAxis->setRange(0.0, 1.1);
    yAxis2->setRange(0.0, 1.0);
}

void ScoreboardPlot::applyStyle()
{
    PlotStyle::applyTo(this);
    xAxis->setTickLabelFont(PlotStyle::font(7));
    PlotStyle::colourAxis(yAxis2, PlotStyle::estimate()); // the weight-error axis

    for (int i = 0; i < 3; ++i) {
        m_bars[i]->setPen(PlotStyle::pen(kColours[i].darker(120), 1.0));
        m_bars[i]->setBrush(kColours[i]);
        m_pinnedBars[i]->setPen(PlotStyle::ghostPen(kColours[i], 1.0));
        m_pinnedBars[i]->setBrush(PlotStyle::faint(kColours[i], 45));
        m_labels[i]->setFont(PlotStyle::font(8));
        m_pinnedLabels[i]->setFont(PlotStyle::font(7));
        for (QCPItemText* label : {m_labels[i], m_pinnedLabels[i]})
            label->setPadding(
                QMargins(0, qRound(3 * PlotStyle::scale()), 0, qRound(3 * PlotStyle::scale())));
    }
    m_population->setScatterStyle(populationMarker());
    m_divider->setPen(PlotStyle::pen(QColor(200, 200, 200), 1.0, Qt::DashLine));
    replot(QCustomPlot::rpQueuedReplot);
}

ScoreboardPlot::Scores ScoreboardPlot::scoresOf(const core::RecomputeResult& result)
{
    const core::MonteCarloSummary& mc = result.monteCarlo;
    Scores scores;
    scores.values[0] = mc.r2ObservationalMean;
    scores.values[1] = mc.r2InterventionalMean;
    scores.values[2] = mc.weightErrorMean;
    scores.population[0] = result.truth.r2;
    scores.population[1] = result.truth.interventionalR2;
    scores.shown = true;
    return scores;
}

void ScoreboardPlot::clearData()
{
    m_live = Scores();
    for (QCPBars* bars : m_bars)
        bars->data()->clear();
    m_population->data()->clear();
    for (QCPItemText* label : m_labels)
        label->setVisible(false);
}

int ScoreboardPlot::pointCount() const
{
    int count = m_population->dataCount();
    for (const QCPBars* bars : m_bars)
        count += bars->dataCount();
    return count;
}

int ScoreboardPlot::pinnedPointCount() const
{
    int count = 0;
    for (const QCPBars* bars : m_pinnedBars)
        count += bars->dataCount();
    return count;
}

void ScoreboardPlot::showResult(const core::RecomputeResult& result)
{
    if (result.status == core::RecomputeStatus::InvalidSettings) {
        clearData();
        showScores();
        PlotStyle::setNotice(this, axisRect(), QString::fromStdString(result.message));
        replot(QCustomPlot::rpQueuedReplot);
        return;
    }

    m_live = scoresOf(result);
    const core::MonteCarloSummary& mc = result.monteCarlo;
    yAxis->setLabel(mc.fitted > 0 ? tr("R² (mean of %1 runs)").arg(mc.fitted) : tr("R²"));
    if (mc.fitted == 0) {
        const QString why = result.message.empty() ? tr("weights not identifiable")
                                                   : QString::fromStdString(result.message);
        PlotStyle::setNotice(this, axisRect(), why);
    } else {
        PlotStyle::setNotice(this, axisRect(), QString());
    }
    showScores();
    replot(QCustomPlot::rpQueuedReplot);
}

void ScoreboardPlot::showPinned(const core::RecomputeResult* pinned)
{
    if (pinned && (pinned->status == core::RecomputeStatus::Ok ||
                   pinned->status == core::RecomputeStatus::NotIdentifiable))
        m_pinned = scoresOf(*pinned);
    else
        m_pinned = Scores();
    showScores();
    PlotStyle::setPinnedLegendEntry(this, pinnedPointCount() > 0);
    replot(QCustomPlot::rpQueuedReplot);
}

void ScoreboardPlot::showScores()
{
    // Left axis: at least [0, 1], lower if an R² is negative; room above for the labels.
    double r2Low = 0.0;
    double r2High = 1.0;
    for (const std::optional<double>& r2 :
         {m_live.values[0], m_live.values[1], m_live.population[0], m_live.population[1],
          m_pinned.values[0], m_pinned.values[1]}) {
        if (r2) {
            r2Low = std::min(r2Low, *r2);
            r2High = std::max(r2High, *r2);
        }
    }
    const double r2Span = r2High - r2Low;
    const QCPRange r2Range(r2Low - (r2Low < 0.0 ? 0.12 : 0.0) * r2Span, r2High + 0.14 * r2Span);
    yAxis->setRange(r2Range);
    // Right axis: room above for the label, a readable scale for a zero error, and its zero at
    // the height of the R² zero so that all bars stand on one baseline.
    double errorHigh = std::max(m_live.values[2].value_or(0.0), m_pinned.values[2].value_or(0.0));
    if (!(errorHigh > 1e-12))
        errorHigh = 1.0;
    const double zeroAt = -r2Range.lower / r2Range.size(); // fraction of the height below 0
    const double errorUpper = errorHigh * 1.25;
    yAxis2->setRange(-errorUpper * zeroAt / (1.0 - zeroAt), errorUpper);

    // With a pinned state, each live bar moves left to make room for its ghost on the right.
    const bool pinned = m_pinned.any();
    const double liveShift = pinned ? -0.5 * kPinnedBarWidth : 0.0;
    const double pinnedShift = 0.5 * kBarWidth;

    QVector<double> markKeys, markValues;
    for (int i = 0; i < 3; ++i) {
        const double at = kPositions[i] + liveShift;
        const std::optional<double>& mark = m_live.population[i];
        if (mark) {
            markKeys.append(at);
            markValues.append(*mark);
        }
        if (const std::optional<double>& ghost = m_pinned.values[i]) {
            const double ghostAt = kPositions[i] + pinnedShift;
            m_pinnedBars[i]->setData(QVector<double>{ghostAt}, QVector<double>{*ghost}, true);
            m_pinnedLabels[i]->setText(QString::number(*ghost, 'f', 2));
            m_pinnedLabels[i]->position->setCoords(ghostAt, *ghost);
            m_pinnedLabels[i]->setPositionAlignment(
                Qt::AlignHCenter | (*ghost < 0.0 ? Qt::AlignTop : Qt::AlignBottom));
            m_pinnedLabels[i]->setVisible(true);
        } else {
            m_pinnedBars[i]->data()->clear();
            m_pinnedLabels[i]->setVisible(false);
        }

        // A value label goes beyond both the bar and the population mark on it.
        QCPItemText* label = m_labels[i];
        if (!m_live.shown) {
            m_bars[i]->data()->clear();
            label->setVisible(false);
        } else if (const std::optional<double>& value = m_live.values[i]) {
            const bool below = *value < 0.0;
            double anchor = *value;
            if (mark && std::abs(*mark - *value) < 0.1 * r2Span)
                anchor = below ? std::min(*value, *mark) : std::max(*value, *mark);
            m_bars[i]->setData(QVector<double>{at}, QVector<double>{*value}, true);
            label->setText(QString::number(*value, 'f', 2));
            label->position->setCoords(at, anchor);
            label->setPositionAlignment(Qt::AlignHCenter |
                                        (below ? Qt::AlignTop : Qt::AlignBottom));
            label->setVisible(true);
        } else {
            m_bars[i]->data()->clear();
            label->setText(tr("n/a"));
            label->position->setCoords(at, 0.0);
            label->setPositionAlignment(Qt::AlignHCenter | Qt::AlignBottom);
            label->setVisible(true);
        }
    }
    m_population->setData(markKeys, markValues, true);
}

} // namespace lev::ui
