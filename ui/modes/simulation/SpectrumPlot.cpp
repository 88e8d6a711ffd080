// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#include "modes/simulation/SpectrumPlot.h"

#include "plots/PlotStyle.h"
#include "simulation/RecomputeResult.h"

#include <algorithm>
#include <cmath>

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

/// Sets the points (i + 1, values[i]) with values[i] > zero (a log axis has no place for the
/// rest); returns how many were left out.
int setPositive(QCPGraph* graph, const Eigen::VectorXd& values, double zero)
{
    QVector<double> keys, shown;
    for (int i = 0; i < values.size(); ++i) {
        if (values[i] > zero) {
            keys.append(i + 1);
            shown.append(values[i]);
        }
    }
    graph->setData(keys, shown, true);
    return static_cast<int>(values.size()) - static_cast<int>(keys.size());
}

/// Bars (i + 1, 1/λ_i) where 1/λ_i exists.
void setInverse(QCPBars* bars, const Eigen::VectorXd& inverse)
{
    QVector<double> keys, values;
    for (int i = 0; i < inverse.size(); ++i) {
        if (inverse[i] > 0.0) {
            keys.append(i + 1);
            values.append(inverse[i]);
        }
    }
    bars->setData(keys, values, true);
}

int columnsOf(const core::RecomputeResult& result)
{
    return std::max<int>(static_cast<int>(result.populationSpectrum.eigenvalues.size()),
                         static_cast<int>(result.monteCarlo.sampleEigenvaluesMean.size()));
}
} // namespace

SpectrumPlot::SpectrumPlot(QWidget* parent) : ResultPlot(parent)
{
    setObjectName(QStringLiteral("spectrumPlot"));

    // Two axis rects side by side, kept in one cell so the title spans both.
    m_eigenRect = axisRect();
    plotLayout()->take(m_eigenRect);
    auto* row = new QCPLayoutGrid;
    plotLayout()->addElement(0, 0, row);
    row->addElement(0, 0, m_eigenRect);
    m_inverseRect = new QCPAxisRect(this);
    row->addElement(0, 1, m_inverseRect);
    row->setColumnSpacing(4);
    auto* margins = new QCPMarginGroup(this);
    m_eigenRect->setMarginGroup(QCP::msTop | QCP::msBottom, margins);
    m_inverseRect->setMarginGroup(QCP::msTop | QCP::msBottom, margins);

    PlotStyle::addTitle(this, QString()); // set by setDataMode

    // The panes are narrow: label only the first, middle and last index (set per result).
    QSharedPointer<QCPAxisTickerText> indexTicker(new QCPAxisTickerText);
    m_indexTicker = indexTicker;
    for (QCPAxisRect* rect : {m_eigenRect, m_inverseRect}) {
        rect->axis(QCPAxis::atBottom)->setTicker(indexTicker);
        rect->axis(QCPAxis::atBottom)->setLabel(tr("index i"));
        PlotStyle::setLogarithmic(rect->axis(QCPAxis::atLeft));
    }
    QCPAxis* eigenX = m_eigenRect->axis(QCPAxis::atBottom);
    QCPAxis* eigenY = m_eigenRect->axis(QCPAxis::atLeft);
    QCPAxis* inverseX = m_inverseRect->axis(QCPAxis::atBottom);
    QCPAxis* inverseY = m_inverseRect->axis(QCPAxis::atLeft);

    // The pinned state, behind the live one on a layer of its own.
    QCPLayer* pinnedLayer = PlotStyle::pinnedLayer(this);
    m_pinnedPopulation = addGraph(eigenX, eigenY);
    m_pinnedSampleMean = addGraph(eigenX, eigenY);
    m_pinnedSampleMean->setLineStyle(QCPGraph::lsNone);
    m_pinnedInverse = new QCPBars(inverseX, inverseY);
    m_pinnedInverse->setWidth(kPinnedInverseWidth);
    for (QCPAbstractPlottable* ghost : std::initializer_list<QCPAbstractPlottable*>{
             m_pinnedPopulation, m_pinnedSampleMean, m_pinnedInverse}) {
        ghost->setLayer(pinnedLayer);
        ghost->removeFromLegend();
    }
    m_inverseGroup = new QCPBarsGroup(this);
    m_inverseGroup->setSpacing(0.0);

    m_sampleRuns = addGraph(eigenX, eigenY);
    m_sampleRuns->setName(tr("each run"));
    m_sampleRuns->setLineStyle(QCPGraph::lsNone);
    m_population = addGraph(eigenX, eigenY);
    m_population->setName(tr("population"));
    m_sampleMean = addGraph(eigenX, eigenY);
    m_sampleMean->setName(tr("sample mean"));
    m_sampleMean->setLineStyle(QCPGraph::lsNone);
    m_inverse = new QCPBars(inverseX, inverseY);
    m_inverse->setName(tr("population 1/λ"));
    m_inverse->setWidth(kInverseWidth);
    m_inverse->removeFromLegend();
    m_correlation = addGraph(eigenX, eigenY);
    m_correlation->setName(tr("eigenvalues of the features' correlation matrix R"));
    m_correlation->removeFromLegend();

    PlotStyle::placeLegendBelow(this, 2);

    // Sample eigenvalues of 0 (n ≤ p) have no place on a log axis; say how many are left out.
    m_zerosNote = new QCPItemText(this);
    m_zerosNote->setClipAxisRect(m_eigenRect);
    m_zerosNote->position->setType(QCPItemPosition::ptAxisRectRatio);
    m_zerosNote->position->setAxisRect(m_eigenRect);
    m_zerosNote->position->setCoords(0.98, 0.02);
    m_zerosNote->setPositionAlignment(Qt::AlignTop | Qt::AlignRight);
    m_zerosNote->setColor(PlotStyle::neutral());
    m_zerosNote->setVisible(false);

    m_dataMode = true; // so that the switch below sets the texts
    setDataMode(false);
    applyStyle();
    clearData();
}

