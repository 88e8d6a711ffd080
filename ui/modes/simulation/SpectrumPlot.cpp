// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#include "modes/simulation/SpectrumPlot.h"

#include "plots/PlotStyle.h"
#include "simulation/RecomputeResult.h"

#include <algorithm>

namespace lev::ui {

namespace {
// Per-replication sample eigenvalues are drawn for at most this many runs.
constexpr int kMaxRunsShown = 200;
// Sample eigenvalues below this fraction of the largest one are zeros up to rounding.
constexpr double kZeroFraction = 1e-12;
// 1/λ bars: alone, and side by side with the pinned state's narrower bars.
constexpr double kInverseWidth = 0.7;
constexpr double kInverseWidthBeside = 0.46;
constexpr double kPinnedInverseWidth = 0.28;

/// The eigenvalues of a state below which a value counts as zero.
double zeroOf(const core::RecomputeResult& result)
{
    double largest = 0.0;
    if (result.populationSpectrum.eigenvalues.size() > 0)
        largest = result.populationSpectrum.eigenvalues.maxCoeff();
    if (result.monteCarlo.sampleEigenvaluesMean.size() > 0)
        largest = std::max(largest, result.monteCarlo.sampleEigenvaluesMean.maxCoeff());
    return kZeroFraction * largest;
}

int columnsOf(const core::RecomputeResult& result)
{
    return std::max<int>(static_cast<int>(result.populationSpectrum.eigenvalues.size()),
                         static_cast<int>(result.monteCarlo.sampleEigenvaluesMean.size()));
}
} // namespace

SpectrumPlot::SpectrumPlot(QWidget* parent) : ResultPlot(parent), m_panes(this)
{
    setObjectName(QStringLiteral("spectrumPlot"));
    PlotStyle::setTitle(this, tr("Spectrum of Σ and its inverse 1/λ"));
    m_panes.setAxisLabels(tr("eigenvalue λ of Σ"), tr("1/λ (how much Θ\namplifies noise)"));

    // The pinned state, behind the live one on a layer of its own.
    QCPLayer* pinnedLayer = PlotStyle::pinnedLayer(this);
    m_pinnedPopulation = m_panes.addEigenGraph();
    m_pinnedSampleMean = m_panes.addEigenGraph();
    m_pinnedSampleMean->setLineStyle(QCPGraph::lsNone);
    m_pinnedInverse = m_panes.addInverseBars();
    m_pinnedInverse->setWidth(kPinnedInverseWidth);
    for (QCPAbstractPlottable* ghost : std::initializer_list<QCPAbstractPlottable*>{
             m_pinnedPopulation, m_pinnedSampleMean, m_pinnedInverse}) {
        ghost->setLayer(pinnedLayer);
        ghost->removeFromLegend();
    }
    m_inverseGroup = new QCPBarsGroup(this);
    m_inverseGroup->setSpacing(0.0);

    m_sampleRuns = m_panes.addEigenGraph();
    m_sampleRuns->setName(tr("each run"));
    m_sampleRuns->setLineStyle(QCPGraph::lsNone);
    m_population = m_panes.addEigenGraph();
    m_population->setName(tr("population"));
    m_sampleMean = m_panes.addEigenGraph();
    m_sampleMean->setName(tr("sample mean"));
    m_sampleMean->setLineStyle(QCPGraph::lsNone);
    m_inverse = m_panes.addInverseBars();
    m_inverse->setName(tr("population 1/λ"));
    m_inverse->setWidth(kInverseWidth);
    m_inverse->removeFromLegend();

    PlotStyle::placeLegendBelow(this, 2);
    PlotStyle::setLegendEntries(this, {m_sampleRuns, m_population, m_sampleMean});
    applyStyle();
    clearData();
}

void SpectrumPlot::applyStyle()
{
    PlotStyle::applyTo(this);
    m_panes.applyStyle();
    styleSeries();
    replot(QCustomPlot::rpQueuedReplot);
}

void SpectrumPlot::styleSeries()
{
    // Many eigenvalues: smaller markers, so neighbours do not merge.
    const int columns = std::max(m_columns, m_pinnedColumns);
    const double size = columns <= 8 ? 1.0 : columns <= 20 ? 0.75 : 0.5;

    m_sampleRuns->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc,
                                                  PlotStyle::faint(PlotStyle::sample(), 70),
                                                  PlotStyle::markerSize(3.5)));
    m_population->setPen(PlotStyle::pen(PlotStyle::population()));
    m_population->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle,
                                                  PlotStyle::pen(PlotStyle::population()),
                                                  Qt::NoBrush, PlotStyle::markerSize(10 * size)));
    m_sampleMean->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, PlotStyle::sample(),
                                                  PlotStyle::markerSize(5.5 * size)));
    m_inverse->setPen(PlotStyle::pen(PlotStyle::estimate().darker(130), 1.0));
    m_inverse->setBrush(PlotStyle::estimate());

    m_pinnedPopulation->setPen(PlotStyle::ghostPen(PlotStyle::population()));
    m_pinnedPopulation->setScatterStyle(
        PlotStyle::ghostMarker(QCPScatterStyle::ssCircle, PlotStyle::population(), 10 * size));
    m_pinnedSampleMean->setScatterStyle(
        PlotStyle::ghostMarker(QCPScatterStyle::ssDiamond, PlotStyle::sample(), 7 * size));
    m_pinnedInverse->setPen(PlotStyle::ghostPen(PlotStyle::estimate(), 1.0));
    m_pinnedInverse->setBrush(PlotStyle::faint(PlotStyle::estimate(), 45));
}

