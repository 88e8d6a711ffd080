// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#pragma once
// One undoable change of a mode's settings value. Consecutive changes of the same single
// control (a slider drag, spin-box steps) merge into one step, so Ctrl+Z undoes the whole drag;
// a drag that returns to where it started is no step at all.

#include "simulation/RecomputeSettings.h"

#include <QObject>
#include <QString>
#include <QUndoCommand>
#include <functional>

namespace lev::ui {

/// The one field of the simulation's settings that differs (an index >= 0 with its name in
/// `name`), or -1 when none or several differ.
int changedField(const core::RecomputeSettings& a, const core::RecomputeSettings& b,
                 QString* name = nullptr);

/// `Settings` needs operator== and a changedField(a, b, name) overload like the one above.
/// `idBase` keeps the merge ids of different settings types apart.
template <typename Settings> class SettingsChangeCommand : public QUndoCommand
{
public:
    using Apply = std::function<void(const Settings&)>;
    static constexpr int kFieldsPerType = 100;

    SettingsChangeCommand(const Settings& before, const Settings& after, Apply apply, int idBase)
        : m_before(before), m_after(after), m_apply(std::move(apply)), m_idBase(idBase)
    {
        QString name;
        m_field = changedField(before, after, &name);
        Q_ASSERT(m_field < kFieldsPerType);
        setText(m_field >= 0 ? QObject::tr("Change %1").arg(name) : QObject::tr("Change settings"));
    }

    void undo() override { m_apply(m_before); }
    void redo() override { m_apply(m_after); }
    int id() const override { return m_field < 0 || !m_mergeable ? -1 : m_idBase + m_field; }
    /// A named step (a preset, a session) stands alone even when it changes one field.
    void preventMerge() { m_mergeable = false; }

    bool mergeWith(const QUndoCommand* other) override
    {
        // Equal ids mean the same settings type (the id bases differ).
        const auto* next = static_cast<const SettingsChangeCommand*>(other);
        if (m_field < 0 || changedField(m_after, next->m_after) != m_field)
            return false;
        m_after = next->m_after;
        if (m_after == m_before)
            setObsolete(true);
        return true;
    }

private:
    Settings m_before;
    Settings m_after;
    Apply m_apply;
    int m_idBase = 0;
    int m_field = -1;
    bool m_mergeable = true;
};

} // namespace lev::ui
