// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#include "plots/MatrixPanels.h"

#include "plots/NumberText.h"
#include "plots/PlotStyle.h"

#include <QCoreApplication>
#include <qcustomplot.h>

#include <algorithm>
#include <cmath>

namespace lev::ui {

namespace {
constexpr int kMaxNamedFeatures = 12; // feature names on the axes up to this p
// The room (pixels at scale 1) a panel gives a user's column names side by side.
constexpr double kNameRoom = 200.0;

/// ColorBrewer RdBu: blue for negative, white at 0, red for positive; colour-blind safe.
QCPColorGradient divergingGradient()
{
    QCPColorGradient gradient;
    gradient.clearColorStops();
    gradient.setColorStopAt(0.0, QColor(0x21, 0x66, 0xAC));
    gradient.setColorStopAt(0.17, QColor(0x67, 0xA9, 0xCF));
    gradient.setColorStopAt(0.33, QColor(0xD1, 0xE5, 0xF0));
    gradient.setColorStopAt(0.5, QColor(0xF7, 0xF7, 0xF7));
    gradient.setColorStopAt(0.67, QColor(0xFD, 0xDB, 0xC7));
    gradient.setColorStopAt(0.83, QColor(0xEF, 0x8A, 0x62));
    gradient.setColorStopAt(1.0, QColor(0xB2, 0x18, 0x2B));
    gradient.setColorInterpolation(QCPColorGradient::ciRGB);
    return gradient;
}

/// Ticks at 1..p: the feature names for small p (a user's names: elided, upright when they
/// would not fit), else every k-th index.
void setMatrixTicks(QCPAxis* axis, const std::vector<std::string>& names, bool userNames)
{
    const int p = static_cast<int>(names.size());
    axis->setTickLabelRotation(0.0);
    if (p <= kMaxNamedFeatures) {
        if (userNames)
            PlotStyle::setNameTicks(axis, names, kNameRoom);
        else
            PlotStyle::setFeatureTicks(axis, names, kMaxNamedFeatures);
        return;
    }
    // Larger p: indices 1, then multiples of a round step (5, 10, 20, ...).
    int step = 1;
    for (int candidate : {2, 5, 10, 20, 50, 100, 200, 500})
        if (p / step > 6)
            step = candidate;
    auto ticker = axis->ticker().dynamicCast<QCPAxisTickerText>();
    if (!ticker) {
        ticker.reset(new QCPAxisTickerText);
        axis->setTicker(ticker);
    }
    ticker->clear();
    ticker->addTick(1, QStringLiteral("1"));
    for (int j = step; j <= p; j += step)
        if (j - 1 >= step / 2) // not crowding the 1
            ticker->addTick(j, QString::number(j));
}
} // namespace

MatrixPanels::MatrixPanels(QCustomPlot* plot) : m_plot(plot)
{
    // Two panels side by side in one cell, so the title spans both.
    // The default axis rect (it holds the legend) becomes the left panel.
    QCPAxisRect* first = plot->axisRect();
    plot->plotLayout()->take(first);
    m_grid = new QCPLayoutGrid;
    plot->plotLayout()->addElement(0, 0, m_grid);
    m_parts[MatrixPanel] = makePart(first, 0);
    m_parts[PrecisionPanel] = makePart(new QCPAxisRect(plot), 1);
    m_grid->setRowStretchFactor(0, 0.001); // panel titles
    m_grid->setRowStretchFactor(2, 0.001); // colour scales
    auto* margins = new QCPMarginGroup(plot);
    for (Part& part : m_parts) {
        part.rect->setMarginGroup(QCP::msLeft | QCP::msRight, margins);
        part.scale->setMarginGroup(QCP::msLeft | QCP::msRight, margins);
    }
    PlotStyle::addTitle(plot, QString());
    plot->legend->setVisible(false);
}

MatrixPanels::Part MatrixPanels::makePart(QCPAxisRect* rect, int column)
{
    Part part;
    part.column = column;
    part.heading = new QCPTextElement(m_plot);
    part.heading->setTextColor(QColor(30, 30, 30));
    part.heading->setMargins(QMargins(0, 0, 0, 0));
    m_grid->addElement(0, column, part.heading);

    part.rect = rect;
    m_grid->addElement(1, column, part.rect);
    QCPAxis* x = part.rect->axis(QCPAxis::atBottom);
    QCPAxis* y = part.rect->axis(QCPAxis::atLeft);
    y->setRangeReversed(true); // row 1 at the top, as a matrix is written
    for (QCPAxis* axis : {x, y}) {
        axis->grid()->setVisible(false);
        axis->setSubTicks(false);
    }
    x->setLabel(QCoreApplication::translate("MatrixPanels", "column j"));
    y->setLabel(QCoreApplication::translate("MatrixPanels", "row i"));

    part.map = new QCPColorMap(x, y);
    part.map->setInterpolate(false);
    part.map->setTightBoundary(false);

    part.scale = new QCPColorScale(m_plot);
    part.scale->setType(QCPAxis::atBottom);
    part.scale->setRangeDrag(false);
    part.scale->setRangeZoom(false);
    // Three labelled ticks, −max, 0 and max: they fit however narrow the panel.
    part.scale->axis()->setTicker(QSharedPointer<QCPAxisTicker>(new QCPAxisTickerText));
    m_grid->addElement(2, column, part.scale);
    part.map->setColorScale(part.scale);
    part.scale->setGradient(divergingGradient()); // after linking: the scale's gradient wins

    // Added to the layout (row 3) only while it has a text; a child of the plot throughout.
    part.caption = new QCPTextElement(m_plot);
    part.caption->setTextColor(PlotStyle::neutral().darker(120));
    part.caption->setVisible(false);
    return part;
}

void MatrixPanels::setHeadings(const QString& matrix, const QString& precision)
{
    m_parts[MatrixPanel].heading->setText(matrix);
    m_parts[PrecisionPanel].heading->setText(precision);
}

void MatrixPanels::applyStyle()
{
    m_grid->setColumnSpacing(qRound(10 * PlotStyle::scale()));
    for (Part& part : m_parts) {
        part.heading->setFont(PlotStyle::font(9));
        part.caption->setFont(PlotStyle::font(8));
        part.scale->setBarWidth(qRound(8 * PlotStyle::scale()));
        part.scale->axis()->setTickLabelFont(PlotStyle::font(8));
        part.scale->axis()->setLabelFont(PlotStyle::font(8));
    }
}

std::optional<double> MatrixPanels::largestOf(const Eigen::MatrixXd& matrix)
{
    std::optional<double> largest;
    for (Eigen::Index j = 0; j < matrix.cols(); ++j)
        for (Eigen::Index i = 0; i < matrix.rows(); ++i)
            if (std::isfinite(matrix(i, j)))
                largest = std::max(largest.value_or(0.0), std::abs(matrix(i, j)));
    return largest;
}

int MatrixPanels::cellCount() const
{
    return m_parts[MatrixPanel].cells + m_parts[PrecisionPanel].cells;
}

std::optional<double> MatrixPanels::largest(Panel panel) const
{
    return m_parts[panel].largest;
}

void MatrixPanels::clearPart(Part& part)
{
    part.map->data()->clear();
    part.map->setVisible(false);
    part.scale->setVisible(false); // its numbers belong to the last matrix shown
    part.cells = 0;
    part.largest.reset();
}

void MatrixPanels::showMatrix(Part& part, const Eigen::MatrixXd& matrix,
                              const std::vector<std::string>& names, bool userNames)
{
    const int p = static_cast<int>(matrix.rows());
    part.largest = largestOf(matrix);
    if (p == 0 || matrix.cols() != p || !part.largest) {
        clearPart(part);
        return;
    }
    // Cell (i, j) is centred on key j + 1, value i + 1. A 1 x 1 matrix is stored as 2 x 2
    // copies because QCPColorMap cannot size a single cell. A cell without a finite value is
    // stored as 0 and drawn fully transparent.
    const int size = std::max(p, 2);
    QCPColorMapData* data = part.map->data();
    data->setSize(size, size);
    data->setRange(QCPRange(1.0, size), QCPRange(1.0, size));
    data->clearAlpha();
    for (int j = 0; j < size; ++j) {
        for (int i = 0; i < size; ++i) {
            const double value = matrix(std::min(i, p - 1), std::min(j, p - 1));
            const bool finite = std::isfinite(value);
            data->setCell(j, i, finite ? value : 0.0);
            if (!finite)
                data->setAlpha(j, i, 0);
        }
    }
    part.cells = static_cast<int>(matrix.array().isFinite().count());
    part.map->setVisible(true);
    part.scale->setVisible(true);

    // Symmetric around 0, so white means 0 in both panels.
    const double largest = *part.largest > 0.0 ? *part.largest : 1.0;
    part.map->setDataRange(QCPRange(-largest, largest));
    if (auto ticker = part.scale->axis()->ticker().dynamicCast<QCPAxisTickerText>()) {
        const QString text = NumberText::of(largest, 2);
        ticker->setTicks(QVector<double>{-largest, 0.0, largest},
                         QVector<QString>{QChar(0x2212) + text, QStringLiteral("0"), text});
    }

    part.rect->axis(QCPAxis::atBottom)->setRange(0.5, p + 0.5);
    part.rect->axis(QCPAxis::atLeft)->setRange(0.5, p + 0.5);
    setMatrixTicks(part.rect->axis(QCPAxis::atBottom), names, userNames);
    setMatrixTicks(part.rect->axis(QCPAxis::atLeft), names, userNames);
}

void MatrixPanels::show(const Eigen::MatrixXd& matrix, const Eigen::MatrixXd& precision,
                        const std::vector<std::string>& features, bool userNames,
                        const QString& symbol, const QString& noMatrix)
{
    std::vector<std::string> names = features;
    names.resize(static_cast<std::size_t>(matrix.rows()));
    Part& left = m_parts[MatrixPanel];
    Part& right = m_parts[PrecisionPanel];
    showMatrix(left, matrix, names, userNames);
    PlotStyle::setNotice(m_plot, left.rect, left.cells > 0 ? QString() : noMatrix);

    showMatrix(right, precision, names, userNames);
    if (right.cells == 0 && left.cells > 0) {
        // Keep the axes of the matrix, so the empty panel still reads as a p x p matrix.
        for (QCPAxis* axis :
             {right.rect->axis(QCPAxis::atBottom), right.rect->axis(QCPAxis::atLeft)}) {
            axis->setRange(0.5, matrix.rows() + 0.5);
            setMatrixTicks(axis, names, userNames);
        }
        PlotStyle::setNotice(
            m_plot, right.rect,
            QCoreApplication::translate("MatrixPanels", "%1 is singular: Θ does not exist")
                .arg(symbol));
    } else {
        PlotStyle::setNotice(m_plot, right.rect, QString());
    }
}

void MatrixPanels::clear(const QString& notice)
{
    clearPart(m_parts[MatrixPanel]);
    clearPart(m_parts[PrecisionPanel]);
    PlotStyle::setNotice(m_plot, m_parts[MatrixPanel].rect, notice);
    PlotStyle::setNotice(m_plot, m_parts[PrecisionPanel].rect, QString());
}

void MatrixPanels::setCaptions(const QString& matrix, const QString& precision)
{
    const bool shown = !matrix.isEmpty() || !precision.isEmpty();
    for (Part& part : m_parts) {
        QCPTextElement* caption = part.caption;
        const bool inLayout = caption->layout() != nullptr;
        if (shown) {
            caption->setText(part.column == 0 ? matrix : precision);
            if (!inLayout)
                m_grid->addElement(3, part.column, caption);
            caption->setVisible(true);
        } else if (inLayout) {
            m_grid->take(caption);
            caption->setVisible(false);
        }
    }
    if (shown)
        m_grid->setRowStretchFactor(3, 0.001);
    else
        m_grid->simplify(); // drops the empty caption row
}

QString MatrixPanels::caption(Panel panel) const
{
    const QCPTextElement* caption = m_parts[panel].caption;
    return caption->layout() ? caption->text() : QString();
}

} // namespace lev::ui
