// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#include "shell/PresentationLayout.h"

#include "plots/PlotContextMenu.h"
#include "plots/PlotStyle.h"
#include "shell/ModePage.h"

#include <QAction>
#include <QKeySequence>
#include <QLabel>
#include <QVBoxLayout>

namespace lev::ui {

PresentationLayout::PresentationLayout(ModePage* page, QWidget* plots,
                                       const QList<QCustomPlot*>& exportable, QWidget* window,
                                       const QString& headlineName)
    : QObject(page)
{
    m_headline = new QLabel;
    m_headline->setObjectName(headlineName);
    m_headline->setWordWrap(true);
    m_headline->setTextFormat(Qt::RichText);
    m_headline->setContentsMargins(12, 8, 12, 8);
    m_headline->setVisible(false);
    auto* layout = new QVBoxLayout(page); // a box layout sizes the wrapped headline right
    layout->setContentsMargins(4, 4, 4, 4);
    layout->setSpacing(4);
    layout->addWidget(m_headline);
    layout->addWidget(plots, 1);

    for (QCustomPlot* plot : exportable) {
        PlotContextMenu* menu = installExportMenu(plot, window);
        connect(menu, &PlotContextMenu::exported, page, [page](const QString& path) {
            emit page->statusChanged(ModePage::tr("Exported %1").arg(path));
        });
        connect(menu, &PlotContextMenu::exportFailed, page, &ModePage::statusChanged);
    }
}

void PresentationLayout::setPresenting(bool on)
{
    m_presenting = on;
    m_headline->setVisible(on);
}

void PresentationLayout::addKey(const QKeySequence& key, const std::function<void()>& triggered)
{
    auto* action = new QAction(this);
    action->setShortcut(key);
    action->setShortcutContext(Qt::WindowShortcut);
    action->setEnabled(false);
    connect(action, &QAction::triggered, this, triggered);
    m_keys << action;
}

void PresentationLayout::setHeadline(const QString& title, const QString& state,
                                     const QStringList& body)
{
    const double scale = PlotStyle::scale();
    m_headline->setText(
        QStringLiteral("<div style='font-size:%1pt'><b>%2</b>"
                       "<span style='font-size:%3pt; color:%4'>&nbsp;&nbsp;&nbsp;%5</span></div>"
                       "<div style='font-size:%3pt'>%6</div>")
            .arg(qRound(11 * scale))
            .arg(title.toHtmlEscaped())
            .arg(qRound(8 * scale))
            .arg(PlotStyle::highContrast() ? QStringLiteral("#000000") : QStringLiteral("#555555"))
            .arg(state.toHtmlEscaped())
            .arg(body.join(QLatin1Char(' ')).toHtmlEscaped()));
    // Its height for the new text now, not at the next layout request: a screenshot or a
    // repaint in between would show the old height and clip the new text's last line.
    if (QLayout* layout = m_headline->parentWidget()->layout())
        layout->activate();
}

} // namespace lev::ui
