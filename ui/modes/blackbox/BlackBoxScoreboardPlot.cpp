// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#include "modes/blackbox/BlackBoxScoreboardPlot.h"

#include "blackbox/BlackBoxResult.h"
#include "plots/NumberText.h"
#include "plots/PlotStyle.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace lev::ui {

namespace {
constexpr double kBarWidth = 0.6;
constexpr double kPositions[2] = {1.0, 2.0};
constexpr double kRoom = 0.3; ///< beyond [−1, 1], for the value labels

QColor colour(int score)
{
    return score == 0 ? PlotStyle::population() : PlotStyle::interventional();
}

/// The refits' dots spread evenly across the bar, so that equal scores do not hide each other.
double spread(int index, int count)
{
    return count < 2 ? 0.0 : (double(index) / (count - 1) - 0.5) * kBarWidth * 0.6;
}
} // namespace

BlackBoxScoreboardPlot::BlackBoxScoreboardPlot(QWidget* parent) : BlackBoxPlot(parent)
{
    setObjectName(QStringLiteral("blackBoxScoreboardPlot"));
    PlotStyle::addTitle(this, tr("Prediction on and off the data"));
    QSharedPointer<QCPAxisTickerText> groups(new QCPAxisTickerText);
    groups->addTick(kPositions[0], tr("held-out\nR²"));
    groups->addTick(kPositions[1], tr("do(X)\nR²"));
    xAxis->setTicker(groups);
    xAxis->setRange(kPositions[0] - 0.6, kPositions[1] + 0.6);
    xAxis->grid()->setVisible(false);
    xAxis->setTickLength(0, 0);
    QSharedPointer<QCPAxisTickerText> r2Ticks(new QCPAxisTickerText);
    for (double tick : {-1.0, -0.5, 0.0, 0.5, 1.0})
        r2Ticks->addTick(tick, NumberText::of(tick, 2));
    yAxis->setTicker(r2Ticks);
    yAxis->setRange(kLowestR2 - kRoom, 1.0 + kRoom);
    yAxis->setLabel(tr("mean R² of the learner"));

    for (int i = 0; i < 2; ++i) {
        m_bars[i] = new QCPBars(xAxis, yAxis);
        m_bars[i]->setWidth(kBarWidth);
        m_bars[i]->removeFromLegend();
        m_labels[i] = new QCPItemText(this);
        m_labels[i]->position->setAxes(xAxis, yAxis);
        m_labels[i]->setClipToAxisRect(true);
        m_labels[i]->setVisible(false);
    }
    m_fits = addGraph();
    m_fits->setName(tr("each refit"));
    m_fits->setLineStyle(QCPGraph::lsNone);
    m_population = addGraph();
    m_population->setName(tr("best possible (population)"));
    m_population->setLineStyle(QCPGraph::lsNone);

    m_caption = new QCPTextElement(this, QString());
    m_caption->setObjectName(QStringLiteral("blackBoxFitsCaption"));
    plotLayout()->addElement(plotLayout()->rowCount(), 0, m_caption);
    legend->setVisible(true);
    PlotStyle::placeLegendBelow(this, 2);
    applyStyle();
}

void BlackBoxScoreboardPlot::applyStyle()
{
    PlotStyle::applyTo(this);
    for (int i = 0; i < 2; ++i) {
        m_bars[i]->setPen(PlotStyle::pen(PlotStyle::themed(colour(i)), 1.0));
        m_bars[i]->setBrush(PlotStyle::faint(PlotStyle::themed(colour(i)), 150));
        m_labels[i]->setFont(PlotStyle::font(9));
        m_labels[i]->setColor(PlotStyle::foreground());
    }
    m_fits->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle,
                                            PlotStyle::pen(PlotStyle::foreground(), 1.0),
                                            Qt::NoBrush, PlotStyle::markerSize(5)));
    const double half = PlotStyle::markerSize(13);
    QPainterPath stroke;
    stroke.moveTo(-half, 0.0);
    stroke.lineTo(half, 0.0);
    m_population->setScatterStyle(
        QCPScatterStyle(stroke, PlotStyle::pen(Qt::black, 3.0), Qt::NoBrush, 6.0));
    m_caption->setFont(PlotStyle::font(8));
    m_caption->setTextColor(PlotStyle::foreground());
    replot(QCustomPlot::rpQueuedReplot);
}

