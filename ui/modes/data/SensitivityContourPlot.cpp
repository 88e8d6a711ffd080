// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#include "modes/data/SensitivityContourPlot.h"

#include "modes/data/DataNarrative.h"
#include "modes/data/WrappingTextElement.h"
#include "plots/ContourLines.h"
#include "plots/PlotStyle.h"

#include <algorithm>
#include <cmath>

namespace lev::ui {

namespace {
/// Round contour levels drawn besides the bold one.
constexpr int kLevels = 7;
/// Where along a contour (fraction of its points) its level is written.
constexpr double kLabelAt = 0.5;
/// Room above R²_Y = 1 for the marker of a bound capped there, in units of R².
constexpr double kCappedRoom = 0.04;

QString shortNumber(double value)
{
    return QString::number(value, 'g', 3);
}
} // namespace

SensitivityContourPlot::SensitivityContourPlot(QWidget* parent) : QCustomPlot(parent)
{
    setObjectName(QStringLiteral("sensitivityContourPlot"));
    PlotStyle::addTitle(this, tr("Sensitivity to a hidden confounder Z"));
    PlotStyle::placeLegendBelow(this, 3);
    m_note = new WrappingTextElement(this);
    m_note->setObjectName(QStringLiteral("boundNote"));
    clear(tr("choose a feature D under “Sensitivity” to see how strong a hidden confounder "
             "would have to be"));
}

void SensitivityContourPlot::clear(const QString& notice)
{
    m_have = false;
    m_report = core::SensitivityReport();
    m_notice = notice;
    drawContours();
}

void SensitivityContourPlot::showReport(const core::SensitivityReport& report,
                                        const QString& outcome)
{
    if (!report.ok) {
        // The narrative's wording (the core's names the command-line option).
        clear(DataNarrative::sensitivity(report, outcome).join(QLatin1Char(' ')));
        return;
    }
    m_report = report;
    m_outcome = outcome;
    m_have = true;
    drawContours();
}

void SensitivityContourPlot::setShowT(bool on)
{
    if (m_showT == on)
        return;
    m_showT = on;
    drawContours();
}

void SensitivityContourPlot::applyStyle()
{
    PlotStyle::applyTo(this);
    drawContours();
}

QCPCurve* SensitivityContourPlot::addLine(const QPolygonF& line, const QPen& pen)
{
    auto* curve = new QCPCurve(xAxis, yAxis);
    QVector<double> keys;
    QVector<double> values;
    for (const QPointF& point : line) {
        keys << point.x();
        values << point.y();
    }
    curve->setData(keys, values);
    curve->setPen(pen);
    curve->setScatterStyle(QCPScatterStyle::ssNone);
    return curve;
}

void SensitivityContourPlot::drawContours()
{
    clearPlottables();
    clearItems(); // the notice is made again by setNotice when needed
    m_thresholdLine.clear();
    m_benchmarkLabels.clear();
    m_unadjusted = nullptr;
    m_benchmarks = nullptr;
    PlotStyle::applyTo(this);
    const QString treatment = QString::fromStdString(m_report.treatment);
    xAxis->setLabel(tr("R²(D ~ Z | X): the confounder's partial R² with %1")
                        .arg(treatment.isEmpty() ? tr("the treatment D") : treatment));
    yAxis->setLabel(tr("R²(Y ~ Z | D, X): its partial R²\nwith %1")
                        .arg(m_outcome.isEmpty() ? tr("the outcome Y") : m_outcome));
    m_note->setFont(PlotStyle::font(8));
    m_note->setTextColor(PlotStyle::foreground());
    if (!m_have) {
        m_note->showBelow(QString());
        PlotStyle::setTitle(this, tr("Sensitivity to a hidden confounder Z"));
        xAxis->setRange(0.0, 0.5);
        yAxis->setRange(0.0, 0.5);
        PlotStyle::setLegendEntries(this, {});
        PlotStyle::setNotice(this, axisRect(), m_notice);
        replot(QCustomPlot::rpQueuedReplot);
        return;
    }
    PlotStyle::setTitle(
        this, m_showT ? tr("t-value of %1 adjusted for a hidden confounder Z").arg(treatment)
                      : tr("Weight of %1 adjusted for a hidden confounder Z").arg(treatment));
    const Eigen::VectorXd& axis = m_report.gridAxis;
    const Eigen::MatrixXd& grid = m_showT ? m_report.gridT : m_report.gridEstimate;
    // A negative weight's t-values are negative: its critical line is at −t*.
    const double threshold = m_showT ? std::copysign(m_report.criticalT, m_report.t) : 0.0;

    // The other levels, thin and grey, each labelled once.
    const QPen thin = PlotStyle::pen(PlotStyle::neutral(), 1.0);
    const QFont labelFont = PlotStyle::font(8);
    for (double level :
         ContourLines::roundLevels(grid.minCoeff(), grid.maxCoeff(), kLevels, threshold)) {
        const std::vector<QPolygonF> lines = ContourLines::trace(axis, axis, grid, level);
        const QPolygonF* longest = nullptr;
        for (const QPolygonF& line : lines) {
            addLine(line, thin)->setName(tr("contours"));
            if (!longest || line.size() > longest->size())
                longest = &line;
        }
        if (longest && !longest->isEmpty()) {
            auto* label = new QCPItemText(this);
            label->position->setCoords(longest->at(int(kLabelAt * (longest->size() - 1))));
            label->setText(shortNumber(level));
            label->setFont(labelFont);
            label->setColor(PlotStyle::foreground());
            label->setBrush(QBrush(QColor(255, 255, 255, 210)));
            label->setClipToAxisRect(true);
        }
    }

    // The bold line: where the weight is explained away (or no longer significant).
    m_thresholdLine = ContourLines::trace(axis, axis, grid, threshold);
    QCPCurve* bold = nullptr;
    for (const QPolygonF& line : m_thresholdLine) {
        QCPCurve* curve = addLine(line, PlotStyle::pen(PlotStyle::estimate(), 2.6, Qt::DashLine));
        if (!bold) {
            bold = curve;
            bold->setName(m_showT ? tr("t = %1: no longer significant at α = %2")
                                        .arg(shortNumber(threshold), shortNumber(m_report.alpha))
                                  : tr("0: the weight explained away"));
        }
    }

    const double markerSize = PlotStyle::markerSize(9);
    m_unadjusted = addGraph();
    m_unadjusted->setLineStyle(QCPGraph::lsNone);
    m_unadjusted->setScatterStyle(QCPScatterStyle(
        QCPScatterStyle::ssTriangle, PlotStyle::foreground(), PlotStyle::foreground(), markerSize));
    m_unadjusted->addData(0.0, 0.0);
    m_unadjusted->setName(m_showT ? tr("unadjusted (t = %1)").arg(shortNumber(m_report.t))
                                  : tr("unadjusted (%1)").arg(shortNumber(m_report.estimate)));

    QList<QCPAbstractPlottable*> entries;
    if (bold)
        entries << bold;
    entries << m_unadjusted;
    if (!m_report.bounds.empty()) {
        m_benchmarks = addGraph();
        m_benchmarks->setLineStyle(QCPGraph::lsNone);
        m_benchmarks->setScatterStyle(QCPScatterStyle(
            QCPScatterStyle::ssDiamond, PlotStyle::estimate(), PlotStyle::estimate(), markerSize));
        m_benchmarks->setName(
            tr("k × %1 (adjusted)").arg(QString::fromStdString(m_report.benchmark)));
        m_benchmarks->setLayer(QStringLiteral("axes")); // over the labels' boxes
        for (const core::SensitivityBound& bound : m_report.bounds) {
            m_benchmarks->addData(bound.r2dzX, bound.r2yzDx);
            auto* label = new QCPItemText(this);
            label->position->setCoords(bound.r2dzX, bound.r2yzDx);
            label->setPositionAlignment(Qt::AlignLeft | Qt::AlignVCenter);
            label->setPadding(QMargins(int(markerSize), 0, 0, 0));
            // At R²_Y = 1 (capped) the adjusted standard error is 0: no t-value.
            const QString value = !m_showT ? shortNumber(bound.adjustedEstimate)
                                  : std::isfinite(bound.adjustedT) ? shortNumber(bound.adjustedT)
                                                                   : tr("t undefined");
            label->setText(
                tr("%1× %2 (%3)")
                    .arg(shortNumber(bound.kd), QString::fromStdString(m_report.benchmark), value));
            label->setFont(PlotStyle::font(9));
            label->setColor(PlotStyle::themed(PlotStyle::estimate()).darker(120));
            label->setBrush(QBrush(QColor(255, 255, 255, 210))); // over the bold line, readable
            m_benchmarkLabels << label;
        }
        entries << m_benchmarks;
    }
    PlotStyle::setLegendEntries(this, entries);
    const double top = axis.size() > 0 ? axis[axis.size() - 1] : 1.0;
    xAxis->setRange(0.0, top);
    // A bound at R²_Y = 1 (capped) lies above the grid: the axis reaches it, with room for its
    // marker.
    const bool capped =
        std::any_of(m_report.bounds.begin(), m_report.bounds.end(),
                    [](const core::SensitivityBound& b) { return b.outcomeCapped; });
    yAxis->setRange(0.0, capped ? 1.0 + kCappedRoom : top);
    m_note->showBelow(DataNarrative::boundProblems(m_report, m_outcome));
    replot(QCustomPlot::rpQueuedReplot);
}

QList<QPointF> SensitivityContourPlot::benchmarkPoints() const
{
    QList<QPointF> points;
    if (m_benchmarks)
        for (auto it = m_benchmarks->data()->constBegin(); it != m_benchmarks->data()->constEnd();
             ++it)
            points << QPointF(it->key, it->value);
    return points;
}

QString SensitivityContourPlot::boundNote() const
{
    return m_note->text();
}

QStringList SensitivityContourPlot::benchmarkLabels() const
{
    QStringList labels;
    for (const QCPItemText* label : m_benchmarkLabels)
        labels << label->text();
    return labels;
}

} // namespace lev::ui
