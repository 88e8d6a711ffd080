// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#include "modes/design/DesignPin.h"

#include "design/DesignResult.h"
#include "modes/design/DesignController.h"
#include "modes/design/DesignPlot.h"

#include <QAction>
#include <QMenu>

namespace lev::ui {

DesignPin::DesignPin(const DesignController& controller, QList<QCustomPlot*> plots, QObject* parent)
    : QObject(parent), m_controller(controller), m_plots(std::move(plots))
{
}

QList<QAction*> DesignPin::addActions(QMenu* menu)
{
    QAction* pinAction = menu->addAction(tr("&Pin Current Design"), this, &DesignPin::pin);
    pinAction->setShortcut(QKeySequence(tr("Ctrl+P")));
    pinAction->setToolTip(tr("Keep the current curves as faint ghosts in the plots, to compare"));
    QAction* clearAction = menu->addAction(tr("C&lear Pin"), this, &DesignPin::clear);
    clearAction->setShortcut(QKeySequence(tr("Ctrl+Shift+P")));
    clearAction->setToolTip(tr("Remove the pinned design's ghosts"));
    return {pinAction, clearAction};
}

void DesignPin::pin()
{
    const auto result = m_controller.latestResult();
    if (!result || !result->ok())
        return;
    for (QCustomPlot* plot : m_plots)
        if (auto* designPlot = qobject_cast<DesignPlot*>(plot))
            designPlot->pinShown();
    m_pinned = true;
    const core::DesignSettings& s = result->settings;
    emit statusChanged(tr("Pinned %1 at n = %2, π = %3: shown faintly in the plots "
                          "(Ctrl+Shift+P clears)")
                           .arg(QString::fromStdString(core::generatorName(s.model.generator)))
                           .arg(s.n)
                           .arg(s.fraction, 0, 'f', 2));
}

void DesignPin::clear()
{
    for (QCustomPlot* plot : m_plots)
        if (auto* designPlot = qobject_cast<DesignPlot*>(plot))
            designPlot->clearPinned();
    if (m_pinned)
        emit statusChanged(tr("Pin cleared"));
    m_pinned = false;
}

} // namespace lev::ui
