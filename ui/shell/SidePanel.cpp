// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#include "shell/SidePanel.h"

#include <QLabel>
#include <QScrollArea>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace lev::ui {

QWidget* SidePanel::create(QWidget* controls, const QString& narrativeName, const QString& toolTip,
                           QTextBrowser** narrative)
{
    auto* pane = new QTextBrowser;
    pane->setObjectName(narrativeName);
    pane->setFrameShape(QFrame::StyledPanel);
    pane->setMinimumHeight(120);
    pane->setToolTip(toolTip);
    auto* notice = new QLabel(tr("<b>What to notice</b>"));
    notice->setBuddy(pane);
    auto* side = new QWidget;
    auto* layout = new QVBoxLayout(side);
    layout->setContentsMargins(4, 0, 4, 4);
    layout->addWidget(controls);
    layout->addWidget(notice);
    layout->addWidget(pane, 1);
    auto* scroll = new QScrollArea;
    scroll->setWidget(side);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    *narrative = pane;
    return scroll;
}

} // namespace lev::ui
