// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#include "modes/data/CrossValidationPlot.h"

#include "plots/PlotStyle.h"

#include <algorithm>
#include <utility>

namespace lev::ui {

namespace {
constexpr double kBarWidth = 0.6;
// Past −1 a cross-validated R² would flatten the others into a line: the axis stops there.
constexpr double kLowestR2Shown = -1.0;
const QString kBehindBars = QStringLiteral("behindBars");
} // namespace

CrossValidationPlot::CrossValidationPlot(QWidget* parent) : QCustomPlot(parent)
{
    setObjectName(QStringLiteral("dataCrossValidationPlot"));
    PlotStyle::addTitle(this, tr("Cross-validated R²"));

    m_ticker.reset(new QCPAxisTickerText);
    xAxis->setTicker(m_ticker);
    xAxis->grid()->setVisible(false);
    xAxis->setTickLength(0, 0);
    xAxis->setSubTicks(false);
    yAxis->setLabel(tr("R²"));

    // The in-sample line and the value labels behind the bars, the labels above the line: the
    // bars' edges show in full and the line passes behind the values.
    addLayer(kBehindBars, layer(QStringLiteral("main")), QCustomPlot::limBelow);
    m_inSample = addGraph();
    m_inSample->setLayer(kBehindBars);
    m_bars = new QCPBars(xAxis, yAxis);
    m_bars->setWidth(kBarWidth);

    PlotStyle::placeLegendBelow(this, 2);
    applyStyle();
    clear();
}

void CrossValidationPlot::applyStyle()
{
    PlotStyle::applyTo(this);
    m_bars->setPen(PlotStyle::pen(PlotStyle::population().darker(120), 1.0));
    m_bars->setBrush(PlotStyle::population());
    m_inSample->setPen(PlotStyle::pen(PlotStyle::estimate(), 1.6, Qt::DashLine));
    for (QCPItemText* text : std::as_const(m_labels))
        styleLabel(text);
    replot(QCustomPlot::rpQueuedReplot);
}

void CrossValidationPlot::styleLabel(QCPItemText* text)
{
    text->setFont(PlotStyle::font(8));
    text->setColor(QColor(30, 30, 30));
    // On white, so the in-sample line passes behind the value it is compared with.
    text->setBrush(QColor(255, 255, 255, 220));
    const int pad = qRound(2 * PlotStyle::scale());
    text->setPadding(QMargins(pad, pad, pad, pad));
}

QCPItemText* CrossValidationPlot::label(int i)
{
    while (m_labels.size() <= i) {
        auto* text = new QCPItemText(this);
        text->setLayer(kBehindBars);
        text->position->setAxes(xAxis, yAxis);
        styleLabel(text);
        m_labels.append(text);
    }
    return m_labels.at(i);
}

int CrossValidationPlot::pointCount() const
{
    return m_bars->dataCount() + (m_inSample->dataCount() > 0 ? 1 : 0);
}

void CrossValidationPlot::clear()
{
    showScores({}, {}, 0, std::nullopt, QString());
}

void CrossValidationPlot::showScores(const QStringList& estimators,
                                     const std::vector<std::optional<double>>& cvR2, int folds,
                                     std::optional<double> inSampleR2, const QString& inSampleLabel)
{
    Q_ASSERT(static_cast<std::size_t>(estimators.size()) == cvR2.size());
    const int count = static_cast<int>(std::min<std::size_t>(estimators.size(), cvR2.size()));

    // At least [0, 1]; lower for a negative R², but not below −1; room above for the labels.
    double low = 0.0;
    double high = 1.0;
    std::vector<std::optional<double>> values(cvR2.begin(), cvR2.begin() + count);
    values.push_back(inSampleR2);
    for (const std::optional<double>& value : values) {
        if (value) {
            low = std::min(low, *value);
            high = std::max(high, *value);
        }
    }
    const double shownLow = std::max(low, kLowestR2Shown);
    const double span = high - shownLow;
    const double bottom = shownLow - (shownLow < 0.0 ? 0.1 * span : 0.0);
    yAxis->setRange(bottom, high + 0.14 * span);
    xAxis->setRange(0.4, std::max(count, 1) + 0.6);

    m_ticker->clear();
    QVector<double> keys, heights;
    for (int i = 0; i < count; ++i) {
        const double at = i + 1;
        m_ticker->addTick(at, estimators.at(i));
        QCPItemText* text = label(i);
        const std::optional<double>& value = cvR2[static_cast<std::size_t>(i)];
        if (!value) {
            text->setText(tr("n/a"));
            text->position->setCoords(at, 0.0);
            text->setPositionAlignment(Qt::AlignHCenter | Qt::AlignBottom);
        } else if (*value < bottom) { // cut at the bottom of the axis, the value on the bar
            keys.append(at);
            heights.append(*value);
            text->setText(QStringLiteral("%1 ↓").arg(*value, 0, 'f', 3));
            text->position->setCoords(at, bottom);
            text->setPositionAlignment(Qt::AlignHCenter | Qt::AlignBottom);
        } else {
            keys.append(at);
            heights.append(*value);
            text->setText(QString::number(*value, 'f', 3));
            text->position->setCoords(at, *value);
            text->setPositionAlignment(Qt::AlignHCenter |
                                       (*value < 0.0 ? Qt::AlignTop : Qt::AlignBottom));
        }
        // A cut bar's value is on the bar: last on the main layer, above the bars.
        text->setLayer(value && *value < bottom ? QStringLiteral("main") : kBehindBars);
        text->setVisible(true);
    }
    for (int i = count; i < m_labels.size(); ++i)
        m_labels.at(i)->setVisible(false);
    m_bars->setData(keys, heights, true);
    m_bars->setName(folds > 1 ? tr("cross-validated R², %1 folds").arg(folds)
                              : tr("cross-validated R²"));

    if (inSampleR2) {
        const QCPRange keyRange = xAxis->range();
        m_inSample->setData(QVector<double>{keyRange.lower, keyRange.upper},
                            QVector<double>{*inSampleR2, *inSampleR2}, true);
    } else {
        m_inSample->data()->clear();
    }
    m_inSample->setName(inSampleLabel.isEmpty() ? tr("in-sample R²") : inSampleLabel);

    QList<QCPAbstractPlottable*> entries;
    if (count > 0)
        entries << m_bars;
    if (inSampleR2)
        entries << m_inSample;
    PlotStyle::setLegendEntries(this, entries);
    PlotStyle::setTitle(this, folds > 1 ? tr("Cross-validated R² (%1-fold)").arg(folds)
                                        : tr("Cross-validated R²"));
    PlotStyle::setNotice(this, axisRect(), count > 0 ? QString() : tr("no scores"));
    replot(QCustomPlot::rpQueuedReplot);
}

} // namespace lev::ui
