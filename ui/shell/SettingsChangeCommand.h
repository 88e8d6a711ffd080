// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#pragma once
// One undoable parameter change. Consecutive changes of the same single control (a slider
// drag, spin-box steps) merge into one step, so Ctrl+Z undoes the whole drag.

#include "simulation/RecomputeSettings.h"

#include <QUndoCommand>
#include <functional>

namespace lev::ui {

class SettingsChangeCommand : public QUndoCommand
{
public:
    using Apply = std::function<void(const core::RecomputeSettings&)>;

    SettingsChangeCommand(const core::RecomputeSettings& before,
                          const core::RecomputeSettings& after, Apply apply);

    void undo() override;
    void redo() override;
    int id() const override { return m_field; }
    bool mergeWith(const QUndoCommand* other) override;

    /// The one field that differs (an id >= 0 with its name), or -1 when several differ.
    static int changedField(const core::RecomputeSettings& a, const core::RecomputeSettings& b,
                            QString* name = nullptr);

private:
    core::RecomputeSettings m_before;
    core::RecomputeSettings m_after;
    Apply m_apply;
    int m_field = -1;
};

} // namespace lev::ui
