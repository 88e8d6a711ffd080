// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#include "help/ShortcutSheet.h"

#include <QAction>
#include <QCoreApplication>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QSet>
#include <QWidget>

namespace lev::ui {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("ShortcutSheet", text);
}

/// "&Open Session…" -> "Open Session"
QString plainText(QString text)
{
    text.remove(QRegularExpression(QStringLiteral("&(?!&)")));
    text.replace(QStringLiteral("&&"), QStringLiteral("&"));
    if (text.endsWith(QChar(0x2026)))
        text.chop(1);
    return text.trimmed();
}

QString keysOf(const QAction* action)
{
    QStringList keys;
    for (const QKeySequence& key : action->shortcuts())
        if (!key.isEmpty())
            keys << key.toString(QKeySequence::NativeText);
    return keys.join(tr(" or "));
}

/// The action's own tooltip; empty when it only repeats the text (Qt's default).
QString descriptionOf(const QAction* action)
{
    const QString tip = action->toolTip();
    return plainText(tip) == plainText(action->text()) ? QString() : tip;
}

void collect(const QMenu* menu, const QString& section, QSet<const QAction*>* seen,
             QList<ShortcutSheet::Entry>* entries)
{
    for (const QAction* action : menu->actions()) {
        if (action->isSeparator() || seen->contains(action))
            continue;
        seen->insert(action);
        if (const QMenu* sub = action->menu()) {
            collect(sub, section + QStringLiteral(" \u203a ") + plainText(sub->title()), seen,
                    entries);
            continue;
        }
        const QString keys = keysOf(action);
        if (!keys.isEmpty())
            entries->append({section, plainText(action->text()), keys, descriptionOf(action)});
    }
}

} // namespace

QList<ShortcutSheet::Entry> ShortcutSheet::entries(const QWidget* window)
{
    QList<Entry> entries;
    QSet<const QAction*> seen;
    if (const auto* bar = window->findChild<const QMenuBar*>()) {
        for (const QAction* top : bar->actions())
            if (const QMenu* menu = top->menu()) {
                seen.insert(top);
                collect(menu, plainText(menu->title()), &seen, &entries);
            }
    }
    // Keys bound to the window itself and not in a menu: with a text, one row each; without
    // one (the presentation keys), one row that lists them.
    QStringList unnamed;
    for (const QAction* action : window->actions()) {
        if (seen.contains(action))
            continue;
        const QString keys = keysOf(action);
        if (keys.isEmpty())
            continue;
        const QString text = plainText(action->text());
        if (text.isEmpty())
            unnamed << keys;
        else
            entries.append({tr("Window"), text, keys, descriptionOf(action)});
    }
    if (!unnamed.isEmpty())
        entries.append({tr("Presentation mode"), tr("Keys while presenting"),
                        unnamed.join(QStringLiteral(", ")),
                        tr("Work in presentation mode only: see the Presentation Mode entry")});
    return entries;
}

QString ShortcutSheet::html(const QWidget* window)
{
    QString html = QStringLiteral("<html><head><title>%1</title></head><body>"
                                  "<h1>%1</h1><p><a href=\"guide.html\">%2</a> &middot; "
                                  "<a href=\"shortcuts.html\">%1</a> &middot; "
                                  "<a href=\"glossary.html\">%3</a></p>"
                                  "<p>%4</p>")
                       .arg(tr("Keyboard shortcuts"), tr("Guide"), tr("Glossary"),
                            tr("Read from the program's own menus: every key listed here works "
                               "(some only while their page is shown)."));
    QString section;
    for (const Entry& entry : entries(window)) {
        if (entry.section != section) {
            if (!section.isEmpty())
                html += QStringLiteral("</table>");
            section = entry.section;
            html += QStringLiteral("<h3>%1</h3><table cellspacing=\"0\" cellpadding=\"3\">")
                        .arg(section.toHtmlEscaped());
        }
        html += QStringLiteral("<tr><td width=\"40%\">%1</td><td><b>%2</b></td></tr>")
                    .arg(entry.action.toHtmlEscaped(), entry.keys.toHtmlEscaped());
        if (!entry.description.isEmpty() && entry.description != entry.action)
            html += QStringLiteral("<tr><td colspan=\"2\"><small>%1</small></td></tr>")
                        .arg(entry.description.toHtmlEscaped());
    }
    if (!section.isEmpty())
        html += QStringLiteral("</table>");
    return html + QStringLiteral("</body></html>");
}

} // namespace lev::ui
