// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#include "modes/simulation/ScoreboardPlot.h"

#include "plots/NumberText.h"
#include "plots/PlainLogTicker.h"
#include "plots/PlotStyle.h"
#include "simulation/RecomputeResult.h"
#include "simulation/ReferenceWeightError.h"

#include <algorithm>
#include <cmath>

namespace lev::ui {

namespace {
constexpr double kBarWidth = 0.6;
// Bar positions: the two R² in the left panel, the weight error alone in the right one.
constexpr double kPositions[3] = {1.0, 2.0, 1.0};
// A pinned state's bars: narrower, to the right of the live bars; the pair is centred.
constexpr double kPinnedBarWidth = 0.24;
// Room beyond the shown R² range [-1, 1] for the value labels, in R² units.
constexpr double kR2Room = 0.34;
// The weight-error axis shows [reference / 10, reference * 1000], four decades, with room
// beyond them (in decades) for the labels.
constexpr double kDecadesBelow = 1.0;
constexpr double kDecadesAbove = 3.0;
constexpr double kRoomBelow = 0.25;
constexpr double kRoomAbove = 0.5;

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

const QColor kColours[3] = {PlotStyle::population(), PlotStyle::interventional(),
                            PlotStyle::estimate()};
} // namespace

ScoreboardPlot::ScoreboardPlot(QWidget* parent) : ResultPlot(parent)
{
    setObjectName(QStringLiteral("scoreboardPlot"));

    // Two panels side by side in one layout cell, their frames level with each other.
    QCPAxisRect* r2Rect = axisRect();
    plotLayout()->take(r2Rect);
    auto* panels = new QCPLayoutGrid;
    plotLayout()->addElement(0, 0, panels);
    m_errorRect = new QCPAxisRect(this, true);
    panels->addElement(0, 0, r2Rect);
    panels->addElement(0, 1, m_errorRect);
    // One bar needs little room beside its axis: most goes to the two R² bars.
    panels->setColumnStretchFactors({3.0, 1.0});
    m_errorRect->setMinimumSize(24, 50);
    r2Rect->setMinimumSize(60, 50);
    panels->setColumnSpacing(0);
    auto* level = new QCPMarginGroup(this);
    r2Rect->setMarginGroup(QCP::msTop | QCP::msBottom, level);
    m_errorRect->setMarginGroup(QCP::msTop | QCP::msBottom, level);
    PlotStyle::addTitle(this, tr("Prediction vs levers"));

    QSharedPointer<QCPAxisTickerText> groups(new QCPAxisTickerText);
    groups->addTick(kPositions[0], tr("held-out\nR²"));
    groups->addTick(kPositions[1], tr("do(X)\nR²"));
    xAxis->setTicker(groups);
    xAxis->setRange(kPositions[0] - 0.6, kPositions[1] + 0.6);
    xAxis->grid()->setVisible(false);
    xAxis->setTickLength(0, 0);
    // R² on a fixed axis, ticks only where values are drawn in full.
    QSharedPointer<QCPAxisTickerText> r2Ticks(new QCPAxisTickerText);
    for (double tick : {-1.0, -0.5, 0.0, 0.5, 1.0})
        r2Ticks->addTick(tick, NumberText::of(tick, 2));
    yAxis->setTicker(r2Ticks);
    yAxis->setRange(kLowestR2 - kR2Room, 1.0 + kR2Room);
    yAxis->setLabel(tr("mean R² (cut at −1)"));

    QCPAxis* errorKeys = m_errorRect->axis(QCPAxis::atBottom);
    QSharedPointer<QCPAxisTickerText> errorGroup(new QCPAxisTickerText);
    errorGroup->addTick(kPositions[2], tr("weight\nerror"));
    errorKeys->setTicker(errorGroup);
    errorKeys->setRange(kPositions[2] - 0.6, kPositions[2] + 0.6);
    errorKeys->grid()->setVisible(false);
    errorKeys->setTickLength(0, 0);
    // The weight error's axis on the right, away from the R² panel; it marks the reference,
    // the error at c = 0, among its ticks.
    m_errorRect->axis(QCPAxis::atLeft)->setVisible(false);
    QCPAxis* errors = errorAxis();
    errors->setVisible(true);
    errors->setScaleType(QCPAxis::stLogarithmic);
    errors->setTicker(QSharedPointer<QCPAxisTicker>(new PlainLogTicker));
    // Named under its bar, like the R² bars: the panel stays narrow.
    errors->grid()->setVisible(true);

    QCPLayer* pinnedLayer = PlotStyle::pinnedLayer(this);
    for (int i = 0; i < 3; ++i) {
        QCPAxis* keyAxis = i == 2 ? errorKeys : xAxis;
        QCPAxis* valueAxis = i == 2 ? errors : yAxis;
        m_pinnedBars[i] = new QCPBars(keyAxis, valueAxis);
        m_pinnedBars[i]->setWidth(kPinnedBarWidth);
        m_pinnedBars[i]->setLayer(pinnedLayer);
        m_pinnedBars[i]->removeFromLegend();
        m_bars[i] = new QCPBars(keyAxis, valueAxis);
        m_bars[i]->setWidth(kBarWidth);
        m_bars[i]->removeFromLegend();
    }

    m_population = addGraph(xAxis, yAxis);
    m_population->setName(tr("population (n = ∞)"));
    m_population->setLineStyle(QCPGraph::lsNone);

    m_referenceLine = new QCPItemStraightLine(this);
    m_referenceLine->setClipAxisRect(m_errorRect);
    for (QCPItemPosition* end : {m_referenceLine->point1, m_referenceLine->point2})
        end->setAxes(errorKeys, errors);
    m_referenceLine->setLayer(QStringLiteral("grid"));
    m_referenceLine->setVisible(false);

    for (int i = 0; i < 3; ++i) {
        for (QCPItemText** label : {&m_labels[i], &m_pinnedLabels[i]}) {
            *label = new QCPItemText(this);
            (*label)->position->setAxes(i == 2 ? errorKeys : xAxis, i == 2 ? errors : yAxis);
            (*label)->setClipAxisRect(i == 2 ? m_errorRect : r2Rect);
            (*label)->setVisible(false);
        }
        m_labels[i]->setColor(QColor(30, 30, 30));
        m_pinnedLabels[i]->setColor(PlotStyle::neutral());
        m_pinnedLabels[i]->setLayer(pinnedLayer);
    }

    // A caption below the panels for what the bars cannot say (empty: no room taken).
    m_caption = new QCPTextElement(this, QString());
    m_caption->setObjectName(QStringLiteral("scoreboardCaption"));
    const int captionRow = plotLayout()->rowCount();
    plotLayout()->addElement(captionRow, 0, m_caption);
    plotLayout()->setRowStretchFactor(captionRow, 0.001);

    PlotStyle::placeLegendBelow(this, 1);
    applyStyle();
    clearData();
    fitErrorAxis(core::RecomputeSettings::defaultsFor(core::GeneratorKind::Proxy));
}

QCPAxis* ScoreboardPlot::errorAxis() const
{
    return m_errorRect->axis(QCPAxis::atRight);
}

void ScoreboardPlot::applyStyle()
{
    PlotStyle::applyTo(this);
    xAxis->setTickLabelFont(PlotStyle::font(7));
    m_errorRect->axis(QCPAxis::atBottom)->setTickLabelFont(PlotStyle::font(7));
    PlotStyle::colourAxis(errorAxis(), PlotStyle::estimate());

    for (int i = 0; i < 3; ++i) {
        m_bars[i]->setPen(PlotStyle::pen(kColours[i].darker(120), 1.0));
        m_bars[i]->setBrush(kColours[i]);
        m_pinnedBars[i]->setPen(PlotStyle::ghostPen(kColours[i], 1.4));
        m_pinnedBars[i]->setBrush(PlotStyle::faint(kColours[i], 70));
        m_labels[i]->setFont(PlotStyle::font(8));
        m_pinnedLabels[i]->setFont(PlotStyle::font(7));
        for (QCPItemText* label : {m_labels[i], m_pinnedLabels[i]})
            label->setPadding(
                QMargins(0, qRound(3 * PlotStyle::scale()), 0, qRound(3 * PlotStyle::scale())));
    }
    m_population->setScatterStyle(populationMarker());
    m_referenceLine->setPen(PlotStyle::pen(PlotStyle::neutral(), 1.0, Qt::DashLine));
    m_caption->setFont(PlotStyle::font(8));
    m_caption->setTextColor(QColor(120, 30, 30));
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
    for (std::optional<double>& value : scores.values)
        if (value && !std::isfinite(*value))
            value.reset();
    for (std::optional<double>& value : scores.population)
        if (value && !std::isfinite(*value))
            value.reset();
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
    m_caption->setText(QString());
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

void ScoreboardPlot::fitErrorAxis(const core::RecomputeSettings& settings)
{
    const std::optional<double> reference = core::referenceWeightError(settings);
    // Without a reference (σ = 0 and no bias: every error is rounding), a scale around 10⁻³.
    const double at = reference && *reference > 1e-12 ? *reference : 1e-3;
    m_errorLow = at * std::pow(10.0, -kDecadesBelow);
    m_errorHigh = at * std::pow(10.0, kDecadesAbove);
    auto ticker = errorAxis()->ticker().dynamicCast<PlainLogTicker>();
    Q_ASSERT(ticker);
    ticker->setBounds(m_errorLow, m_errorHigh);
    errorAxis()->setRange(m_errorLow * std::pow(10.0, -kRoomBelow),
                          m_errorHigh * std::pow(10.0, kRoomAbove));
    for (QCPBars* bars : {m_bars[2], m_pinnedBars[2]})
        bars->setBaseValue(errorAxis()->range().lower);

    const bool ols = settings.estimator.kind == core::EstimatorKind::Ols;
    if (reference && *reference > 1e-12) {
        ticker->setMark(at, ols ? tr("c = 0") : tr("OLS c = 0"));
        m_referenceLine->point1->setCoords(0.0, at);
        m_referenceLine->point2->setCoords(1.0, at);
        m_referenceLine->setVisible(true);
    } else {
        ticker->setMark(0.0, QString());
        m_referenceLine->setVisible(false);
    }
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

    fitErrorAxis(result.settings);
    m_live = scoresOf(result);
    const core::MonteCarloSummary& mc = result.monteCarlo;
    if (mc.fitted == 0) {
        const QString why = result.message.empty() ? tr("weights not identifiable")
                                                   : QString::fromStdString(result.message);
        PlotStyle::setNotice(this, axisRect(), why);
    } else {
        PlotStyle::setNotice(this, axisRect(), QString());
    }
    // With n ≤ p + 2, E[(XᵀX)⁻¹] is infinite: the means are those of a heavy tail.
    const int p = static_cast<int>(result.truth.causalWeights.size());
    const bool heavyTail = mc.fitted > 0 && result.settings.n <= p + 2;
    m_caption->setText(heavyTail ? tr("n ≤ p + 2: a few near-singular runs\ndominate these means")
                                 : QString());
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

void ScoreboardPlot::placeLabel(QCPItemText* label, int score, double key, double value,
                                std::optional<double> mark, bool ghost) const
{
    const bool error = score == 2;
    const double low = error ? m_errorLow : kLowestR2;
    const double high = error ? m_errorHigh : 1.0;
    // R² in range with two decimals, like the axis; anything else with two significant digits.
    QString text = error || value < low
                       ? NumberText::of(value, 2)
                       : QString::number(value, 'f', 2).replace(QLatin1Char('-'), QChar(0x2212));
    double anchor = value;
    bool below = !error && value < 0.0;
    // A value beyond the shown range: its label inside the frame at the edge, over the bar.
    const bool beyond = value < low || value > high;
    if (value < low) {
        text = QStringLiteral("↓\n") + text;
        anchor = low;
        below = false;
    } else if (value > high) {
        text = QStringLiteral("↑\n") + text;
        anchor = high;
        below = true;
    } else if (mark && std::abs(*mark - value) < 0.05 * (high - low)) {
        // Beyond both the bar's end and the population mark on it.
        anchor = below ? std::min(value, *mark) : std::max(value, *mark);
    }
    // A population value below the cut is not drawn: the label says it instead.
    if (!ghost && mark && *mark < low)
        text += QStringLiteral("\n(∞: %1)").arg(NumberText::of(*mark, 2));
    label->setBrush(beyond ? QBrush(QColor(255, 255, 255, 225)) : QBrush(Qt::NoBrush));
    label->setText(text);
    label->position->setCoords(key, anchor);
    label->setPositionAlignment(Qt::AlignHCenter | (below ? Qt::AlignTop : Qt::AlignBottom));
    label->setVisible(true);
}

void ScoreboardPlot::showScores()
{
    // With a pinned state, each live bar moves left to make room for its ghost on the right.
    const bool pinned = m_pinned.any();
    const double liveShift = pinned ? -0.5 * kPinnedBarWidth : 0.0;
    const double pinnedShift = 0.5 * kBarWidth;

    QVector<double> markKeys, markValues;
    for (int i = 0; i < 3; ++i) {
        const double at = kPositions[i] + liveShift;
        const std::optional<double>& mark = m_live.population[i];
        if (mark && *mark >= kLowestR2) {
            markKeys.append(at);
            markValues.append(*mark);
        }
        if (const std::optional<double>& ghost = m_pinned.values[i]) {
            const double ghostAt = kPositions[i] + pinnedShift;
            m_pinnedBars[i]->setData(QVector<double>{ghostAt}, QVector<double>{*ghost}, true);
            placeLabel(m_pinnedLabels[i], i, ghostAt, *ghost, std::nullopt, true);
        } else {
            m_pinnedBars[i]->data()->clear();
            m_pinnedLabels[i]->setVisible(false);
        }

        QCPItemText* label = m_labels[i];
        if (!m_live.shown) {
            m_bars[i]->data()->clear();
            label->setVisible(false);
        } else if (const std::optional<double>& value = m_live.values[i]) {
            m_bars[i]->setData(QVector<double>{at}, QVector<double>{*value}, true);
            placeLabel(label, i, at, *value, mark, false);
        } else {
            m_bars[i]->data()->clear();
            label->setText(tr("n/a"));
            label->position->setCoords(at, i == 2 ? m_errorLow : 0.0);
            label->setPositionAlignment(Qt::AlignHCenter | Qt::AlignBottom);
            label->setVisible(true);
        }
    }
    m_population->setData(markKeys, markValues, true);
}

} // namespace lev::ui
