// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#include "modes/blackbox/CredibilitySweepPlot.h"

#include "blackbox/BlackBoxResult.h"
#include "plots/NumberText.h"
#include "plots/PlotStyle.h"

#include <algorithm>
#include <cmath>
#include <optional>

namespace lev::ui {

namespace {
constexpr double kLowestR2 = -1.0;
constexpr double kLargestKey = 3.0; ///< c = 0.999

double keyOf(double c)
{
    return -std::log10(std::max(1.0 - c, 1e-3));
}

/// Feature j's share in percent (core::CreditShares); nullopt when it cannot be told.
std::optional<double> shareOf(const Eigen::VectorXd& shares, int j)
{
    if (j < 0 || j >= shares.size())
        return std::nullopt;
    return shares[j];
}

QSharedPointer<QCPAxisTickerText> collinearityTicks()
{
    QSharedPointer<QCPAxisTickerText> ticks(new QCPAxisTickerText);
    for (double c : {0.0, 0.9, 0.99, 0.999})
        ticks->addTick(keyOf(c), NumberText::of(c, 3));
    return ticks;
}
} // namespace

CredibilitySweepPlot::CredibilitySweepPlot(QWidget* parent) : BlackBoxPlot(parent)
{
    setObjectName(QStringLiteral("credibilitySweepPlot"));
    QCPAxisRect* r2Rect = axisRect();
    m_creditRect = new QCPAxisRect(this, true);
    plotLayout()->addElement(1, 0, m_creditRect);
    auto* columns = new QCPMarginGroup(this);
    r2Rect->setMarginGroup(QCP::msLeft | QCP::msRight, columns);
    m_creditRect->setMarginGroup(QCP::msLeft | QCP::msRight, columns);
    PlotStyle::addTitle(this, tr("Sweep over collinearity"));

    xAxis->setTicker(collinearityTicks());
    xAxis->setTickLabels(false);
    xAxis->setRange(-0.1, kLargestKey + 0.1);
    yAxis->setLabel(tr("R²"));
    yAxis->setRange(kLowestR2 - 0.05, 1.05);
    QCPAxis* creditKeys = m_creditRect->axis(QCPAxis::atBottom);
    QCPAxis* credit = m_creditRect->axis(QCPAxis::atLeft);
    creditKeys->setTicker(collinearityTicks());
    creditKeys->setLabel(tr("collinearity c"));
    creditKeys->setRange(-0.1, kLargestKey + 0.1);
    credit->setLabel(tr("credit (%)"));
    credit->setRange(-4.0, 104.0);

    m_observed = addGraph(xAxis, yAxis);
    m_observed->setName(tr("held-out R²"));
    m_interventional = addGraph(xAxis, yAxis);
    m_interventional->setName(tr("do(X) R²"));
    m_causal = addGraph(creditKeys, credit);
    m_shap = addGraph(creditKeys, credit);
    m_permutation = addGraph(creditKeys, credit);
    for (int i = 0; i < 2; ++i) {
        m_marks[i] = new QCPItemStraightLine(this);
        m_marks[i]->setClipAxisRect(i == 0 ? r2Rect : m_creditRect);
        for (QCPItemPosition* end : {m_marks[i]->point1, m_marks[i]->point2})
            end->setAxes(i == 0 ? xAxis : creditKeys, i == 0 ? yAxis : credit);
        m_marks[i]->setLayer(QStringLiteral("grid"));
    }
    legend->setVisible(true);
    PlotStyle::placeLegendBelow(this, 3);
    applyStyle();
}

void CredibilitySweepPlot::applyStyle()
{
    PlotStyle::applyTo(this);
    PlotStyle::styleAxisRect(m_creditRect);
    const double marker = PlotStyle::markerSize(5);
    auto style = [&](QCPGraph* graph, const QColor& colour, Qt::PenStyle line) {
        graph->setPen(PlotStyle::pen(PlotStyle::themed(colour), 2.0, line));
        graph->setScatterStyle(
            QCPScatterStyle(QCPScatterStyle::ssDisc, PlotStyle::themed(colour), marker));
    };
    style(m_observed, PlotStyle::population(), Qt::SolidLine);
    style(m_interventional, PlotStyle::interventional(), Qt::SolidLine);
    style(m_causal, PlotStyle::causal(), Qt::SolidLine);
    style(m_shap, PlotStyle::estimate(), Qt::SolidLine);
    style(m_permutation, PlotStyle::estimate(), Qt::DashLine);
    m_permutation->setScatterStyle(QCPScatterStyle(
        QCPScatterStyle::ssCircle, PlotStyle::themed(PlotStyle::estimate()), marker));
    for (QCPItemStraightLine* mark : m_marks)
        mark->setPen(PlotStyle::pen(PlotStyle::neutral(), 1.2, Qt::DotLine));
    replot(QCustomPlot::rpQueuedReplot);
}

void CredibilitySweepPlot::showResult(const core::BlackBoxResult& result)
{
    m_feature = result.partialDependence.feature;
    m_featureName = m_feature >= 0 && m_feature < int(result.features.size())
                        ? PlotStyle::featureLabel(result.features[std::size_t(m_feature)])
                        : QStringLiteral("X");
    redraw();
}

void CredibilitySweepPlot::showSweep(const std::vector<core::BlackBoxSweepPoint>& points)
{
    m_points = points;
    redraw();
}

void CredibilitySweepPlot::setCollinearity(double c)
{
    m_collinearity = c;
    redraw();
}

void CredibilitySweepPlot::redraw()
{
    m_shap->setName(tr("%1's share of |SHAP|").arg(m_featureName));
    m_permutation->setName(tr("of permutation imp."));
    m_causal->setName(tr("of the causal effect"));
    QVector<double> keys[5], values[5];
    QCPGraph* graphs[5] = {m_observed, m_interventional, m_causal, m_shap, m_permutation};
    for (const core::BlackBoxSweepPoint& point : m_points) {
        if (point.causalEffect.size() == 0)
            continue; // not computed yet
        const double key = keyOf(point.collinearity);
        const std::optional<double> known[5] = {
            std::isfinite(point.r2Observational)
                ? std::optional<double>(std::max(point.r2Observational, kLowestR2))
                : std::nullopt,
            std::isfinite(point.r2Interventional)
                ? std::optional<double>(std::max(point.r2Interventional, kLowestR2))
                : std::nullopt,
            shareOf(point.credit.causal, m_feature), shareOf(point.credit.shap, m_feature),
            shareOf(point.credit.permutation, m_feature)};
        for (int i = 0; i < 5; ++i)
            if (known[i]) {
                keys[i] << key;
                values[i] << *known[i];
            }
    }
    for (int i = 0; i < 5; ++i)
        graphs[i]->setData(keys[i], values[i], true);
    const bool any = !keys[0].isEmpty();
    for (QCPItemStraightLine* mark : m_marks) {
        mark->point1->setCoords(keyOf(m_collinearity), 0.0);
        mark->point2->setCoords(keyOf(m_collinearity), 1.0);
    }
    PlotStyle::setNotice(this, axisRect(),
                         any ? QString() : (m_points.empty() ? tr("no sweep") : tr("sweeping c…")));
    replot(QCustomPlot::rpQueuedReplot);
}

int CredibilitySweepPlot::pointCount() const
{
    return m_observed->dataCount() + m_interventional->dataCount() + m_causal->dataCount() +
           m_shap->dataCount() + m_permutation->dataCount();
}

} // namespace lev::ui
