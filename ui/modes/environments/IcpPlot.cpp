// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#include "modes/environments/IcpPlot.h"

#include "environments/EnvironmentsResult.h"
#include "plots/IntervalBars.h"
#include "plots/NumberText.h"
#include "plots/PlainLogTicker.h"
#include "plots/PlotStyle.h"

#include <algorithm>

namespace lev::ui {

namespace {

QString setName(const std::vector<int>& subset, const std::vector<std::string>& features)
{
    if (subset.empty())
        return QStringLiteral("∅");
    QStringList names;
    for (int j : subset)
        names << PlotStyle::featureLabel(features[std::size_t(j)]);
    return QStringLiteral("{%1}").arg(names.join(QStringLiteral(", ")));
}

} // namespace

IcpPlot::IcpPlot(QWidget* parent) : EnvironmentsPlot(parent)
{
    setObjectName(QStringLiteral("icpPlot"));
    PlotStyle::addTitle(this, tr("Invariant causal prediction"));
    m_pRect = new QCPAxisRect(this);
    plotLayout()->insertRow(1);
    plotLayout()->addElement(1, 0, m_pRect);
    m_pRect->setupFullAxesBox(false);
    QCPAxis* px = m_pRect->axis(QCPAxis::atBottom);
    QCPAxis* py = m_pRect->axis(QCPAxis::atLeft);
    py->setScaleType(QCPAxis::stLogarithmic);
    py->setTicker(QSharedPointer<QCPAxisTicker>(new PlainLogTicker));
    py->setRange(kFloor, 1.6);
    py->setLabel(tr("p-value of S"));
    px->setLabel(tr("the feature set S"));
    m_accepted = new QCPBars(px, py);
    m_accepted->setName(tr("accepted: invariant"));
    m_rejected = new QCPBars(px, py);
    m_rejected->setName(tr("rejected"));
    for (QCPBars* bars : {m_accepted, m_rejected}) {
        bars->setWidth(0.6);
        bars->setBaseValue(kFloor);
    }
    m_alpha = new QCPItemStraightLine(this);
    m_alpha->setClipAxisRect(m_pRect);
    m_alpha->point1->setAxes(px, py);
    m_alpha->point2->setAxes(px, py);
    // α named on the right-hand axis, beside the line, where no bar is.
    QCPAxis* alphaAxis = m_pRect->axis(QCPAxis::atRight);
    alphaAxis->setScaleType(QCPAxis::stLogarithmic);
    alphaAxis->setRange(py->range());
    alphaAxis->setTickLabels(true);
    alphaAxis->setSubTicks(false);
    alphaAxis->setTickLength(0, 0);
    m_alphaTicks = QSharedPointer<QCPAxisTickerText>::create();
    alphaAxis->setTicker(m_alphaTicks);

    m_zero = new QCPItemStraightLine(this);
    m_zero->point1->setCoords(0.0, 0.0);
    m_zero->point2->setCoords(1.0, 0.0);
    m_intervals = std::make_unique<IntervalBars>(this, tr("ICP interval"));
    m_causal = addGraph();
    m_causal->setLineStyle(QCPGraph::lsNone);
    m_causal->setName(tr("causal weight"));
    xAxis->setLabel(QString());
    yAxis->setLabel(tr("weight"));
    PlotStyle::placeLegendBelow(this, 4);
    applyStyle();
    PlotStyle::setNotice(this, axisRect(), tr("no result yet"));
}

IcpPlot::~IcpPlot() = default;

void IcpPlot::applyStyle()
{
    PlotStyle::applyTo(this);
    PlotStyle::styleAxisRect(m_pRect);
    for (QCPAxis* axis : m_pRect->axes()) {
        axis->setTickLabelFont(PlotStyle::font(8));
        axis->setLabelFont(PlotStyle::font(9));
        axis->setBasePen(PlotStyle::pen(PlotStyle::foreground(), 1.0));
        axis->setTickLabelColor(PlotStyle::foreground());
        axis->setLabelColor(PlotStyle::foreground());
    }
    m_accepted->setPen(PlotStyle::pen(PlotStyle::estimate(), 1.0));
    m_accepted->setBrush(PlotStyle::faint(PlotStyle::themed(PlotStyle::estimate()), 170));
    m_rejected->setPen(PlotStyle::pen(PlotStyle::neutral(), 1.0));
    m_rejected->setBrush(PlotStyle::faint(PlotStyle::neutral(), 70));
    m_alpha->setPen(PlotStyle::pen(PlotStyle::foreground(), 1.2, Qt::DashLine));
    m_zero->setPen(PlotStyle::pen(PlotStyle::neutral(), 1.0, Qt::DotLine));
    m_intervals->setStyle(PlotStyle::pen(PlotStyle::estimate(), 2.4), PlotStyle::markerSize(12));
    m_causal->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDiamond,
                                              PlotStyle::pen(PlotStyle::causal(), 1.4),
                                              PlotStyle::causal(), PlotStyle::markerSize(11)));
    replot(QCustomPlot::rpQueuedReplot);
}

