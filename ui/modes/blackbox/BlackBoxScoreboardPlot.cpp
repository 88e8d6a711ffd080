// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#include "modes/blackbox/BlackBoxScoreboardPlot.h"

#include "blackbox/BlackBoxResult.h"
#include "modes/blackbox/BlackBoxNarrative.h"
#include "plots/NumberText.h"
#include "plots/PlotStyle.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace lev::ui {

namespace {
constexpr double kBarWidth = 0.36;
constexpr double kPositions[4] = {0.8, 1.2, 1.8, 2.2};
constexpr double kRoom = 0.4; ///< beyond [−1, 1], for the value labels and group names

/// Held-out bars blue, do(X) bars amber; the linear estimator's hatched.
QColor colour(int bar)
{
    return bar < 2 ? PlotStyle::population() : PlotStyle::interventional();
}
bool isLinear(int bar)
{
    return bar % 2 == 1;
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
    m_groups.reset(new QCPAxisTickerText);
    xAxis->setTicker(m_groups);
    xAxis->setRange(kPositions[0] - 0.4, kPositions[3] + 0.4);
    xAxis->grid()->setVisible(false);
    xAxis->setTickLength(0, 0);
    QSharedPointer<QCPAxisTickerText> r2Ticks(new QCPAxisTickerText);
    for (double tick : {-1.0, -0.5, 0.0, 0.5, 1.0})
        r2Ticks->addTick(tick, NumberText::of(tick, 2));
    yAxis->setTicker(r2Ticks);
    yAxis->setRange(kLowestR2 - kRoom, 1.0 + kRoom);
    yAxis->setLabel(tr("mean R² over the refits"));

    for (int i = 0; i < kBars; ++i) {
        m_bars[i] = new QCPBars(xAxis, yAxis);
        m_bars[i]->setWidth(kBarWidth);
        m_bars[i]->removeFromLegend();
        m_labels[i] = new QCPItemText(this);
        m_labels[i]->position->setAxes(xAxis, yAxis);
        m_labels[i]->setClipToAxisRect(true);
        m_labels[i]->setVisible(false);
    }
    // The two groups' names above their bars: on held-out rows, under do(X).
    const QString groupNames[2] = {tr("held-out"), tr("do(X)")};
    for (int g = 0; g < 2; ++g) {
        m_groupNames[g] = new QCPItemText(this);
        m_groupNames[g]->position->setAxes(xAxis, yAxis);
        m_groupNames[g]->position->setCoords((kPositions[2 * g] + kPositions[2 * g + 1]) / 2,
                                             1.0 + kRoom * 0.75);
        m_groupNames[g]->setPositionAlignment(Qt::AlignHCenter | Qt::AlignVCenter);
        m_groupNames[g]->setText(groupNames[g]);
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
    for (int i = 0; i < kBars; ++i) {
        const QColor c = PlotStyle::themed(colour(i));
        m_bars[i]->setPen(PlotStyle::pen(c, 1.0));
        m_bars[i]->setBrush(isLinear(i) ? QBrush(c, Qt::BDiagPattern)
                                        : QBrush(PlotStyle::faint(c, 150)));
        m_labels[i]->setFont(PlotStyle::font(9));
        m_labels[i]->setColor(PlotStyle::foreground());
    }
    for (QCPItemText* name : m_groupNames) {
        name->setFont(PlotStyle::font(9));
        name->setColor(PlotStyle::foreground());
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
    const core::LinearComparison& linear = result.linear;
    const QString linearName = BlackBoxNarrative::estimatorLabel(linear.estimator);
    m_groups->clear();
    for (int i = 0; i < kBars; ++i)
        m_groups->addTick(kPositions[i], isLinear(i) ? linearName : tr("trees"));
    const double means[kBars] = {result.r2ObservationalMean, linear.r2ObservationalMean,
                                 result.r2InterventionalMean, linear.r2InterventionalMean};
    QVector<double> keys, values;
    for (int i = 0; i < kBars; ++i) {
        const bool shown = any && std::isfinite(means[i]) && (!isLinear(i) || linear.fits > 0);
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
        // Above the best-possible mark and the refits' points too, which cross the bars' tops.
        const bool population = i < 2 && result.populationR2 && std::isfinite(*result.populationR2);
        double top = population ? std::max(bar, *result.populationR2) : bar;
        const int count = int(result.replications.size());
        for (int r = 0; r < count; ++r) {
            const auto& fit = result.replications[std::size_t(r)];
            const double scores[kBars] = {fit.r2Observational, fit.linearR2Observational,
                                          fit.r2Interventional, fit.linearR2Interventional};
            if (!std::isfinite(scores[i]))
                continue;
            keys << kPositions[i] + spread(r, count);
            values << std::max(scores[i], kLowestR2);
            top = std::max(top, values.back());
        }
        // Side by side at one height the pair's labels would touch at large type: the linear
        // one's goes a line higher.
        const bool touches = isLinear(i) && m_labels[i - 1]->visible() &&
                             std::abs(m_labels[i - 1]->position->value() - (top + 0.05)) < 0.15;
        // Below a negative bar the neighbours' labels would touch: the linear one's goes lower.
        const double below = bar - 0.03 - (isLinear(i) ? 0.16 : 0.0);
        m_labels[i]->position->setCoords(kPositions[i],
                                         bar >= 0 ? top + 0.05 + (touches ? 0.15 : 0.0) : below);
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
        m_population->setData({kPositions[0], kPositions[1]},
                              {*result.populationR2, *result.populationR2}, true);
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
    int count = m_fits->dataCount() + m_population->dataCount();
    for (const QCPBars* bars : m_bars)
        count += bars->dataCount();
    return count;
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
