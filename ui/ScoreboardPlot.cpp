#include "ScoreboardPlot.h"

#include "PlotStyle.h"
#include "analysis/RecomputeResult.h"

#include <algorithm>
#include <cmath>
#include <optional>

namespace lev::ui {

namespace {
constexpr double kBarWidth = 0.6;
// Bar positions; the weight error, on an axis of its own, stands a little apart.
constexpr double kPositions[3] = {1.0, 2.0, 3.15};

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
} // namespace

ScoreboardPlot::ScoreboardPlot(QWidget* parent) : QCustomPlot(parent)
{
    setObjectName(QStringLiteral("scoreboardPlot"));
    PlotStyle::applyTo(this);
    PlotStyle::addTitle(this, tr("Prediction vs levers"));

    QSharedPointer<QCPAxisTickerText> groups(new QCPAxisTickerText);
    groups->addTick(kPositions[0], tr("held-out\nR²"));
    groups->addTick(kPositions[1], tr("do(X)\nR²"));
    groups->addTick(kPositions[2], tr("weight\nerror"));
    xAxis->setTicker(groups);
    xAxis->setTickLabelFont(PlotStyle::font(7));
    xAxis->setRange(kPositions[0] - 0.5, kPositions[2] + 0.5);
    xAxis->grid()->setVisible(false);
    xAxis->setTickLength(0, 0);
    yAxis->setLabel(tr("R² (mean of R runs)"));

    // The weight error has a scale of its own, in its own colour.
    const QColor errorColour = PlotStyle::estimate();
    yAxis2->setVisible(true);
    yAxis2->setTicker(QSharedPointer<QCPAxisTicker>(new NonNegativeTicker));
    yAxis2->setLabel(tr("‖w − β‖ (mean)"));
    yAxis2->setLabelColor(errorColour);
    yAxis2->setTickLabelColor(errorColour);
    yAxis2->setBasePen(PlotStyle::pen(errorColour, 1.0));
    yAxis2->setTickPen(PlotStyle::pen(errorColour, 1.0));
    yAxis2->setSubTickPen(PlotStyle::pen(errorColour, 0.8));

    auto bars = [&](QCPAxis* valueAxis, const QColor& colour) {
        auto* bar = new QCPBars(xAxis, valueAxis);
        bar->setWidth(kBarWidth);
        bar->setPen(PlotStyle::pen(colour.darker(120), 1.0));
        bar->setBrush(colour);
        bar->removeFromLegend();
        return bar;
    };
    m_r2Observational = bars(yAxis, PlotStyle::population());
    m_r2Interventional = bars(yAxis, PlotStyle::interventional());
    m_weightError = bars(yAxis2, errorColour);

    m_population = addGraph(xAxis, yAxis);
    m_population->setName(tr("population (n = ∞)"));
    m_population->setLineStyle(QCPGraph::lsNone);
    m_population->setScatterStyle(populationMarker());

    // A thin divider between the R² group and the weight error on its own axis.
    auto* divider = new QCPItemStraightLine(this);
    divider->setPen(PlotStyle::pen(QColor(200, 200, 200), 1.0, Qt::DashLine));
    const double between = 0.5 * (kPositions[1] + kPositions[2]);
    divider->point1->setCoords(between, 0.0);
    divider->point2->setCoords(between, 1.0);

    for (int i = 0; i < 3; ++i) {
        auto* label = new QCPItemText(this);
        label->setFont(PlotStyle::font(8));
        label->setColor(QColor(30, 30, 30));
        label->position->setAxes(xAxis, i == 2 ? yAxis2 : yAxis);
        label->setPadding(QMargins(0, 3, 0, 3));
        label->setVisible(false);
        m_labels[i] = label;
    }

    PlotStyle::placeLegendBelow(this, 1);
    clearData();
    yAxis->setRange(0.0, 1.1);
    yAxis2->setRange(0.0, 1.0);
}

void ScoreboardPlot::clearData()
{
    m_r2Observational->data()->clear();
    m_r2Interventional->data()->clear();
    m_weightError->data()->clear();
    m_population->data()->clear();
    for (QCPItemText* label : m_labels)
        label->setVisible(false);
}

int ScoreboardPlot::pointCount() const
{
    return m_r2Observational->dataCount() + m_r2Interventional->dataCount() +
           m_weightError->dataCount() + m_population->dataCount();
}

void ScoreboardPlot::showResult(const core::RecomputeResult& result)
{
    if (result.status == core::RecomputeStatus::Cancelled)
        return; // a newer result is on its way; keep what is shown
    if (result.status == core::RecomputeStatus::InvalidSettings) {
        clearData();
        PlotStyle::setNotice(this, axisRect(), QString::fromStdString(result.message));
        replot(QCustomPlot::rpQueuedReplot);
        return;
    }
    PlotStyle::setNotice(this, axisRect(), QString());

    const core::MonteCarloSummary& mc = result.monteCarlo;
    const std::optional<double> values[3] = {mc.r2ObservationalMean, mc.r2InterventionalMean,
                                             mc.weightErrorMean};
    QCPBars* bars[3] = {m_r2Observational, m_r2Interventional, m_weightError};

    // Left axis: at least [0, 1], lower if an R² is negative; room above for the labels.
    double r2Low = 0.0;
    double r2High = 1.0;
    for (const std::optional<double>& r2 :
         {values[0], values[1], result.truth.r2, result.truth.interventionalR2}) {
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
    const double errorHigh = values[2] && *values[2] > 1e-12 ? *values[2] : 1.0;
    const double zeroAt = -r2Range.lower / r2Range.size(); // fraction of the height below 0
    const double errorUpper = errorHigh * 1.25;
    yAxis2->setRange(-errorUpper * zeroAt / (1.0 - zeroAt), errorUpper);

    // The population marks sit on the R² bars; a value label goes beyond both.
    const std::optional<double> marks[3] = {result.truth.r2, result.truth.interventionalR2,
                                            std::nullopt};

    for (int i = 0; i < 3; ++i) {
        QCPItemText* label = m_labels[i];
        label->setVisible(true);
        if (values[i]) {
            const double value = *values[i];
            const bool below = value < 0.0;
            double anchor = value;
            if (marks[i] && std::abs(*marks[i] - value) < 0.1 * r2Span)
                anchor = below ? std::min(value, *marks[i]) : std::max(value, *marks[i]);
            bars[i]->setData(QVector<double>{kPositions[i]}, QVector<double>{value}, true);
            label->setText(QString::number(value, 'f', 2));
            label->position->setCoords(kPositions[i], anchor);
            label->setPositionAlignment(Qt::AlignHCenter |
                                        (below ? Qt::AlignTop : Qt::AlignBottom));
        } else {
            bars[i]->data()->clear();
            label->setText(tr("n/a"));
            label->position->setCoords(kPositions[i], 0.0);
            label->setPositionAlignment(Qt::AlignHCenter | Qt::AlignBottom);
        }
    }

    QVector<double> keys, populationValues;
    for (int i = 0; i < 2; ++i) {
        if (marks[i]) {
            keys.append(kPositions[i]);
            populationValues.append(*marks[i]);
        }
    }
    m_population->setData(keys, populationValues, true);

    yAxis->setLabel(mc.fitted > 0 ? tr("R² (mean of %1 runs)").arg(mc.fitted) : tr("R²"));
    if (mc.fitted == 0) {
        const QString why = result.message.empty() ? tr("weights not identifiable")
                                                   : QString::fromStdString(result.message);
        PlotStyle::setNotice(this, axisRect(), why);
    }
    replot(QCustomPlot::rpQueuedReplot);
}

} // namespace lev::ui
