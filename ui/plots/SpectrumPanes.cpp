// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#include "plots/SpectrumPanes.h"

#include "plots/PlotStyle.h"

#include <QCoreApplication>
#include <qcustomplot.h>

#include <algorithm>
#include <cmath>

namespace lev::ui {

SpectrumPanes::SpectrumPanes(QCustomPlot* plot) : m_plot(plot)
{
    // Two axis rects side by side, kept in one cell so the title spans both.
    m_eigenRect = plot->axisRect();
    plot->plotLayout()->take(m_eigenRect);
    auto* row = new QCPLayoutGrid;
    plot->plotLayout()->addElement(0, 0, row);
    row->addElement(0, 0, m_eigenRect);
    m_inverseRect = new QCPAxisRect(plot);
    row->addElement(0, 1, m_inverseRect);
    row->setColumnSpacing(4);
    auto* margins = new QCPMarginGroup(plot);
    m_eigenRect->setMarginGroup(QCP::msTop | QCP::msBottom, margins);
    m_inverseRect->setMarginGroup(QCP::msTop | QCP::msBottom, margins);

    PlotStyle::addTitle(plot, QString());

    // The panes are narrow: label only the first, middle and last index (set by fitAxes).
    m_indexTicker.reset(new QCPAxisTickerText);
    for (QCPAxisRect* rect : {m_eigenRect, m_inverseRect}) {
        rect->axis(QCPAxis::atBottom)->setTicker(m_indexTicker);
        rect->axis(QCPAxis::atBottom)
            ->setLabel(QCoreApplication::translate("SpectrumPanes", "index i"));
        PlotStyle::setLogarithmic(rect->axis(QCPAxis::atLeft));
    }

    // Eigenvalues of 0 have no place on a log axis; the note says how many are left out.
    m_zerosNote = new QCPItemText(plot);
    m_zerosNote->setClipAxisRect(m_eigenRect);
    m_zerosNote->position->setType(QCPItemPosition::ptAxisRectRatio);
    m_zerosNote->position->setAxisRect(m_eigenRect);
    m_zerosNote->position->setCoords(0.98, 0.02);
    m_zerosNote->setPositionAlignment(Qt::AlignTop | Qt::AlignRight);
    m_zerosNote->setColor(PlotStyle::neutral());
    m_zerosNote->setVisible(false);
}

QCPGraph* SpectrumPanes::addEigenGraph() const
{
    return m_plot->addGraph(m_eigenRect->axis(QCPAxis::atBottom),
                            m_eigenRect->axis(QCPAxis::atLeft));
}

QCPBars* SpectrumPanes::addInverseBars() const
{
    return new QCPBars(m_inverseRect->axis(QCPAxis::atBottom),
                       m_inverseRect->axis(QCPAxis::atLeft));
}

void SpectrumPanes::setAxisLabels(const QString& eigenvalue, const QString& inverse)
{
    m_eigenRect->axis(QCPAxis::atLeft)->setLabel(eigenvalue);
    m_inverseRect->axis(QCPAxis::atLeft)->setLabel(inverse);
}

int SpectrumPanes::setPositive(QCPGraph* graph, const Eigen::VectorXd& values, double zero)
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

void SpectrumPanes::setInverse(QCPBars* bars, const Eigen::VectorXd& inverse)
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

void SpectrumPanes::showZeros(int zeros)
{
    m_zerosNote->setText(
        QCoreApplication::translate("SpectrumPanes", "%n\nzero λ\nhidden", "", zeros));
    m_zerosNote->setVisible(zeros > 0);
}

void SpectrumPanes::applyStyle()
{
    m_zerosNote->setFont(PlotStyle::font(8));
}

void SpectrumPanes::fitAxes(int columns, const QList<QCPAbstractPlottable*>& eigenvalues,
                            const QList<QCPBars*>& inverses)
{
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
    if (PlotStyle::dataValueRange(eigenvalues, range))
        PlotStyle::setPaddedRange(eigenY, range.lower, range.upper, 0.08);
    else
        eigenY->setRange(0.1, 10.0);

    QCPAxis* inverseY = m_inverseRect->axis(QCPAxis::atLeft);
    QList<QCPAbstractPlottable*> bars;
    for (QCPBars* inverse : inverses)
        bars << inverse;
    if (PlotStyle::dataValueRange(bars, range))
        PlotStyle::setPaddedRange(inverseY, range.lower, range.upper, 0.08);
    else
        inverseY->setRange(0.1, 10.0);
    // Bars rise from the bottom of the log axis (their default base 0 has no place on it).
    for (QCPBars* inverse : inverses)
        inverse->setBaseValue(inverseY->range().lower);
}

void SpectrumPanes::makeRoomAboveInverses(const QList<QCPBars*>& inverses)
{
    QCPAxis* inverseY = m_inverseRect->axis(QCPAxis::atLeft);
    const QCPRange range = inverseY->range();
    inverseY->setRangeUpper(range.upper * std::pow(range.upper / range.lower, 0.15));
    for (QCPBars* inverse : inverses)
        inverse->setBaseValue(inverseY->range().lower);
}

} // namespace lev::ui
