// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#include "modes/design/DesignPlot.h"

#include "plots/PlotStyle.h"

namespace lev::ui {

void DesignPlot::addPinnable(QCPGraph* live)
{
    QCPGraph* ghost = addGraph(live->keyAxis(), live->valueAxis());
    ghost->setLayer(PlotStyle::pinnedLayer(this));
    ghost->removeFromLegend();
    ghost->setVisible(false);
    m_ghosts.append(qMakePair(live, ghost));
}

void DesignPlot::styleGhosts()
{
    for (const auto& [live, ghost] : m_ghosts) {
        ghost->setPen(PlotStyle::ghostPen(live->pen().color()));
        ghost->setLineStyle(live->lineStyle());
    }
}

void DesignPlot::pinShown()
{
    bool any = false;
    for (const auto& [live, ghost] : m_ghosts) {
        ghost->data()->set(*live->data());
        ghost->setVisible(live->visible() && !ghost->data()->isEmpty());
        any = any || ghost->visible();
    }
    styleGhosts();
    PlotStyle::setPinnedLegendEntry(this, any);
    replot(QCustomPlot::rpQueuedReplot);
}

void DesignPlot::clearPinned()
{
    for (const auto& [live, ghost] : m_ghosts) {
        ghost->data()->clear();
        ghost->setVisible(false);
    }
    PlotStyle::setPinnedLegendEntry(this, false);
    replot(QCustomPlot::rpQueuedReplot);
}

int DesignPlot::pinnedPointCount() const
{
    int count = 0;
    for (const auto& [live, ghost] : m_ghosts)
        count += ghost->visible() ? ghost->dataCount() : 0;
    return count;
}

} // namespace lev::ui
