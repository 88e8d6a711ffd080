// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#pragma once
// The keyboard shortcuts of a main window, read from its actions (the menus in order, then the
// keys bound to the window itself), so the sheet cannot drift from the keys that work.

#include <QList>
#include <QString>

class QWidget;

namespace lev::ui {

class ShortcutSheet
{
public:
    struct Entry
    {
        QString section; ///< the menu ("Edit", "View › Presets"), or the window's own keys
        QString action;  ///< the action's text without mnemonics
        QString keys;    ///< every shortcut, native text, "Ctrl+Y or Ctrl+Shift+Z"
        QString description;
    };

    static QList<Entry> entries(const QWidget* window);
    /// The entries as an HTML page for the help window.
    static QString html(const QWidget* window);
};

} // namespace lev::ui
