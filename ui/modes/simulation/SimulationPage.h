// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#pragma once
// The simulation mode's page: the seven plots of docs/math.md §5 and, in the dock, the controls
// with the pane that says what to notice. Observes the SessionState: every change of the
// simulation's settings is computed by the RecomputeController and drawn when it comes back;
// presets, the pin, the collinearity animation and presentation mode's keys live here too.

#include "io/Preset.h"
#include "modes/simulation/RecomputeController.h"
#include "shell/ModePage.h"

#include <vector>

class QLabel;
class QTextBrowser;
class QTimer;

namespace lev::ui {

class ControlPanel;
class SessionState;
class SimulationPlots;

class SimulationPage : public ModePage
{
    Q_OBJECT

public:
    /// Dialogs open over `window`.
    SimulationPage(SessionState& state, QWidget* window);

    QWidget* sidePanel() override { return m_side; }
    QString sideTitle() const override;
    QList<QCustomPlot*> plots() const override;
    QString narrativeText() const override;
    QString caption() const override;
    LatestJobRunner& jobs() override { return m_controller.runner(); }
    void addActions(const Menus& menus) override;
    void setShown(bool shown) override;
    bool supportsPresentation() const override { return true; }
    void setPresentation(bool on) override;
    QList<QAction*> presentationActions() const override { return m_presentationActions; }
    bool exportCsv(const QString& folder, QString* error) const override;

    RecomputeController& controller() { return m_controller; }
    ControlPanel& controls() { return *m_controls; }
    SimulationPlots& simulationPlots() { return *m_plots; }

    const std::vector<core::Preset>& presets() const { return m_presets; }
    /// Shows the page and applies the preset as one undo step.
    void applyPreset(int index);
    /// Keeps the newest result as a faint ghost in every plot; clearPin() removes it.
    void pinCurrentState();
    void clearPin();
    /// Space in presentation mode: sweeps the collinearity slider up to its end.
    void toggleAnimation();
    bool isAnimating() const;

private:
    void onSettingsChanged(const core::RecomputeSettings& settings);
    void requestRecompute();
    void showResult(const RecomputeController::ResultPointer& result);
    void showSweep(const std::vector<core::SweepPoint>& points);
    void showPin();
    void updateNarrative();
    void animationStep();
    void createPresentationActions();

    SessionState& m_state;
    RecomputeController m_controller;
    ControlPanel* m_controls = nullptr;
    SimulationPlots* m_plots = nullptr;
    QTextBrowser* m_narrative = nullptr;
    QLabel* m_headline = nullptr; ///< presentation mode: preset title and the first sentence
    QWidget* m_side = nullptr;
    QTimer* m_animation = nullptr;
    QList<QAction*> m_pageActions;         ///< enabled while the page is shown
    QList<QAction*> m_presentationActions; ///< enabled by the window in presentation mode
    std::vector<core::Preset> m_presets;
    QString m_activePresetTitle;
    bool m_shown = false;
    bool m_stale = true; ///< the settings changed while the page was not shown
};

} // namespace lev::ui
