// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#include "shell/SessionState.h"

#include "modes/blackbox/BlackBoxFields.h"
#include "modes/design/DesignSettingsChange.h"
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

void SessionState::editSimulation(const core::RecomputeSettings& settings)
{
    replaceSimulation(settings, QString());
}

void SessionState::replaceSimulation(const core::RecomputeSettings& settings, const QString& what)
{
    const core::RecomputeSettings next = withoutSweep(settings);
    if (next == m_simulation)
        return;
    auto* command = new SettingsChangeCommand<core::RecomputeSettings>(
        m_simulation, next, [this](const core::RecomputeSettings& s) { setSimulationNow(s); },
        kSimulationIds);
    if (!what.isEmpty()) {
        command->setText(what);
        command->preventMerge(); // a preset or a session is a step of its own
    }
    m_undo.push(command); // runs redo(): announces `next`
}

void SessionState::setSimulationNow(const core::RecomputeSettings& settings)
{
    m_simulation = settings;
    emit simulationChanged(m_simulation);
}

void SessionState::editData(const DataSettings& settings)
{
    if (settings == m_data)
        return;
    m_undo.push(new SettingsChangeCommand<DataSettings>(
        m_data, settings, [this](const DataSettings& s) { setDataNow(s); }, kDataIds));
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
    if (next == m_blackBox)
        return;
    auto* command = new SettingsChangeCommand<core::BlackBoxSettings>(
        m_blackBox, next, [this](const core::BlackBoxSettings& s) { setBlackBoxNow(s); },
        kBlackBoxIds);
    if (!what.isEmpty()) {
        command->setText(what);
        command->preventMerge();
    }
    m_undo.push(command);
}

void SessionState::editDesign(const core::DesignSettings& settings)
{
    replaceDesign(settings, QString());
}

void SessionState::replaceDesign(const core::DesignSettings& settings, const QString& what)
{
    if (settings == m_design)
        return;
    auto* command = new SettingsChangeCommand<core::DesignSettings>(
        m_design, settings, [this](const core::DesignSettings& s) { setDesignNow(s); }, kDesignIds);
    if (!what.isEmpty()) {
        command->setText(what);
        command->preventMerge();
    }
    m_undo.push(command);
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
