#include "SpectrumPlot.h"

#include "PlotStyle.h"
#include "analysis/RecomputeResult.h"

#include <algorithm>

namespace lev::ui {

namespace {
// Per-replication sample eigenvalues are drawn for at most this many runs.
constexpr int kMaxRunsShown = 200;
// Sample eigenvalues below this fraction of the largest one are zeros up to rounding.
constexpr double kZeroFraction = 1e-12;
} // namespace

SpectrumPlot::SpectrumPlot(QWidget* parent) : QCustomPlot(parent)
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

    PlotStyle::applyTo(this);
    PlotStyle::addTitle(this, tr("Spectrum of Σ and its inverse 1/λ"));

    // The panes are narrow: label only the first, middle and last index (set per result).
    QSharedPointer<QCPAxisTickerText> indexTicker(new QCPAxisTickerText);
    m_indexTicker = indexTicker;
    for (QCPAxisRect* rect : {m_eigenRect, m_inverseRect}) {
        rect->axis(QCPAxis::atBottom)->setTicker(indexTicker);
        rect->axis(QCPAxis::atBottom)->setLabel(tr("index i"));
        PlotStyle::setLogarithmic(rect->axis(QCPAxis::atLeft));
    }
    m_eigenRect->axis(QCPAxis::atLeft)->setLabel(tr("eigenvalue λ of Σ"));
    m_inverseRect->axis(QCPAxis::atLeft)->setLabel(tr("1/λ (how much Θ\namplifies noise)"));

    QCPAxis* eigenX = m_eigenRect->axis(QCPAxis::atBottom);
    QCPAxis* eigenY = m_eigenRect->axis(QCPAxis::atLeft);
    m_sampleRuns = addGraph(eigenX, eigenY);
    m_sampleRuns->setName(tr("each run"));
    m_sampleRuns->setLineStyle(QCPGraph::lsNone);
    m_sampleRuns->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc,
                                                  PlotStyle::faint(PlotStyle::sample(), 70),
                                                  PlotStyle::markerSize(3.5)));
    m_population = addGraph(eigenX, eigenY);
    m_population->setName(tr("population"));
    m_population->setPen(PlotStyle::pen(PlotStyle::population()));
    m_population->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle,
                                                  PlotStyle::pen(PlotStyle::population()),
                                                  Qt::NoBrush, PlotStyle::markerSize(10)));

    m_sampleMean = addGraph(eigenX, eigenY);
    m_sampleMean->setName(tr("sample mean"));
    m_sampleMean->setLineStyle(QCPGraph::lsNone);
    m_sampleMean->setScatterStyle(
        QCPScatterStyle(QCPScatterStyle::ssDisc, PlotStyle::sample(), PlotStyle::markerSize(5.5)));
    m_inverse =
        new QCPBars(m_inverseRect->axis(QCPAxis::atBottom), m_inverseRect->axis(QCPAxis::atLeft));
    m_inverse->setName(tr("population 1/λ"));
    m_inverse->setPen(PlotStyle::pen(PlotStyle::estimate().darker(130), 1.0));
    m_inverse->setBrush(PlotStyle::estimate());
    m_inverse->setWidth(0.7);
    m_inverse->removeFromLegend();

    PlotStyle::placeLegendBelow(this, 2);

    // Sample eigenvalues of 0 (n ≤ p) have no place on a log axis; say how many are left out.
    m_zerosNote = new QCPItemText(this);
    m_zerosNote->setClipAxisRect(m_eigenRect);
    m_zerosNote->position->setType(QCPItemPosition::ptAxisRectRatio);
    m_zerosNote->position->setAxisRect(m_eigenRect);
    m_zerosNote->position->setCoords(0.98, 0.02);
    m_zerosNote->setPositionAlignment(Qt::AlignTop | Qt::AlignRight);
    m_zerosNote->setFont(PlotStyle::font(8));
    m_zerosNote->setColor(PlotStyle::neutral());
    m_zerosNote->setVisible(false);

    clearData();
}

void SpectrumPlot::clearData()
{
    m_sampleRuns->data()->clear();
    m_sampleMean->data()->clear();
    m_population->data()->clear();
    m_inverse->data()->clear();
}

int SpectrumPlot::pointCount() const
{
    return m_sampleRuns->dataCount() + m_sampleMean->dataCount() + m_population->dataCount() +
           m_inverse->dataCount();
}