void SpectrumPlot::clearData()
{
    m_sampleRuns->data()->clear();
    m_sampleMean->data()->clear();
    m_population->data()->clear();
    m_inverse->data()->clear();
    m_panes.showZeros(0);
    m_columns = 0;
}

int SpectrumPlot::pointCount() const
{
    return m_sampleRuns->dataCount() + m_sampleMean->dataCount() + m_population->dataCount() +
           m_inverse->dataCount();
}

int SpectrumPlot::pinnedPointCount() const
{
    return m_pinnedPopulation->dataCount() + m_pinnedSampleMean->dataCount() +
           m_pinnedInverse->dataCount();
}

void SpectrumPlot::showResult(const core::RecomputeResult& result)
{
    if (result.status == core::RecomputeStatus::InvalidSettings) {
        clearData();
        fitAxes();
        PlotStyle::setNotice(this, m_panes.eigenRect(), QString::fromStdString(result.message));
        PlotStyle::setNotice(this, m_panes.inverseRect(), QString());
        replot(QCustomPlot::rpQueuedReplot);
        return;
    }

    const double zero = zeroOf(result);
    SpectrumPanes::setPositive(m_population, result.populationSpectrum.eigenvalues, zero);
    m_panes.showZeros(
        SpectrumPanes::setPositive(m_sampleMean, result.monteCarlo.sampleEigenvaluesMean, zero));

    QVector<double> keys, values;
    const Eigen::MatrixXd& runs = result.monteCarlo.sampleEigenvalues;
    const int shownRuns = std::min<int>(static_cast<int>(runs.rows()), kMaxRunsShown);
    for (int r = 0; r < shownRuns; ++r) {
        for (int i = 0; i < runs.cols(); ++i) {
            if (runs(r, i) > zero) {
                keys.append(i + 1);
                values.append(runs(r, i));
            }
        }
    }
    m_sampleRuns->setData(keys, values); // not sorted: setData sorts by key

    SpectrumPanes::setInverse(m_inverse, result.populationSpectrum.inverseEigenvalues);
    m_columns = columnsOf(result);

    const int p = static_cast<int>(result.populationSpectrum.eigenvalues.size());
    const bool anyEigenvalue = m_population->dataCount() + m_sampleMean->dataCount() > 0;
    PlotStyle::setNotice(this, m_panes.eigenRect(),
                         anyEigenvalue ? QString() : tr("no eigenvalues"));
    PlotStyle::setNotice(
        this, m_panes.inverseRect(),
        m_inverse->dataCount() > 0 || p == 0 ? QString() : tr("Σ is singular: 1/λ does not exist"));
    styleSeries();
    fitAxes();
    replot(QCustomPlot::rpQueuedReplot);
}

void SpectrumPlot::showPinned(const core::RecomputeResult* pinned)
{
    const bool show = pinned && (pinned->status == core::RecomputeStatus::Ok ||
                                 pinned->status == core::RecomputeStatus::NotIdentifiable);
    if (show) {
        const double zero = zeroOf(*pinned);
        SpectrumPanes::setPositive(m_pinnedPopulation, pinned->populationSpectrum.eigenvalues,
                                   zero);
        SpectrumPanes::setPositive(m_pinnedSampleMean, pinned->monteCarlo.sampleEigenvaluesMean,
                                   zero);
        SpectrumPanes::setInverse(m_pinnedInverse, pinned->populationSpectrum.inverseEigenvalues);
        m_pinnedColumns = columnsOf(*pinned);
    } else {
        m_pinnedPopulation->data()->clear();
        m_pinnedSampleMean->data()->clear();
        m_pinnedInverse->data()->clear();
        m_pinnedColumns = 0;
    }

    // The pinned 1/λ stand beside the live bars, not hidden behind them.
    m_inverseGroup->clear();
    if (m_pinnedInverse->dataCount() > 0) {
        m_inverse->setWidth(kInverseWidthBeside);
        m_inverseGroup->append(m_inverse);
        m_inverseGroup->append(m_pinnedInverse);
    } else {
        m_inverse->setWidth(kInverseWidth);
    }
    PlotStyle::setPinnedLegendEntry(this, pinnedPointCount() > 0);
    styleSeries();
    fitAxes();
    replot(QCustomPlot::rpQueuedReplot);
}

void SpectrumPlot::fitAxes()
{
    m_panes.fitAxes(
        std::max(m_columns, m_pinnedColumns),
        {m_sampleRuns, m_sampleMean, m_population, m_pinnedPopulation, m_pinnedSampleMean},
        {m_inverse, m_pinnedInverse});
}

} // namespace lev::ui
