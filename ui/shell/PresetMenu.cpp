// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#include "shell/PresetMenu.h"

#include <QAction>
#include <QKeySequence>
#include <QMenu>

#include <algorithm>

namespace lev::ui {

PresetMenu::PresetMenu(const QList<Entry>& entries, const Keys& keys, QObject* parent)
    : QObject(parent), m_entries(entries), m_keys(keys)
{
    Q_ASSERT(keys.presentation >= 0 && keys.presentation <= 10);
    for (int i = 0; i < std::min<int>(m_keys.presentation, int(m_entries.size())); ++i) {
        auto* action = new QAction(this);
        action->setShortcut(QKeySequence(Qt::Key_0 + (i + 1) % 10)); // 1 to 9, then 0
        action->setShortcutContext(Qt::WindowShortcut);
        action->setEnabled(false);
        connect(action, &QAction::triggered, this, [this, i]() { emit presetChosen(i); });
        m_presentationActions << action;
    }
}

void PresetMenu::addTo(QMenu* menu)
{
    menu->setToolTipsVisible(true);
    for (int i = 0; i < int(m_entries.size()); ++i) {
        const Entry& entry = m_entries.at(i);
        QAction* action = menu->addAction(entry.title, this, [this, i]() { emit presetChosen(i); });
        QString tip = entry.story.join(QLatin1Char(' '));
        if (i < m_keys.presentation)
            tip += tr(" (In presentation mode: key %1.)").arg((i + 1) % 10);
        action->setToolTip(tip);
        if (m_keys.ctrlDigits && i < 9)
            action->setShortcut(QKeySequence(tr("Ctrl+%1").arg(i + 1)));
        if (i == m_keys.separatorAfter)
            menu->addSeparator();
    }
}

} // namespace lev::ui
