// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#include "modes/simulation/HeatmapPlot.h"

#include "plots/PlotStyle.h"
#include "simulation/RecomputeResult.h"

namespace lev::ui {

namespace {
/// A largest |entry| with three significant digits and no exponent.
QString magnitude(double value)
{
    const int decimals = value >= 100.0 ? 0 : value >= 10.0 ? 1 : 2;
    return QString::number(value, 'f', decimals);
}
} // namespace

HeatmapPlot::HeatmapPlot(QWidget* parent) : ResultPlot(parent), m_panels(this)
{
    setObjectName(QStringLiteral("heatmapPlot"));
    PlotStyle::setTitle(this, tr("Covariance Σ and precision Θ"));
    m_panels.setHeadings(tr("Σ (covariance)"), tr("Θ = Σ⁻¹ (precision)"));
    applyStyle();
}

void HeatmapPlot::applyStyle()
{
    PlotStyle::applyTo(this);
    m_panels.applyStyle();
    replot(QCustomPlot::rpQueuedReplot);
}

int HeatmapPlot::pointCount() const
{
    return m_panels.cellCount();
}

int HeatmapPlot::pinnedPointCount() const
{
    if (!m_pinned)
        return 0;
    return (m_pinnedCovariance ? 1 : 0) + (m_pinnedPrecision ? 1 : 0);
}

QString HeatmapPlot::pinnedCaption(int panel) const
{
    return m_panels.caption(panel == 0 ? MatrixPanels::MatrixPanel : MatrixPanels::PrecisionPanel);
}

void HeatmapPlot::showResult(const core::RecomputeResult& result)
{
    if (result.status == core::RecomputeStatus::InvalidSettings)
        m_panels.clear(QString::fromStdString(result.message));
    else
        m_panels.show(result.truth.featureCovariance(), result.populationSpectrum.precision,
                      result.truth.features, false, QStringLiteral("Σ"), tr("no covariance"));
    showCaptions();
    replot(QCustomPlot::rpQueuedReplot);
}

void HeatmapPlot::showPinned(const core::RecomputeResult* pinned)
{
    m_pinned = pinned && (pinned->status == core::RecomputeStatus::Ok ||
                          pinned->status == core::RecomputeStatus::NotIdentifiable);
    if (m_pinned) {
        m_pinnedCovariance = MatrixPanels::largestOf(pinned->truth.featureCovariance());
        m_pinnedPrecision = MatrixPanels::largestOf(pinned->populationSpectrum.precision);
    } else {
        m_pinnedCovariance.reset();
        m_pinnedPrecision.reset();
    }
    showCaptions();
    replot(QCustomPlot::rpQueuedReplot);
}

void HeatmapPlot::showCaptions()
{
    if (!m_pinned) {
        m_panels.setCaptions(QString(), QString());
        return;
    }
    auto caption = [this](const QString& symbol, MatrixPanels::Panel panel,
                          const std::optional<double>& pinned, const QString& missing) {
        const std::optional<double> live = m_panels.largest(panel);
        return tr("max |%1|: live %2, pinned %3")
            .arg(symbol, live ? magnitude(*live) : missing, pinned ? magnitude(*pinned) : missing);
    };
    m_panels.setCaptions(
        caption(QStringLiteral("Σ"), MatrixPanels::MatrixPanel, m_pinnedCovariance, tr("none")),
        caption(QStringLiteral("Θ"), MatrixPanels::PrecisionPanel, m_pinnedPrecision,
                tr("singular")));
}

} // namespace lev::ui