void BlackBoxScoreboardPlot::showResult(const core::BlackBoxResult& result)
{
    const bool any = result.replicationsDone > 0 && !result.replications.empty();
    const double means[2] = {result.r2ObservationalMean, result.r2InterventionalMean};
    QVector<double> keys, values;
    for (int i = 0; i < 2; ++i) {
        const bool shown = any && std::isfinite(means[i]);
        const double bar = std::max(means[i], kLowestR2);
        m_bars[i]->setData(shown ? QVector<double>{kPositions[i]} : QVector<double>{},
                           shown ? QVector<double>{bar} : QVector<double>{}, true);
        m_labels[i]->setVisible(shown);
        if (!shown)
            continue;
        const bool cut = means[i] < kLowestR2;
        m_labels[i]->setText(cut ? QStringLiteral("%1 ↓").arg(NumberText::of(means[i], 2))
                                 : NumberText::of(means[i], 2));
        m_labels[i]->setPositionAlignment(bar >= 0 ? (Qt::AlignHCenter | Qt::AlignBottom)
                                                   : (Qt::AlignHCenter | Qt::AlignTop));
        m_labels[i]->position->setCoords(kPositions[i] + (i == 0 ? -0.05 : 0.05),
                                         bar >= 0 ? bar + 0.03 : bar - 0.03);
        const int count = int(result.replications.size());
        for (int r = 0; r < count; ++r) {
            const auto& fit = result.replications[std::size_t(r)];
            const double value = i == 0 ? fit.r2Observational : fit.r2Interventional;
            if (!std::isfinite(value))
                continue;
            keys << kPositions[i] + spread(r, count);
            values << std::max(value, kLowestR2);
        }
    }
    // QCPGraph wants its keys sorted.
    QVector<int> order(keys.size());
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [&](int a, int b) { return keys[a] < keys[b]; });
    QVector<double> sortedKeys, sortedValues;
    for (int i : order) {
        sortedKeys << keys[i];
        sortedValues << values[i];
    }
    m_fits->setData(sortedKeys, sortedValues, true);
    if (any && result.populationR2 && std::isfinite(*result.populationR2))
        m_population->setData({kPositions[0]}, {*result.populationR2}, true);
    else
        m_population->data()->clear();
    PlotStyle::setLegendEntries(this, m_population->dataCount() > 0
                                          ? QList<QCPAbstractPlottable*>{m_fits, m_population}
                                          : QList<QCPAbstractPlottable*>{m_fits});

    QString caption =
        tr("%1 of %2 fits").arg(result.replicationsDone).arg(result.replicationsRequested);
    if (result.status == core::BlackBoxStatus::Cancelled)
        caption += tr(" (stopped)");
    m_caption->setText(caption);
    if (result.status == core::BlackBoxStatus::InvalidSettings ||
        result.status == core::BlackBoxStatus::LearnerFailed)
        PlotStyle::setNotice(this, axisRect(), QString::fromStdString(result.message));
    else
        PlotStyle::setNotice(this, axisRect(), any ? QString() : tr("fitting…"));
    replot(QCustomPlot::rpQueuedReplot);
}

int BlackBoxScoreboardPlot::pointCount() const
{
    return m_bars[0]->dataCount() + m_bars[1]->dataCount() + m_fits->dataCount() +
           m_population->dataCount();
}

void BlackBoxScoreboardPlot::setCaption(const QString& text)
{
    m_caption->setText(text);
    replot(QCustomPlot::rpQueuedReplot);
}

QString BlackBoxScoreboardPlot::caption() const
{
    return m_caption->text();
}

} // namespace lev::ui