void SpectrumPlot::setDataMode(bool data)
{
    if (data == m_dataMode)
        return;
    m_dataMode = data;
    QCPAxis* eigenY = m_eigenRect->axis(QCPAxis::atLeft);
    QCPAxis* inverseY = m_inverseRect->axis(QCPAxis::atLeft);
    if (data) {
        PlotStyle::setTitle(this, tr("Spectrum of the correlation matrix R and its inverse 1/λ"));
        eigenY->setLabel(tr("eigenvalue λ of the\ncorrelation matrix R"));
        inverseY->setLabel(tr("1/λ (how much Θ = R⁻¹\namplifies noise)"));
        PlotStyle::setLegendEntries(this, {m_correlation});
    } else {
        m_correlation->data()->clear();
        PlotStyle::setTitle(this, tr("Spectrum of Σ and its inverse 1/λ"));
        eigenY->setLabel(tr("eigenvalue λ of Σ"));
        inverseY->setLabel(tr("1/λ (how much Θ\namplifies noise)"));
        PlotStyle::setLegendEntries(this, {m_sampleRuns, m_population, m_sampleMean});
    }
}

void SpectrumPlot::applyStyle()
{
    PlotStyle::applyTo(this);
    m_zerosNote->setFont(PlotStyle::font(8));
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
    m_correlation->setPen(PlotStyle::pen(PlotStyle::sample(), 1.2));
    m_correlation->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, PlotStyle::sample(),
                                                   PlotStyle::markerSize(7 * size)));
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
    m_correlation->data()->clear();
    m_zerosNote->setVisible(false);
    m_columns = 0;
}

int SpectrumPlot::pointCount() const
{
    return m_sampleRuns->dataCount() + m_sampleMean->dataCount() + m_population->dataCount() +
           m_correlation->dataCount() + m_inverse->dataCount();
}

int SpectrumPlot::pinnedPointCount() const
{
    return m_pinnedPopulation->dataCount() + m_pinnedSampleMean->dataCount() +
           m_pinnedInverse->dataCount();
}

