// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#include "modes/data/DataSpectrumPlot.h"

#include "modes/data/WrappingTextElement.h"
#include "plots/PlotStyle.h"

#include <algorithm>

#include <cmath>

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
    m_rings = m_panes.addEigenGraph();
    m_rings->setLineStyle(QCPGraph::lsNone);
    m_rings->setName(tr("near-dependency (Belsley)"));
    m_tieList = new WrappingTextElement(this);
    m_tieList->setObjectName(QStringLiteral("tieList"));

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
    m_rings->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle,
                                             PlotStyle::pen(PlotStyle::interventional(), 2.2),
                                             Qt::NoBrush, PlotStyle::markerSize(17 * size)));
    m_tieList->setFont(PlotStyle::font(8));
    m_tieList->setTextColor(PlotStyle::foreground());
    for (QCPItemText* number : m_ringNumbers) {
        number->setFont(PlotStyle::font(8));
        number->setColor(PlotStyle::themed(PlotStyle::interventional()).darker(150));
        const int ring = int(PlotStyle::markerSize(7 * size)); // about the ring's radius
        number->setPadding(QMargins(0, 0, 0, ring));
    }
}

int DataSpectrumPlot::pointCount() const
{
    return m_eigenvalues->dataCount() + m_inverse->dataCount();
}

void DataSpectrumPlot::showTies(const std::vector<core::SpectrumTie>& ties,
                                const core::BelsleyReport& report)
{
    m_rings->data()->clear();
    for (QCPItemText* number : m_ringNumbers)
        removeItem(number);
    m_ringNumbers.clear();
    QStringList lines;
    // One ring per eigenvalue: the numbers of the near-dependencies tied to it, in order.
    std::vector<std::pair<int, QStringList>> rings;
    const double zero = m_lambda.size() > 0 ? kZeroFraction * m_lambda.maxCoeff() : 0.0;
    int numbered = 0;
    for (const core::SpectrumTie& tie : ties) {
        if (m_lambda.size() == 0)
            break; // no spectrum yet: showSpectrum() asks again when it comes
        const core::NearDependency& dependency =
            report.nearDependencies[std::size_t(tie.dependency)];
        QStringList columns;
        for (const std::string& column : dependency.columns)
            columns << QString::fromStdString(column);
        const QString eta = QString::number(dependency.conditionIndex, 'g', 3);
        const bool onAxis = tie.eigenvalue >= 0 && tie.eigenvalue < m_lambda.size() &&
                            m_lambda[tie.eigenvalue] > zero;
        if (!onAxis) {
            lines << (m_detailedTies ? tr("· %1 (η %2): the intercept with columns that hardly "
                                          "vary; the centred R has no small λ for it")
                                           .arg(columns.join(QStringLiteral(", ")), eta)
                                     : tr("· %1: the intercept with columns that hardly vary")
                                           .arg(columns.join(QStringLiteral(", "))));
            continue;
        }
        const QString number = QString::number(++numbered);
        const auto ring = std::find_if(rings.begin(), rings.end(),
                                       [&](const auto& r) { return r.first == tie.eigenvalue; });
        if (ring == rings.end())
            rings.emplace_back(tie.eigenvalue, QStringList{number});
        else
            ring->second << number;
        if (m_detailedTies)
            lines << tr("%1: %2 (η %3 in the table) ↔ λ%4 = %5 of R (eigenvectors' cos %6)")
                         .arg(number, columns.join(QStringLiteral(", ")), eta)
                         .arg(tie.eigenvalue + 1)
                         .arg(QString::number(m_lambda[tie.eigenvalue], 'g', 2),
                              QString::number(tie.cosine, 'f', 2));
        else
            lines << tr("%1: %2 ↔ λ%3")
                         .arg(number, columns.join(QStringLiteral(", ")))
                         .arg(tie.eigenvalue + 1);
    }
    for (const auto& [eigenvalue, numbers] : rings) {
        const double lambda = m_lambda[eigenvalue];
        m_rings->addData(eigenvalue + 1, lambda);
        auto* label = new QCPItemText(this);
        label->setClipAxisRect(m_panes.eigenRect());
        label->position->setAxes(m_panes.eigenRect()->axis(QCPAxis::atBottom),
                                 m_panes.eigenRect()->axis(QCPAxis::atLeft));
        label->position->setCoords(eigenvalue + 1, lambda);
        // Above the ring: the ringed eigenvalues are the smallest, on the right edge and at the
        // foot of the axis, and the line of eigenvalues comes down to them from the upper left.
        label->setPositionAlignment(Qt::AlignHCenter | Qt::AlignBottom);
        label->setClipToAxisRect(false); // "1, 2" over the last λ may reach past the axis
        label->setText(numbers.join(QStringLiteral(", ")));
        m_ringNumbers << label;
        if (numbers.size() > 1 && m_detailedTies)
            lines << tr("%1 tie to the same λ%2: one ring, numbered “%3”.")
                         .arg(QStringList(numbers.mid(0, numbers.size() - 1))
                                  .join(QStringLiteral(", ")) +
                              tr(" and ") + numbers.last())
                         .arg(eigenvalue + 1)
                         .arg(numbers.join(QStringLiteral(", ")));
    }
    if (!lines.isEmpty())
        lines.prepend(m_detailedTies
                          ? tr("Rings: the Belsley table's near-dependencies (η of the scaled "
                               "design with intercept) at R's eigenvalue with the closest "
                               "direction:")
                          : tr("Rings: the near-dependencies of the Belsley table, on the "
                               "“Collinearity and confounding” tab:"));
    m_tieList->showBelow(lines.join(QLatin1Char('\n')));
    PlotStyle::setLegendEntries(this, m_rings->dataCount() > 0
                                          ? QList<QCPAbstractPlottable*>{m_eigenvalues, m_rings}
                                          : QList<QCPAbstractPlottable*>{m_eigenvalues});
    styleSeries();
    replot(QCustomPlot::rpQueuedReplot);
}

QString DataSpectrumPlot::tieText() const
{
    return m_tieList->text();
}

QList<int> DataSpectrumPlot::ringedIndices() const
{
    QList<int> indices;
    for (auto it = m_rings->data()->constBegin(); it != m_rings->data()->constEnd(); ++it)
        indices << int(std::lround(it->key));
    return indices;
}

QStringList DataSpectrumPlot::ringLabels() const
{
    QList<QCPItemText*> labels = m_ringNumbers;
    std::sort(labels.begin(), labels.end(), [](QCPItemText* a, QCPItemText* b) {
        return a->position->key() < b->position->key();
    });
    QStringList texts;
    for (const QCPItemText* label : labels)
        texts << label->text();
    return texts;
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
    m_lambda = eigenvalues;
    showTies({}, core::BelsleyReport()); // the old table's rings do not belong to new data

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
