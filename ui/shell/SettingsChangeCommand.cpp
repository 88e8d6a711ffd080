// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#include "shell/SettingsChangeCommand.h"

#include <QObject>

namespace lev::ui {

SettingsChangeCommand::SettingsChangeCommand(const core::RecomputeSettings& before,
                                             const core::RecomputeSettings& after, Apply apply)
    : m_before(before), m_after(after), m_apply(std::move(apply))
{
    QString name;
    m_field = changedField(before, after, &name);
    setText(m_field >= 0 ? QObject::tr("Change %1").arg(name) : QObject::tr("Change settings"));
}

void SettingsChangeCommand::undo()
{
    m_apply(m_before);
}
void SettingsChangeCommand::redo()
{
    m_apply(m_after);
}

bool SettingsChangeCommand::mergeWith(const QUndoCommand* other)
{
    const auto* next = static_cast<const SettingsChangeCommand*>(other);
    if (m_field < 0 || changedField(m_after, next->m_after) != m_field)
        return false;
    m_after = next->m_after;
    // A drag that returns to where it started is no change at all.
    if (m_after == m_before)
        setObsolete(true);
    return true;
}

int SettingsChangeCommand::changedField(const core::RecomputeSettings& a,
                                        const core::RecomputeSettings& b, QString* name)
{
    const std::pair<bool, const char*> fields[] = {
        {a.model.generator != b.model.generator, "generator"},
        {a.model.collinearity != b.model.collinearity, "collinearity"},
        {a.model.noise != b.model.noise, "noise"},
        {a.n != b.n, "n"},
        {a.model.features != b.model.features, "p"},
        {a.model.latentDimension != b.model.latentDimension, "k"},
        {a.estimator.kind != b.estimator.kind, "estimator"},
        {a.estimator.lambda != b.estimator.lambda, "lambda"},
        {a.estimator.components != b.estimator.components, "components"},
        {a.replications != b.replications, "replications"},
        {a.seed != b.seed, "seed"},
    };
    int changed = -1;
    int index = 0;
    for (const auto& [differs, label] : fields) {
        if (differs) {
            if (changed >= 0)
                return -1;
            changed = index;
            if (name)
                *name = QObject::tr(label);
        }
        ++index;
    }
    return changed;
}

} // namespace lev::ui