void SpectrumPlot::showResult(const core::RecomputeResult& result)
{
    if (result.status == core::RecomputeStatus::Cancelled)
        return; // a newer result is on its way; keep what is shown
    setDataMode(false);
    if (result.status == core::RecomputeStatus::InvalidSettings) {
        clearData();
        fitAxes();
        PlotStyle::setNotice(this, m_eigenRect, QString::fromStdString(result.message));
        PlotStyle::setNotice(this, m_inverseRect, QString());
        replot(QCustomPlot::rpQueuedReplot);
        return;
    }

    const double zero = zeroOf(result);
    setPositive(m_population, result.populationSpectrum.eigenvalues, zero);
    const int zeros = setPositive(m_sampleMean, result.monteCarlo.sampleEigenvaluesMean, zero);
    m_zerosNote->setText(tr("%n zero λ\nnot shown", "", zeros));
    m_zerosNote->setVisible(zeros > 0);

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

    setInverse(m_inverse, result.populationSpectrum.inverseEigenvalues);
    m_columns = columnsOf(result);

    const int p = static_cast<int>(result.populationSpectrum.eigenvalues.size());
    const bool anyEigenvalue = m_population->dataCount() + m_sampleMean->dataCount() > 0;
    PlotStyle::setNotice(this, m_eigenRect, anyEigenvalue ? QString() : tr("no eigenvalues"));
    PlotStyle::setNotice(
        this, m_inverseRect,
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
        setPositive(m_pinnedPopulation, pinned->populationSpectrum.eigenvalues, zero);
        setPositive(m_pinnedSampleMean, pinned->monteCarlo.sampleEigenvaluesMean, zero);
        setInverse(m_pinnedInverse, pinned->populationSpectrum.inverseEigenvalues);
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

void SpectrumPlot::showDataSpectrum(const Eigen::VectorXd& eigenvalues)
{
    setDataMode(true);
    clearData();
    showPinned(nullptr); // a simulation's pinned state does not compare with data

    const int p = static_cast<int>(eigenvalues.size());
    const double zero = p > 0 ? kZeroFraction * eigenvalues.maxCoeff() : 0.0;
    const int zeros = setPositive(m_correlation, eigenvalues, zero);
    Eigen::VectorXd inverse = Eigen::VectorXd::Zero(p); // 0: no 1/λ
    for (int i = 0; i < p; ++i)
        if (eigenvalues[i] > zero)
            inverse[i] = 1.0 / eigenvalues[i];
    setInverse(m_inverse, inverse);
    m_columns = p;

    m_zerosNote->setText(tr("%n zero λ\nnot shown", "", zeros));
    m_zerosNote->setVisible(zeros > 0);
    PlotStyle::setNotice(this, m_eigenRect, p > 0 ? QString() : tr("no eigenvalues"));
    styleSeries();
    fitAxes();
    if (m_inverse->dataCount() == 0 && p > 0) {
        PlotStyle::setNotice(this, m_inverseRect, tr("R is singular: 1/λ does not exist"));
    } else if (zeros > 0) {
        // Above the bars: the tallest 1/λ are on the right, so the notice goes top left, on
        // room made for it at the top of the axis.
        QCPAxis* inverseY = m_inverseRect->axis(QCPAxis::atLeft);
        const QCPRange range = inverseY->range();
        inverseY->setRangeUpper(range.upper * std::pow(range.upper / range.lower, 0.15));
        PlotStyle::setNotice(this, m_inverseRect, tr("R is singular: %n zero λ, no 1/λ", "", zeros),
                             Qt::AlignTop | Qt::AlignLeft);
    } else {
        PlotStyle::setNotice(this, m_inverseRect, QString());
    }
    replot(QCustomPlot::rpQueuedReplot);
}

void SpectrumPlot::fitAxes()
{
    const int columns = std::max(m_columns, m_pinnedColumns);
    m_indexTicker->clear();
    m_indexTicker->addTick(1, QStringLiteral("1"));
    if (columns >= 5)
        m_indexTicker->addTick((columns + 1) / 2, QString::number((columns + 1) / 2));
    if (columns >= 2)
        m_indexTicker->addTick(columns, QString::number(columns));
    m_eigenRect->axis(QCPAxis::atBottom)->setRange(0.5, std::max(columns, 1) + 0.5);
    m_inverseRect->axis(QCPAxis::atBottom)->setRange(0.5, std::max(columns, 1) + 0.5);

    QCPRange range;
    QCPAxis* eigenY = m_eigenRect->axis(QCPAxis::atLeft);
    if (PlotStyle::dataValueRange({m_sampleRuns, m_sampleMean, m_population, m_correlation,
                                   m_pinnedPopulation, m_pinnedSampleMean},
                                  range))
        PlotStyle::setPaddedRange(eigenY, range.lower, range.upper, 0.08);
    else
        eigenY->setRange(0.1, 10.0);

    QCPAxis* inverseY = m_inverseRect->axis(QCPAxis::atLeft);
    if (PlotStyle::dataValueRange({m_inverse, m_pinnedInverse}, range))
        PlotStyle::setPaddedRange(inverseY, range.lower, range.upper, 0.08);
    else
        inverseY->setRange(0.1, 10.0);
    // Bars rise from the bottom of the log axis (their default base 0 has no place on it).
    m_inverse->setBaseValue(inverseY->range().lower);
    m_pinnedInverse->setBaseValue(inverseY->range().lower);
}

} // namespace lev::ui
