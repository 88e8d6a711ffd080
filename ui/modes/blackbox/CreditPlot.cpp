// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#include "modes/blackbox/CreditPlot.h"

#include "blackbox/BlackBoxResult.h"
#include "plots/PlotStyle.h"

#include <algorithm>

namespace lev::ui {

namespace {
constexpr int kSeries = CreditPlot::kSeries;
constexpr double kWidth = 0.2;
constexpr double kOffsets[kSeries] = {-0.3, -0.1, 0.1, 0.3};

QVector<double> toVector(const Eigen::VectorXd& values)
{
    return QVector<double>(values.data(), values.data() + values.size());
}
} // namespace

CreditPlot::CreditPlot(QWidget* parent) : BlackBoxPlot(parent)
{
    setObjectName(QStringLiteral("creditPlot"));
    PlotStyle::addTitle(this, tr("Who gets the credit"));
    yAxis->setLabel(tr("share of the total (%)"));
    xAxis->grid()->setVisible(false);
    xAxis->setTickLength(0, 0);
    const QString names[kSeries] = {tr("permutation importance"), tr("mean |SHAP|"),
                                    tr("linear |weight|"), tr("true causal effect |ACE|")};
    for (int i = 0; i < kSeries; ++i) {
        m_bars[i] = new QCPBars(xAxis, yAxis);
        m_bars[i]->setWidth(kWidth);
        m_bars[i]->setName(names[i]);
    }
    legend->setVisible(true);
    PlotStyle::placeLegendBelow(this, 2);
    applyStyle();
}

void CreditPlot::applyStyle()
{
    PlotStyle::applyTo(this);
    const QColor model = PlotStyle::themed(PlotStyle::estimate());
    const QColor truth = PlotStyle::themed(PlotStyle::causal());
    const QColor linear = PlotStyle::themed(PlotStyle::neutral());
    // Both tools read the model: vermillion, the permutation hatched; the linear estimator's
    // weights grey, a reference; the truth green.
    m_bars[0]->setPen(PlotStyle::pen(model, 1.2));
    m_bars[0]->setBrush(QBrush(model, Qt::BDiagPattern));
    m_bars[1]->setPen(PlotStyle::pen(model, 1.2));
    m_bars[1]->setBrush(PlotStyle::faint(model, 200));
    m_bars[2]->setPen(PlotStyle::pen(linear, 1.2));
    m_bars[2]->setBrush(PlotStyle::faint(linear, 160));
    m_bars[3]->setPen(PlotStyle::pen(truth, 1.2));
    m_bars[3]->setBrush(PlotStyle::faint(truth, 200));
    PlotStyle::setFeatureTicks(xAxis, m_features);
    replot(QCustomPlot::rpQueuedReplot);
}

void CreditPlot::showResult(const core::BlackBoxResult& result)
{
    m_features = result.features;
    const int p = int(result.features.size());
    const core::CreditShares& credit = result.credit;
    const QVector<double> shares[kSeries] = {toVector(credit.permutation), toVector(credit.shap),
                                             toVector(credit.linear), toVector(credit.causal)};
    const bool fitted = result.replicationsDone > 0;
    double low = 0.0;
    for (int i = 0; i < kSeries; ++i) {
        QVector<double> keys;
        const bool shown = shares[i].size() == p && (i == kSeries - 1 || fitted);
        for (int j = 0; shown && j < p; ++j)
            keys << j + 1 + kOffsets[i];
        m_bars[i]->setData(keys, shown ? shares[i] : QVector<double>{}, true);
        for (double v : shown ? shares[i] : QVector<double>{})
            low = std::min(low, v);
    }
    PlotStyle::setFeatureTicks(xAxis, m_features);
    xAxis->setRange(0.4, p + 0.6);
    yAxis->setRange(low < 0.0 ? low - 5.0 : 0.0, 108.0);
    PlotStyle::setNotice(
        this, axisRect(),
        p == 0 ? QString::fromStdString(result.message)
               : (!fitted ? tr("fitting…") : (credit.shap.size() == 0 ? tr("SHAP…") : QString())),
        p == 0 ? Qt::Alignment(Qt::AlignCenter) : (Qt::AlignTop | Qt::AlignRight));
    replot(QCustomPlot::rpQueuedReplot);
}

int CreditPlot::pointCount() const
{
    int count = 0;
    for (const QCPBars* bars : m_bars)
        count += bars->dataCount();
    return count;
}

QVector<double> CreditPlot::shares(int series) const
{
    QVector<double> values;
    for (auto it = m_bars[series]->data()->constBegin(); it != m_bars[series]->data()->constEnd();
         ++it)
        values << it->value;
    return values;
}

} // namespace lev::ui
