// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#include "modes/simulation/HeatmapPlot.h"

#include "plots/PlotStyle.h"
#include "simulation/RecomputeResult.h"

#include <algorithm>

namespace lev::ui {

namespace {
constexpr int kMaxNamedFeatures = 12; // feature names on the axes up to this p
// Data mode: the room (pixels at scale 1) a panel gives the column names side by side.
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

/// A largest |entry| with three significant digits and no exponent.
QString magnitude(double value)
{
    const int decimals = value >= 100.0 ? 0 : value >= 10.0 ? 1 : 2;
    return QString::number(value, 'f', decimals);
}

std::optional<double> largestOf(const Eigen::MatrixXd& matrix)
{
    if (matrix.size() == 0)
        return std::nullopt;
    return matrix.cwiseAbs().maxCoeff();
}
} // namespace

HeatmapPlot::HeatmapPlot(QWidget* parent) : ResultPlot(parent)
{
    setObjectName(QStringLiteral("heatmapPlot"));

    // Two panels side by side in one cell, so the title spans both.
    // The default axis rect (it holds the legend) becomes the left panel.
    QCPAxisRect* first = axisRect();
    plotLayout()->take(first);
    m_grid = new QCPLayoutGrid;
    plotLayout()->addElement(0, 0, m_grid);
    auto* margins = new QCPMarginGroup(this);
    m_covariance = makePanel(first, 0, tr("none"), margins);
    m_precision = makePanel(new QCPAxisRect(this), 1, tr("singular"), margins);
    m_grid->setRowStretchFactor(0, 0.001); // panel titles
    m_grid->setRowStretchFactor(2, 0.001); // colour scales

    PlotStyle::addTitle(this, QString()); // set by setDataMode
    m_dataMode = true;                    // so that the switch below sets the texts
    setDataMode(false);
    legend->setVisible(false);
    applyStyle();
}

void HeatmapPlot::setDataMode(bool data)
{
    if (data == m_dataMode)
        return;
    m_dataMode = data;
    if (data) {
        PlotStyle::setTitle(this, tr("Correlation R of the features and precision Θ"));
        m_covariance.symbol = QStringLiteral("R");
        m_covariance.heading->setText(tr("R: correlation of the features"));
        m_precision.heading->setText(tr("Θ = R⁻¹ (precision)"));
    } else {
        PlotStyle::setTitle(this, tr("Covariance Σ and precision Θ"));
        m_covariance.symbol = QStringLiteral("Σ");
        m_covariance.heading->setText(tr("Σ (covariance)"));
        m_precision.heading->setText(tr("Θ = Σ⁻¹ (precision)"));
    }
    m_precision.symbol = QStringLiteral("Θ");
}

HeatmapPlot::Panel HeatmapPlot::makePanel(QCPAxisRect* rect, int column, const QString& missing,
                                          QCPMarginGroup* margins)
{
    Panel panel;
    panel.missing = missing;
    panel.column = column;
    panel.heading = new QCPTextElement(this);
    panel.heading->setTextColor(QColor(30, 30, 30));
    panel.heading->setMargins(QMargins(0, 0, 0, 0));
    m_grid->addElement(0, column, panel.heading);

    panel.rect = rect;
    m_grid->addElement(1, column, panel.rect);
    QCPAxis* x = panel.rect->axis(QCPAxis::atBottom);
    QCPAxis* y = panel.rect->axis(QCPAxis::atLeft);
    y->setRangeReversed(true); // row 1 at the top, as a matrix is written
    for (QCPAxis* axis : {x, y}) {
        axis->grid()->setVisible(false);
        axis->setSubTicks(false);
    }
    x->setLabel(tr("column j"));
    y->setLabel(tr("row i"));

    panel.map = new QCPColorMap(x, y);
    panel.map->setInterpolate(false);
    panel.map->setTightBoundary(false);

    panel.scale = new QCPColorScale(this);
    panel.scale->setType(QCPAxis::atBottom);
    panel.scale->setRangeDrag(false);
    panel.scale->setRangeZoom(false);
    panel.scale->axis()->setTicker(QSharedPointer<QCPAxisTicker>(new QCPAxisTicker));
    panel.scale->axis()->ticker()->setTickCount(4);
    m_grid->addElement(2, column, panel.scale);
    panel.map->setColorScale(panel.scale);
    panel.scale->setGradient(divergingGradient()); // after linking: the scale's gradient wins

    // Added to the layout (row 3) only while a state is pinned; a child of the plot throughout.
    panel.caption = new QCPTextElement(this);
    panel.caption->setTextColor(PlotStyle::neutral().darker(120));
    panel.caption->setVisible(false);

    panel.rect->setMarginGroup(QCP::msLeft | QCP::msRight, margins);
    panel.scale->setMarginGroup(QCP::msLeft | QCP::msRight, margins);
    return panel;
}

void HeatmapPlot::applyStyle()
{
    PlotStyle::applyTo(this);
    m_grid->setColumnSpacing(qRound(10 * PlotStyle::scale()));
    for (Panel* panel : {&m_covariance, &m_precision}) {
        panel->heading->setFont(PlotStyle::font(9));
        panel->caption->setFont(PlotStyle::font(8));
        panel->scale->setBarWidth(qRound(8 * PlotStyle::scale()));
        panel->scale->axis()->setTickLabelFont(PlotStyle::font(8));
        panel->scale->axis()->setLabelFont(PlotStyle::font(8));
    }
    replot(QCustomPlot::rpQueuedReplot);
}

int HeatmapPlot::pointCount() const
{
    return m_covariance.cells + m_precision.cells;
}

int HeatmapPlot::pinnedPointCount() const
{
    if (!m_pinned)
        return 0;
    return (m_covariance.pinnedLargest ? 1 : 0) + (m_precision.pinnedLargest ? 1 : 0);
}

QString HeatmapPlot::pinnedCaption(int panel) const
{
    const Panel& shown = panel == 0 ? m_covariance : m_precision;
    return m_pinned ? shown.caption->text() : QString();
}

void HeatmapPlot::clearPanel(Panel& panel)
{
    panel.map->data()->clear();
    panel.map->setVisible(false);
    panel.scale->setVisible(false); // its numbers belong to the last matrix shown
    panel.cells = 0;
    panel.largest.reset();
}

void HeatmapPlot::showMatrix(Panel& panel, const Eigen::MatrixXd& matrix,
                             const std::vector<std::string>& names)
{
    const int p = static_cast<int>(matrix.rows());
    if (p == 0 || matrix.cols() != p) {
        clearPanel(panel);
        return;
    }
    // Cell (i, j) is centred on key j + 1, value i + 1. A 1 x 1 matrix is stored as 2 x 2
    // copies because QCPColorMap cannot size a single cell.
    const int size = std::max(p, 2);
    QCPColorMapData* data = panel.map->data();
    data->setSize(size, size);
    data->setRange(QCPRange(1.0, size), QCPRange(1.0, size));
    for (int j = 0; j < size; ++j)
        for (int i = 0; i < size; ++i)
            data->setCell(j, i, matrix(std::min(i, p - 1), std::min(j, p - 1)));
    panel.cells = p * p;
    panel.map->setVisible(true);
    panel.scale->setVisible(true);

    // Symmetric around 0, so white means 0 in both panels.
    panel.largest = largestOf(matrix);
    const double largest = *panel.largest > 0.0 ? *panel.largest : 1.0;
    panel.map->setDataRange(QCPRange(-largest, largest));

    panel.rect->axis(QCPAxis::atBottom)->setRange(0.5, p + 0.5);
    panel.rect->axis(QCPAxis::atLeft)->setRange(0.5, p + 0.5);
    setMatrixTicks(panel.rect->axis(QCPAxis::atBottom), names, m_dataMode);
    setMatrixTicks(panel.rect->axis(QCPAxis::atLeft), names, m_dataMode);
}

void HeatmapPlot::showResult(const core::RecomputeResult& result)
{
    if (result.status == core::RecomputeStatus::Cancelled)
        return; // a newer result is on its way; keep what is shown
    setDataMode(false);
    if (result.status == core::RecomputeStatus::InvalidSettings) {
        clearPanel(m_covariance);
        clearPanel(m_precision);
        showCaptions();
        PlotStyle::setNotice(this, m_covariance.rect, QString::fromStdString(result.message));
        PlotStyle::setNotice(this, m_precision.rect, QString());
        replot(QCustomPlot::rpQueuedReplot);
        return;
    }

    showMatrices(result.truth.featureCovariance(), result.populationSpectrum.precision,
                 result.truth.features);
}

void HeatmapPlot::showDataMatrices(const Eigen::MatrixXd& correlation,
                                   const Eigen::MatrixXd& precision,
                                   const std::vector<std::string>& names)
{
    setDataMode(true);
    m_pinned = false; // a simulation's pinned state does not compare with data
    m_covariance.pinnedLargest.reset();
    m_precision.pinnedLargest.reset();
    showMatrices(correlation, precision, names);
}

void HeatmapPlot::showMatrices(const Eigen::MatrixXd& matrix, const Eigen::MatrixXd& precision,
                               const std::vector<std::string>& features)
{
    const QString symbol = m_covariance.symbol;
    std::vector<std::string> names = features;
    names.resize(static_cast<std::size_t>(matrix.rows()));
    showMatrix(m_covariance, matrix, names);
    PlotStyle::setNotice(this, m_covariance.rect,
                         m_covariance.cells > 0 ? QString()
                         : m_dataMode           ? tr("no correlation")
                                                : tr("no covariance"));

    showMatrix(m_precision, precision, names);
    if (m_precision.cells == 0 && m_covariance.cells > 0) {
        // Keep the axes of the matrix, so the empty panel still reads as a p x p matrix.
        for (QCPAxis* axis :
             {m_precision.rect->axis(QCPAxis::atBottom), m_precision.rect->axis(QCPAxis::atLeft)}) {
            axis->setRange(0.5, matrix.rows() + 0.5);
            setMatrixTicks(axis, names, m_dataMode);
        }
        PlotStyle::setNotice(this, m_precision.rect,
                             tr("%1 is singular: Θ does not exist").arg(symbol));
    } else {
        PlotStyle::setNotice(this, m_precision.rect, QString());
    }
    showCaptions();
    replot(QCustomPlot::rpQueuedReplot);
}

void HeatmapPlot::showPinned(const core::RecomputeResult* pinned)
{
    m_pinned = pinned && (pinned->status == core::RecomputeStatus::Ok ||
                          pinned->status == core::RecomputeStatus::NotIdentifiable);
    if (m_pinned) {
        m_covariance.pinnedLargest = largestOf(pinned->truth.featureCovariance());
        m_precision.pinnedLargest = largestOf(pinned->populationSpectrum.precision);
    } else {
        m_covariance.pinnedLargest.reset();
        m_precision.pinnedLargest.reset();
    }
    showCaptions();
    replot(QCustomPlot::rpQueuedReplot);
}

void HeatmapPlot::showCaptions()
{
    for (Panel* panel : {&m_covariance, &m_precision}) {
        QCPTextElement* caption = panel->caption;
        const bool inLayout = caption->layout() != nullptr;
        if (m_pinned) {
            const QString live = panel->largest ? magnitude(*panel->largest) : panel->missing;
            const QString pinned =
                panel->pinnedLargest ? magnitude(*panel->pinnedLargest) : panel->missing;
            caption->setText(tr("max |%1|: live %2, pinned %3").arg(panel->symbol, live, pinned));
            if (!inLayout)
                m_grid->addElement(3, panel->column, caption);
            caption->setVisible(true);
        } else if (inLayout) {
            m_grid->take(caption);
            caption->setVisible(false);
        }
    }
    if (!m_pinned)
        m_grid->simplify(); // drops the empty caption row
    else
        m_grid->setRowStretchFactor(3, 0.001);
}

} // namespace lev::ui
