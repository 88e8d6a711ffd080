// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#include "modes/simulation/EffectLinesPlot.h"

#include "plots/PlotStyle.h"
#include "simulation/RecomputeResult.h"

#include <algorithm>
#include <cmath>

namespace lev::ui {

namespace {
constexpr int kMaxRows = 1000;     // rows of the draw shown behind the lines
constexpr double kHalfWidth = 3.0; // the lines span ±3 SD of X₁

void setLine(QCPGraph* graph, double slope, double left, double right)
{
    graph->setData(QVector<double>{left, right}, QVector<double>{slope * left, slope * right},
                   true);
}
} // namespace

EffectLinesPlot::EffectLinesPlot(QWidget* parent) : ResultPlot(parent)
{
    setObjectName(QStringLiteral("effectLinesPlot"));
    PlotStyle::addTitle(this, tr("Conditioning vs intervening on X₁"));
    xAxis->setLabel(tr("X₁"));
    yAxis->setLabel(tr("Y"));

    m_data = addGraph();
    m_data->setName(tr("data (one draw)"));
    m_data->setLineStyle(QCPGraph::lsNone);
    m_data->removeFromLegend();

    auto lines = [this](Lines& l) {
        l.conditioning = addGraph();
        l.intervening = addGraph();
        l.model = addGraph();
    };
    // The pinned lines first and on a layer of their own: behind the live ones.
    lines(m_pinned);
    for (QCPGraph* ghost : {m_pinned.conditioning, m_pinned.intervening, m_pinned.model}) {
        ghost->setLayer(PlotStyle::pinnedLayer(this));
        ghost->removeFromLegend();
    }
    lines(m_live);
    m_live.conditioning->setName(tr("E[Y | X₁=x]"));
    m_live.intervening->setName(tr("E[Y | do(X₁=x)]"));
    m_live.model->setName(tr("model w₁·x"));

    legend->setVisible(true);
    axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignTop | Qt::AlignLeft);
    applyStyle();
    clearData();
}

void EffectLinesPlot::applyStyle()
{
    PlotStyle::applyTo(this);
    m_data->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, QColor(150, 150, 150, 70),
                                            PlotStyle::markerSize(3.5)));
    // E[Y | X₁] wider and below the others, so it still shows where the lines coincide.
    m_live.conditioning->setPen(PlotStyle::pen(PlotStyle::population(), 4.5));
    m_live.intervening->setPen(PlotStyle::pen(PlotStyle::causal(), 2.2));
    m_live.model->setPen(PlotStyle::pen(PlotStyle::estimate(), 2.2, Qt::DashLine));
    m_pinned.conditioning->setPen(PlotStyle::ghostPen(PlotStyle::population(), 3.0));
    m_pinned.intervening->setPen(PlotStyle::ghostPen(PlotStyle::causal(), 2.0));
    m_pinned.model->setPen(
        PlotStyle::pen(PlotStyle::ghost(PlotStyle::estimate()), 2.0, Qt::DotLine));
    replot(QCustomPlot::rpQueuedReplot);
}

void EffectLinesPlot::clear(const Lines& lines)
{
    lines.conditioning->data()->clear();
    lines.intervening->data()->clear();
    lines.model->data()->clear();
}

void EffectLinesPlot::clearData()
{
    m_data->data()->clear();
    clear(m_live);
}

int EffectLinesPlot::pointCount() const
{
    return m_data->dataCount() + m_live.conditioning->dataCount() +
           m_live.intervening->dataCount() + m_live.model->dataCount();
}

int EffectLinesPlot::pinnedPointCount() const
{
    return m_pinned.conditioning->dataCount() + m_pinned.intervening->dataCount() +
           m_pinned.model->dataCount();
}

bool EffectLinesPlot::fill(const Lines& lines, const core::RecomputeResult& result)
{
    const core::PopulationTruth& truth = result.truth;
    if (result.status == core::RecomputeStatus::InvalidSettings ||
        truth.conditionalSlopes.size() == 0 || truth.totalEffects.size() == 0) {
        clear(lines);
        return false;
    }
    const Eigen::MatrixXd covariance = truth.featureCovariance();
    double sd = covariance.size() > 0 ? std::sqrt(std::max(covariance(0, 0), 0.0)) : 0.0;
    if (!(sd > 0.0))
        sd = 1.0; // a constant X₁: still show the slopes over a unit range
    const double left = -kHalfWidth * sd;
    const double right = kHalfWidth * sd;
    setLine(lines.conditioning, truth.conditionalSlopes[0], left, right);
    setLine(lines.intervening, truth.totalEffects[0], left, right);
    const Eigen::VectorXd& weightMean = result.monteCarlo.weightMean;
    if (weightMean.size() > 0)
        setLine(lines.model, weightMean[0], left, right);
    else
        lines.model->data()->clear();
    return true;
}

void EffectLinesPlot::showResult(const core::RecomputeResult& result)
{
    if (!fill(m_live, result)) {
        clearData();
        fitAxes();
        PlotStyle::setNotice(this, axisRect(),
                             result.message.empty() ? tr("no model")
                                                    : QString::fromStdString(result.message));
        replot(QCustomPlot::rpQueuedReplot);
        return;
    }

    const core::PopulationTruth& truth = result.truth;
    xAxis->setLabel(truth.features.empty() ? tr("X₁") : PlotStyle::featureLabel(truth.features[0]));
    if (m_live.model->dataCount() > 0) {
        PlotStyle::setNotice(this, axisRect(), QString());
    } else {
        const QString why = result.message.empty() ? tr("weights not identifiable")
                                                   : QString::fromStdString(result.message);
        PlotStyle::setNotice(this, axisRect(), tr("no model line: %1").arg(why));
    }

    // The draw's (X₁, Y) behind the lines; points beyond ±3 SD are cut off by the x range.
    const Eigen::MatrixXd& features = result.draw.features;
    const Eigen::VectorXd& outcome = result.draw.outcome;
    QVector<double> keys, values;
    if (features.cols() > 0 && outcome.size() == features.rows()) {
        const int rows = std::min<int>(static_cast<int>(features.rows()), kMaxRows);
        keys.reserve(rows);
        values.reserve(rows);
        for (int i = 0; i < rows; ++i) {
            keys.append(features(i, 0));
            values.append(outcome[i]);
        }
    }
    m_data->setData(keys, values);
    fitAxes();
    replot(QCustomPlot::rpQueuedReplot);
}

void EffectLinesPlot::showPinned(const core::RecomputeResult* pinned)
{
    if (pinned)
        fill(m_pinned, *pinned);
    else
        clear(m_pinned);
    PlotStyle::setPinnedLegendEntry(this, pinnedPointCount() > 0);
    fitAxes();
    replot(QCustomPlot::rpQueuedReplot);
}

void EffectLinesPlot::fitAxes()
{
    const QList<QCPAbstractPlottable*> lines{m_live.conditioning,  m_live.intervening,
                                             m_live.model,         m_pinned.conditioning,
                                             m_pinned.intervening, m_pinned.model};
    QCPRange x, y;
    if (!PlotStyle::dataKeyRange(lines, x))
        return;
    xAxis->setRange(x);
    QList<QCPAbstractPlottable*> all = lines;
    all.append(m_data);
    if (PlotStyle::dataValueRange(all, y))
        PlotStyle::setPaddedRange(yAxis, y.lower, y.upper, 0.05);
}

} // namespace lev::ui
