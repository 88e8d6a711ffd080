// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#pragma once
// A mode's presets as menu entries (the title, the story as the tooltip) and as presentation
// mode's digit keys (1 to 9, then 0 for the tenth); either emits presetChosen(index).

#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>
#include <vector>

class QAction;
class QMenu;

namespace lev::ui {

class PresetMenu : public QObject
{
    Q_OBJECT

public:
    struct Entry
    {
        QString title;
        QStringList story; ///< its sentences, joined for the tooltip
    };
    /// How the presets are reached besides the menu.
    struct Keys
    {
        int presentation = 9;    ///< the first this many presets get a digit key (at most 10)
        bool ctrlDigits = false; ///< Ctrl+1 to Ctrl+9 on the first nine menu entries
        int separatorAfter = -1; ///< a separator after the entry of this index (none: -1)
    };

    /// The entries of any presets with a `title` and a `story`.
    template <class Preset> static QList<Entry> entriesOf(const std::vector<Preset>& presets)
    {
        QList<Entry> entries;
        for (const Preset& preset : presets)
            entries.append({preset.title, preset.story});
        return entries;
    }

    /// The digit keys are made at once (disabled, for the window to enable in presentation mode).
    PresetMenu(const QList<Entry>& entries, const Keys& keys, QObject* parent);

    /// Adds one action per preset to `menu`; its tooltip names the presentation key, if any.
    void addTo(QMenu* menu);
    /// Presentation mode's digit keys, window-wide shortcuts.
    const QList<QAction*>& presentationActions() const { return m_presentationActions; }

signals:
    void presetChosen(int index);

private:
    QList<Entry> m_entries;
    Keys m_keys;
    QList<QAction*> m_presentationActions;
};

} // namespace lev::ui