void SpectrumPlot::showResult(const core::RecomputeResult& result)
{
    if (result.status == core::RecomputeStatus::Cancelled)
        return; // a newer result is on its way; keep what is shown
    if (result.status == core::RecomputeStatus::InvalidSettings) {
        clearData();
        m_zerosNote->setVisible(false);
        PlotStyle::setNotice(this, m_eigenRect, QString::fromStdString(result.message));
        PlotStyle::setNotice(this, m_inverseRect, QString());
        replot(QCustomPlot::rpQueuedReplot);
        return;
    }

    const Eigen::VectorXd& population = result.populationSpectrum.eigenvalues;
    const Eigen::VectorXd& sampleMean = result.monteCarlo.sampleEigenvaluesMean;
    const Eigen::MatrixXd& runs = result.monteCarlo.sampleEigenvalues;
    const int p = static_cast<int>(population.size());

    double largest = 0.0;
    if (p > 0)
        largest = population.maxCoeff();
    if (sampleMean.size() > 0)
        largest = std::max(largest, sampleMean.maxCoeff());
    const double zero = kZeroFraction * largest;
    double lowest = largest;
    double highest = 0.0;
    auto keep = [&](double value) {
        if (!(value > zero))
            return false; // zero (n ≤ p) or rounding: no place on a log axis
        lowest = std::min(lowest, value);
        highest = std::max(highest, value);
        return true;
    };

    QVector<double> keys, values;
    for (int i = 0; i < population.size(); ++i) {
        if (keep(population[i])) {
            keys.append(i + 1);
            values.append(population[i]);
        }
    }
    m_population->setData(keys, values, true);

    keys.clear();
    values.clear();
    int zeros = 0;
    for (int i = 0; i < sampleMean.size(); ++i) {
        if (keep(sampleMean[i])) {
            keys.append(i + 1);
            values.append(sampleMean[i]);
        } else {
            ++zeros;
        }
    }
    m_sampleMean->setData(keys, values, true);
    m_zerosNote->setText(tr("%n zero λ\nnot shown", "", zeros));
    m_zerosNote->setVisible(zeros > 0);

    keys.clear();
    values.clear();
    const int shownRuns = std::min<int>(static_cast<int>(runs.rows()), kMaxRunsShown);
    for (int r = 0; r < shownRuns; ++r) {
        for (int i = 0; i < runs.cols(); ++i) {
            if (keep(runs(r, i))) {
                keys.append(i + 1);
                values.append(runs(r, i));
            }
        }
    }
    m_sampleRuns->setData(keys, values); // not sorted: setData sorts by key

    const int columns = std::max<int>(p, static_cast<int>(sampleMean.size()));
    // Many eigenvalues: smaller markers, so neighbours do not merge.
    const double size = columns <= 8 ? 1.0 : columns <= 20 ? 0.75 : 0.5;
    m_population->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle,
                                                  PlotStyle::pen(PlotStyle::population()),
                                                  Qt::NoBrush, PlotStyle::markerSize(10 * size)));
    m_sampleMean->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, PlotStyle::sample(),
                                                  PlotStyle::markerSize(5.5 * size)));
    m_indexTicker->clear();
    m_indexTicker->addTick(1, QStringLiteral("1"));
    if (columns >= 5)
        m_indexTicker->addTick((columns + 1) / 2, QString::number((columns + 1) / 2));
    if (columns >= 2)
        m_indexTicker->addTick(columns, QString::number(columns));
    m_eigenRect->axis(QCPAxis::atBottom)->setRange(0.5, std::max(columns, 1) + 0.5);
    if (highest > 0.0) {
        PlotStyle::setPaddedRange(m_eigenRect->axis(QCPAxis::atLeft), lowest, highest, 0.08);
        PlotStyle::setNotice(this, m_eigenRect, QString());
    } else {
        m_eigenRect->axis(QCPAxis::atLeft)->setRange(0.1, 10.0);
        PlotStyle::setNotice(this, m_eigenRect, tr("no eigenvalues"));
    }

    const Eigen::VectorXd& inverse = result.populationSpectrum.inverseEigenvalues;
    keys.clear();
    values.clear();
    for (int i = 0; i < inverse.size(); ++i) {
        if (inverse[i] > 0.0) {
            keys.append(i + 1);
            values.append(inverse[i]);
        }
    }
    m_inverse->setData(keys, values, true);
    QCPAxis* inverseY = m_inverseRect->axis(QCPAxis::atLeft);
    m_inverseRect->axis(QCPAxis::atBottom)->setRange(0.5, std::max(columns, 1) + 0.5);
    if (!values.isEmpty()) {
        const auto [low, high] = std::minmax_element(values.cbegin(), values.cend());
        PlotStyle::setPaddedRange(inverseY, *low, *high, 0.08);
        PlotStyle::setNotice(this, m_inverseRect, QString());
    } else {
        inverseY->setRange(0.1, 10.0);
        PlotStyle::setNotice(this, m_inverseRect,
                             p > 0 ? tr("Σ is singular: 1/λ does not exist") : QString());
    }
    // Bars rise from the bottom of the log axis (their default base 0 has no place on it).
    m_inverse->setBaseValue(inverseY->range().lower);

    replot(QCustomPlot::rpQueuedReplot);
}

} // namespace lev::ui