int IcpPlot::pointCount() const
{
    return m_accepted->dataCount() + m_rejected->dataCount() + m_intervals->count();
}

void IcpPlot::clear()
{
    m_accepted->data()->clear();
    m_rejected->data()->clear();
    m_intervals->clear();
    m_causal->data()->clear();
}

void IcpPlot::showResult(const core::EnvironmentsResult& result)
{
    clear();
    QString title = tr("Invariant causal prediction");
    m_notice.clear();
    if (!result.ok()) {
        m_notice = QString::fromStdString(result.message);
    } else if (result.icpState == core::IcpState::Impossible) {
        m_notice = tr("ICP cannot run: %1").arg(QString::fromStdString(result.icpMessage));
    } else if (result.icpState == core::IcpState::Pending) {
        m_notice = tr("testing every subset of the features…");
    } else if (result.icpState == core::IcpState::Cancelled) {
        m_notice = tr("ICP cancelled: change a setting to run it again");
    }
    QCPAxis* px = m_pRect->axis(QCPAxis::atBottom);
    QSharedPointer<QCPAxisTickerText> subsetTicks(new QCPAxisTickerText);
    const bool icpRan = m_notice.isEmpty();
    if (icpRan) {
        const core::IcpResult& icp = result.icp;
        for (std::size_t i = 0; i < icp.subsets.size(); ++i) {
            const core::IcpSubset& subset = icp.subsets[i];
            subsetTicks->addTick(double(i + 1), setName(subset.features, result.features));
            if (!subset.pValue)
                continue;
            const double value = std::max(kFloor, *subset.pValue);
            (subset.accepted ? m_accepted : m_rejected)->addData(double(i + 1), value);
        }
        px->setRange(0.4, double(icp.subsets.size()) + 0.6);
        const int p = int(result.features.size());
        if (!icp.modelRejected) {
            m_intervals->setIntervals(icp.confidenceIntervals.col(0),
                                      icp.confidenceIntervals.col(1), 0.0);
        }
        for (int j = 0; j < p; ++j)
            m_causal->addData(j + 1, result.causal[j]);
        QStringList found;
        for (int j : icp.causalFeatures)
            found << PlotStyle::featureLabel(result.features[std::size_t(j)]);
        title = icp.modelRejected ? tr("ICP: no set is invariant, so ICP names no cause")
                : found.isEmpty()
                    ? tr("ICP: accepted sets share no feature: no cause named")
                    : tr("ICP names %1 a cause (α = %2)")
                          .arg(found.join(QStringLiteral(", ")), NumberText::of(icp.alpha, 2));
        if (icp.modelRejected)
            m_notice = tr("no interval: no set was accepted");
    }
    PlotStyle::setTitle(this, title);
    px->setTicker(subsetTicks);
    m_alpha->point1->setCoords(0.0, result.settings.alpha);
    m_alpha->point2->setCoords(1.0, result.settings.alpha);
    m_alphaTicks->clear();
    m_alphaTicks->addTick(result.settings.alpha, tr("α"));
    std::vector<std::string> features = result.features;
    if (features.empty())
        features = {"X1"};
    PlotStyle::setFeatureTicks(xAxis, features);
    xAxis->setRange(0.4, double(features.size()) + 0.6);
    QCPRange values;
    if (PlotStyle::dataValueRange({m_intervals->bars(), m_causal}, values))
        PlotStyle::setPaddedRange(yAxis, std::min(0.0, values.lower), std::max(0.0, values.upper),
                                  0.15);
    // Interval bars count as a value range through their centre graph only: widen for the ends.
    if (m_intervals->count() > 0 && !result.icp.modelRejected) {
        const auto& ci = result.icp.confidenceIntervals;
        PlotStyle::setPaddedRange(
            yAxis, std::min({0.0, ci.col(0).minCoeff(), result.causal.minCoeff()}),
            std::max({0.0, ci.col(1).maxCoeff(), result.causal.maxCoeff()}), 0.15);
    }
    // A notice about ICP as a whole on the p-values (the upper panel, axisRect(0)); the missing
    // intervals' reason on the lower panel.
    PlotStyle::setNotice(this, m_pRect, icpRan ? QString() : m_notice);
    PlotStyle::setNotice(this, xAxis->axisRect(), icpRan ? m_notice : QString());
    replot(QCustomPlot::rpQueuedReplot);
}

} // namespace lev::ui
