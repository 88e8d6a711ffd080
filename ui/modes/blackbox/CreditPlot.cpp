// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#include "modes/blackbox/CreditPlot.h"

#include "blackbox/BlackBoxResult.h"
#include "plots/PlotStyle.h"

#include <algorithm>
#include <cmath>

namespace lev::ui {

namespace {
constexpr double kWidth = 0.26;
constexpr double kOffsets[3] = {-0.28, 0.0, 0.28};

/// Each value as a percentage of the sum of the magnitudes; empty when that sum is not positive
/// or a value is not finite.
QVector<double> sharesOf(const Eigen::VectorXd& values, bool magnitude)
{
    if (values.size() == 0 || !values.array().isFinite().all())
        return {};
    const double total = values.cwiseAbs().sum();
    if (!(total > 0.0))
        return QVector<double>(int(values.size()), 0.0);
    QVector<double> shares;
    for (Eigen::Index j = 0; j < values.size(); ++j)
        shares << 100.0 * (magnitude ? std::abs(values[j]) : values[j]) / total;
    return shares;
}
} // namespace

CreditPlot::CreditPlot(QWidget* parent) : BlackBoxPlot(parent)
{
    setObjectName(QStringLiteral("creditPlot"));
    PlotStyle::addTitle(this, tr("Who gets the credit"));
    yAxis->setLabel(tr("share of the total (%)"));
    xAxis->grid()->setVisible(false);
    xAxis->setTickLength(0, 0);
    const QString names[3] = {tr("permutation importance"), tr("mean |SHAP|"),
                              tr("true causal effect |ACE|")};
    for (int i = 0; i < 3; ++i) {
        m_bars[i] = new QCPBars(xAxis, yAxis);
        m_bars[i]->setWidth(kWidth);
        m_bars[i]->setName(names[i]);
    }
    legend->setVisible(true);
    PlotStyle::placeLegendBelow(this, 3);
    applyStyle();
}

void CreditPlot::applyStyle()
{
    PlotStyle::applyTo(this);
    const QColor model = PlotStyle::themed(PlotStyle::estimate());
    const QColor truth = PlotStyle::themed(PlotStyle::causal());
    // Both tools read the model: vermillion, the permutation hatched; the truth green.
    m_bars[0]->setPen(PlotStyle::pen(model, 1.2));
    m_bars[0]->setBrush(QBrush(model, Qt::BDiagPattern));
    m_bars[1]->setPen(PlotStyle::pen(model, 1.2));
    m_bars[1]->setBrush(PlotStyle::faint(model, 200));
    m_bars[2]->setPen(PlotStyle::pen(truth, 1.2));
    m_bars[2]->setBrush(PlotStyle::faint(truth, 200));
    PlotStyle::setFeatureTicks(xAxis, m_features);
    replot(QCustomPlot::rpQueuedReplot);
}

void CreditPlot::showResult(const core::BlackBoxResult& result)
{
    m_features = result.features;
    const int p = int(result.features.size());
    const QVector<double> shares[3] = {sharesOf(result.permutationImportance, false),
                                       sharesOf(result.meanAbsShap, true),
                                       sharesOf(result.causalEffect, true)};
    const bool fitted = result.replicationsDone > 0;
    double low = 0.0;
    for (int i = 0; i < 3; ++i) {
        QVector<double> keys;
        const bool shown = shares[i].size() == p && (i == 2 || fitted);
        for (int j = 0; shown && j < p; ++j)
            keys << j + 1 + kOffsets[i];
        m_bars[i]->setData(keys, shown ? shares[i] : QVector<double>{}, true);
        for (double v : shown ? shares[i] : QVector<double>{})
            low = std::min(low, v);
    }
    PlotStyle::setFeatureTicks(xAxis, m_features);
    xAxis->setRange(0.4, p + 0.6);
    yAxis->setRange(low < 0.0 ? low - 5.0 : 0.0, 108.0);
    PlotStyle::setNotice(this, axisRect(),
                         p == 0 ? QString::fromStdString(result.message)
                                : (fitted ? QString() : tr("fitting…")),
                         fitted ? Qt::Alignment(Qt::AlignCenter) : (Qt::AlignTop | Qt::AlignRight));
    replot(QCustomPlot::rpQueuedReplot);
}

int CreditPlot::pointCount() const
{
    return m_bars[0]->dataCount() + m_bars[1]->dataCount() + m_bars[2]->dataCount();
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
