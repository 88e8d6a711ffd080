// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#include "shell/SessionState.h"

#include "modes/blackbox/BlackBoxFields.h"
#include "modes/design/DesignSettingsChange.h"
#include "modes/environments/EnvironmentsFields.h"
#include "shell/SettingsChangeCommand.h"

namespace lev::ui {

namespace {

core::RecomputeSettings withoutSweep(core::RecomputeSettings settings)
{
    settings.sweep.clear();
    return settings;
}

} // namespace

SessionState::SessionState(const core::RecomputeSettings& simulation, QObject* parent)
    : QObject(parent), m_simulation(withoutSweep(simulation))
{
    connect(&m_undo, &QUndoStack::cleanChanged, this, &SessionState::modifiedChanged);
}

SessionState::~SessionState()
{
    // The undo stack empties itself as it is destroyed and would say the state became clean.
    m_undo.disconnect(this);
}

/// One undo step from `current` to `next` (none when they are equal); `apply` sets the value and
/// announces it. A step named `what` (a preset, a session) stands alone; an unnamed one merges
/// with the previous edit of the same control.
template <typename Settings>
void SessionState::pushChange(const Settings& current, const Settings& next,
                              void (SessionState::*apply)(const Settings&), int idBase,
                              const QString& what)
{
    if (next == current)
        return;
    auto* command = new SettingsChangeCommand<Settings>(
        current, next, [this, apply](const Settings& s) { (this->*apply)(s); }, idBase);
    if (!what.isEmpty()) {
        command->setText(what);
        command->preventMerge();
    }
    m_undo.push(command); // runs redo(): announces `next`
}

void SessionState::editSimulation(const core::RecomputeSettings& settings)
{
    replaceSimulation(settings, QString());
}

void SessionState::replaceSimulation(const core::RecomputeSettings& settings, const QString& what)
{
    pushChange(m_simulation, withoutSweep(settings), &SessionState::setSimulationNow,
               kSimulationIds, what);
}

void SessionState::setSimulationNow(const core::RecomputeSettings& settings)
{
    m_simulation = settings;
    emit simulationChanged(m_simulation);
}

void SessionState::editData(const DataSettings& settings)
{
    replaceData(settings, QString());
}

void SessionState::replaceData(const DataSettings& settings, const QString& what)
{
    pushChange(m_data, settings, &SessionState::setDataNow, kDataIds, what);
}

void SessionState::setDataNow(const DataSettings& settings)
{
    m_data = settings;
    emit dataChanged(m_data);
}

void SessionState::editBlackBox(const core::BlackBoxSettings& settings)
{
    replaceBlackBox(settings, QString());
}

void SessionState::replaceBlackBox(const core::BlackBoxSettings& settings, const QString& what)
{
    core::BlackBoxSettings next = settings;
    next.sweep.clear();
    pushChange(m_blackBox, next, &SessionState::setBlackBoxNow, kBlackBoxIds, what);
}

void SessionState::editDesign(const core::DesignSettings& settings)
{
    replaceDesign(settings, QString());
}

void SessionState::replaceDesign(const core::DesignSettings& settings, const QString& what)
{
    pushChange(m_design, settings, &SessionState::setDesignNow, kDesignIds, what);
}

void SessionState::openBlackBox(const core::BlackBoxSettings& settings, const QString& what)
{
    replaceBlackBox(settings, what);
    m_blackBoxInUse = true;
    emit blackBoxOpened();
}

void SessionState::setBlackBoxNow(const core::BlackBoxSettings& settings)
{
    m_blackBox = settings;
    emit blackBoxChanged(m_blackBox);
}

void SessionState::setDesignNow(const core::DesignSettings& settings)
{
    m_design = settings;
    emit designChanged(m_design);
}

void SessionState::editEnvironments(const core::EnvironmentsSettings& settings)
{
    replaceEnvironments(settings, QString());
}

void SessionState::replaceEnvironments(const core::EnvironmentsSettings& settings,
                                       const QString& what)
{
    pushChange(m_environments, settings, &SessionState::setEnvironmentsNow, kEnvironmentsIds, what);
}

core::SessionFile::ModeSettings SessionState::modeSettings() const
{
    core::SessionFile::ModeSettings modes;
    modes.design = m_design;
    if (m_blackBoxInUse)
        modes.blackBox = m_blackBox;
    if (m_environmentsInUse)
        modes.environments = m_environments;
    modes.dataDiagnostics = m_data.diagnostics;
    return modes;
}

void SessionState::replaceModes(const core::SessionFile::ModeSettings& modes, const QString& what)
{
    if (modes.design)
        replaceDesign(*modes.design, what);
    if (modes.blackBox)
        openBlackBox(*modes.blackBox, what);
    if (modes.environments) {
        replaceEnvironments(*modes.environments, what);
        setEnvironmentsInUse(true);
    }
    if (modes.dataDiagnostics) {
        DataSettings data = m_data;
        data.diagnostics = *modes.dataDiagnostics;
        replaceData(data, what);
    }
}

void SessionState::setEnvironmentsNow(const core::EnvironmentsSettings& settings)
{
    m_environments = settings;
    emit environmentsChanged(m_environments);
}

void SessionState::setPin(Pin pin)
{
    Q_ASSERT(pin.result);
    m_pin = std::move(pin);
    emit pinChanged();
}

void SessionState::clearPin()
{
    if (!m_pin)
        return;
    m_pin.reset();
    emit pinChanged();
}

void SessionState::markSaved(const QString& path)
{
    m_sessionPath = path;
    m_undo.setClean();
    emit modifiedChanged();
}

} // namespace lev::ui
