// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#pragma once
// A mode's side panel, the same in every mode: its controls above a "What to notice" pane for
// the narrative, in a scroll area that never scrolls sideways.

#include <QCoreApplication>
#include <QString>

class QTextBrowser;
class QWidget;

namespace lev::ui {

class SidePanel
{
    Q_DECLARE_TR_FUNCTIONS(lev::ui::SidePanel)

public:
    /// The panel holding `controls` and a new narrative pane (`narrativeName`, `toolTip`),
    /// returned in `narrative`; the caller owns the panel.
    static QWidget* create(QWidget* controls, const QString& narrativeName, const QString& toolTip,
                           QTextBrowser** narrative);
};

} // namespace lev::ui
