// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#include "help/HelpBrowser.h"

#include "help/ShortcutSheet.h"

#include <QTextDocument>
#include <QUrl>

namespace lev::ui {

HelpBrowser::HelpBrowser(QWidget* window, QWidget* parent) : QTextBrowser(parent), m_window(window)
{
    setObjectName(QStringLiteral("helpBrowser"));
    setOpenExternalLinks(false);
}

QVariant HelpBrowser::loadResource(int type, const QUrl& name)
{
    if (type == QTextDocument::HtmlResource && m_window &&
        name.fileName() == QLatin1String("shortcuts.html"))
        return ShortcutSheet::html(m_window);
    return QTextBrowser::loadResource(type, name);
}

} // namespace lev::ui
