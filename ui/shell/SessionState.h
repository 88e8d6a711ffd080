// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#pragma once
// The one state of a session, observed by every page and control: each mode's current settings
// value, the undo stack over them (consecutive edits of one control merge), the pinned state,
// and whether anything changed since the session was last saved or opened (the stack's clean
// state). Controls write here and redraw from the change signals; nothing else holds a copy.

#include "blackbox/BlackBoxSettings.h"
#include "design/DesignSettings.h"
#include "environments/EnvironmentsSettings.h"
#include "io/SessionFile.h"
#include "modes/data/DataSettings.h"
#include "simulation/RecomputeResult.h"

#include <QObject>
#include <QUndoStack>
#include <memory>
#include <optional>
#include <vector>

namespace lev::ui {

class SessionState : public QObject
{
    Q_OBJECT

public:
    /// A pinned simulation state: its result and its sweep, shown faintly beside the live one.
    struct Pin
    {
        std::shared_ptr<const core::RecomputeResult> result;
        std::vector<core::SweepPoint> sweep;
    };

    explicit SessionState(const core::RecomputeSettings& simulation, QObject* parent = nullptr);
    /// Announces nothing while it goes: its observers (the window among them) may be half gone.
    ~SessionState() override;

    /// The simulation's settings (never with a sweep grid: the page adds it when computing).
    const core::RecomputeSettings& simulation() const { return m_simulation; }
    /// A control changed them: one undo step, merged with the previous edit of that control.
    void editSimulation(const core::RecomputeSettings& settings);
    /// Replaces them as one undo step named `what` (a preset, an opened session).
    void replaceSimulation(const core::RecomputeSettings& settings, const QString& what);

    const DataSettings& data() const { return m_data; }
    void editData(const DataSettings& settings);
    /// Replaces them as one undo step named `what` (an opened session).
    void replaceData(const DataSettings& settings, const QString& what);

    /// The black box's settings (never with a sweep grid: its page adds it when computing).
    const core::BlackBoxSettings& blackBox() const { return m_blackBox; }
    /// A control changed them: one undo step, merged with the previous edit of that control.
    void editBlackBox(const core::BlackBoxSettings& settings);
    /// Replaces them as one undo step named `what` (a preset, an opened session).
    void replaceBlackBox(const core::BlackBoxSettings& settings, const QString& what);
    /// Whether a saved session includes the black box (its page is shown, or it was opened so).
    bool isBlackBoxInUse() const { return m_blackBoxInUse; }
    void setBlackBoxInUse(bool inUse) { m_blackBoxInUse = inUse; }
    /// An opened session brought black-box settings: replaces them (one step named `what`) and
    /// announces blackBoxOpened, so that the page shows itself.
    void openBlackBox(const core::BlackBoxSettings& settings, const QString& what);

    /// The experiment designer's settings (defaults: the confounder, X1 randomized).
    const core::DesignSettings& design() const { return m_design; }
    void editDesign(const core::DesignSettings& settings);
    /// Replaces them as one undo step named `what` (a preset, an opened session).
    void replaceDesign(const core::DesignSettings& settings, const QString& what);

    /// The environments mode's settings.
    const core::EnvironmentsSettings& environments() const { return m_environments; }
    void editEnvironments(const core::EnvironmentsSettings& settings);
    /// Replaces them as one undo step named `what` (a preset, an opened session).
    void replaceEnvironments(const core::EnvironmentsSettings& settings, const QString& what);
    /// Whether a saved session includes them (the page was shown, or a session brought them).
    bool isEnvironmentsInUse() const { return m_environmentsInUse; }
    void setEnvironmentsInUse(bool inUse) { m_environmentsInUse = inUse; }

    /// The other modes' settings as a session file keeps them: the designer's and the data
    /// mode's diagnostics always, the black box's and the environments' when in use.
    core::SessionFile::ModeSettings modeSettings() const;
    /// Replaces the modes' settings that `modes` has, each as one undo step named `what` (an
    /// opened session, a recovered autosave); the black box and environments become in use.
    void replaceModes(const core::SessionFile::ModeSettings& modes, const QString& what);

    QUndoStack& undoStack() { return m_undo; }

    const std::optional<Pin>& pin() const { return m_pin; }
    void setPin(Pin pin);
    void clearPin();

    /// Changed since the last save or open (the undo stack is not at its clean index).
    bool isModified() const { return !m_undo.isClean(); }
    /// The session file the state was last saved to or opened from; empty if none.
    QString sessionPath() const { return m_sessionPath; }
    /// The state now equals the file at `path`.
    void markSaved(const QString& path);

signals:
    void simulationChanged(const lev::core::RecomputeSettings& settings);
    void dataChanged(const lev::ui::DataSettings& settings);
    void blackBoxChanged(const lev::core::BlackBoxSettings& settings);
    /// A session with the black box's settings was opened.
    void blackBoxOpened();
    void designChanged(const lev::core::DesignSettings& settings);
    void pinChanged();
    /// isModified() or sessionPath() changed.
    void modifiedChanged();
    void environmentsChanged(const lev::core::EnvironmentsSettings& settings);

private:
    enum : int
    {
        kSimulationIds = 0,
        kDataIds = 100,
        kDesignIds = 200,
        kBlackBoxIds = 300,
        kEnvironmentsIds = 400
    }; ///< merge-id bases per settings type

    template <typename Settings>
    void pushChange(const Settings& current, const Settings& next,
                    void (SessionState::*apply)(const Settings&), int idBase, const QString& what);
    void setSimulationNow(const core::RecomputeSettings& settings);
    void setDataNow(const DataSettings& settings);
    void setBlackBoxNow(const core::BlackBoxSettings& settings);
    void setDesignNow(const core::DesignSettings& settings);
    void setEnvironmentsNow(const core::EnvironmentsSettings& settings);

    core::RecomputeSettings m_simulation;
    DataSettings m_data;
    core::BlackBoxSettings m_blackBox =
        core::BlackBoxSettings::defaultsFor(core::GeneratorKind::Proxy);
    bool m_blackBoxInUse = false;
    core::DesignSettings m_design =
        core::DesignSettings::defaultsFor(core::GeneratorKind::Confounder);
    std::optional<Pin> m_pin;
    QString m_sessionPath;
    QUndoStack m_undo;
    core::EnvironmentsSettings m_environments;
    bool m_environmentsInUse = false;
};

} // namespace lev::ui
