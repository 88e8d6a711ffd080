// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#include "modes/data/DataSpectrumPlot.h"

#include "plots/PlotStyle.h"

namespace lev::ui {

namespace {
// Eigenvalues below this fraction of the largest one are zeros up to rounding.
constexpr double kZeroFraction = 1e-12;
constexpr double kInverseWidth = 0.7;
} // namespace

DataSpectrumPlot::DataSpectrumPlot(QWidget* parent) : QCustomPlot(parent), m_panes(this)
{
    setObjectName(QStringLiteral("dataSpectrumPlot"));
    PlotStyle::setTitle(this, tr("Spectrum of the correlation matrix R and its inverse 1/λ"));
    m_panes.setAxisLabels(tr("eigenvalue λ of the\ncorrelation matrix R"),
                          tr("1/λ (how much Θ = R⁻¹\namplifies noise)"));

    m_inverse = m_panes.addInverseBars();
    m_inverse->setName(tr("1/λ"));
    m_inverse->setWidth(kInverseWidth);
    m_eigenvalues = m_panes.addEigenGraph();
    m_eigenvalues->setName(tr("eigenvalues of the features' correlation matrix R"));

    PlotStyle::placeLegendBelow(this, 2);
    PlotStyle::setLegendEntries(this, {m_eigenvalues});
    applyStyle();
    m_panes.fitAxes(0, {m_eigenvalues}, {m_inverse});
}

void DataSpectrumPlot::applyStyle()
{
    PlotStyle::applyTo(this);
    m_panes.applyStyle();
    styleSeries();
    replot(QCustomPlot::rpQueuedReplot);
}

void DataSpectrumPlot::styleSeries()
{
    // Many eigenvalues: smaller markers, so neighbours do not merge.
    const double size = m_columns <= 8 ? 1.0 : m_columns <= 20 ? 0.75 : 0.5;
    m_eigenvalues->setPen(PlotStyle::pen(PlotStyle::sample(), 1.2));
    m_eigenvalues->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, PlotStyle::sample(),
                                                   PlotStyle::markerSize(7 * size)));
    m_inverse->setPen(PlotStyle::pen(PlotStyle::estimate().darker(130), 1.0));
    m_inverse->setBrush(PlotStyle::estimate());
}

int DataSpectrumPlot::pointCount() const
{
    return m_eigenvalues->dataCount() + m_inverse->dataCount();
}

void DataSpectrumPlot::showSpectrum(const Eigen::VectorXd& eigenvalues)
{
    const int p = static_cast<int>(eigenvalues.size());
    const double zero = p > 0 ? kZeroFraction * eigenvalues.maxCoeff() : 0.0;
    const int zeros = SpectrumPanes::setPositive(m_eigenvalues, eigenvalues, zero);
    Eigen::VectorXd inverse = Eigen::VectorXd::Zero(p); // 0: no 1/λ
    for (int i = 0; i < p; ++i)
        if (eigenvalues[i] > zero)
            inverse[i] = 1.0 / eigenvalues[i];
    SpectrumPanes::setInverse(m_inverse, inverse);
    m_columns = p;

    m_panes.showZeros(zeros);
    PlotStyle::setNotice(this, m_panes.eigenRect(), p > 0 ? QString() : tr("no eigenvalues"));
    styleSeries();
    m_panes.fitAxes(p, {m_eigenvalues}, {m_inverse});
    if (m_inverse->dataCount() == 0 && p > 0) {
        PlotStyle::setNotice(this, m_panes.inverseRect(), tr("R is singular: 1/λ does not exist"));
    } else if (zeros > 0) {
        // Above the bars: the tallest 1/λ are on the right, so the notice goes top left, on
        // room made for it at the top of the axis.
        m_panes.makeRoomAboveInverses({m_inverse});
        PlotStyle::setNotice(this, m_panes.inverseRect(),
                             tr("R is singular: %n zero λ, no 1/λ", "", zeros),
                             Qt::AlignTop | Qt::AlignLeft);
    } else {
        PlotStyle::setNotice(this, m_panes.inverseRect(), QString());
    }
    replot(QCustomPlot::rpQueuedReplot);
}

} // namespace lev::ui
