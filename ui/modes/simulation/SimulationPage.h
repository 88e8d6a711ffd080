// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#pragma once
// The simulation mode's page: the seven plots of docs/math.md §5 and, in the dock, the controls
// with the pane that says what to notice. Observes the SessionState: every change of the
// simulation's settings is computed by the RecomputeController and drawn when it comes back;
// presets, the pin, the collinearity animation and presentation mode (the plots and the text of
// the current preset's story, its keys) live here too.

#include "io/Preset.h"
#include "modes/simulation/RecomputeController.h"
#include "shell/ModePage.h"

#include <QElapsedTimer>
#include <vector>

class QLabel;
class QTextBrowser;
class QTimer;

namespace lev::ui {

class ControlPanel;
class PresentationLayout;
class PresetMenu;
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
    void applyStyle() override;
    QList<QAction*> presentationActions() const override;
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
    /// The preset whose story the state still tells: the last one applied, until the
    /// generator or its structure (b, g, p, k, levers, loadings) changes; c and σ may move.
    const core::Preset* activePreset() const;
    /// The plots presentation mode shows: the active preset's, else those of the generator's
    /// teaching preset (the first preset of that generator).
    QStringList presentationPlotNames() const;

    /// Space in presentation mode: moves c towards the slider's end (0.999) evenly in
    /// −log10(1 − c), taking animationSeconds() from 0 to the end; again pauses, again resumes.
    /// At the end it starts again from 0.
    void toggleAnimation();
    bool isAnimating() const;
    /// The time the animation takes from c = 0 to the end; default kDefaultAnimationSeconds.
    double animationSeconds() const { return m_animationSeconds; }
    void setAnimationSeconds(double seconds);
    /// ] or ↑ (faster, +1) and [ or ↓ (slower, −1): the next of the speeds, shown briefly.
    void changeAnimationSpeed(int steps);
    static constexpr double kDefaultAnimationSeconds = 9.0;

private:
    void onSettingsChanged(const core::RecomputeSettings& settings);
    void requestRecompute();
    void showResult(const RecomputeController::ResultPointer& result);
    void showSweep(const std::vector<core::SweepPoint>& points);
    void showPin();
    void updateNarrative();
    /// The effect plot shows the active preset's conditioning feature (X1 without a preset).
    void showPresetFeature();
    void animationStep();
    void createPresentationActions();
    /// A line shown for a moment over the plots (the animation's speed, a pause).
    void flash(const QString& text);
    /// The preset whose story fits the current state: the active one, else the generator's
    /// teaching preset when the state has its structure; nullptr if none.
    const core::Preset* storyPreset() const;
    const core::Preset* teachingPreset() const;

    SessionState& m_state;
    RecomputeController m_controller;
    ControlPanel* m_controls = nullptr;
    SimulationPlots* m_plots = nullptr;
    QTextBrowser* m_narrative = nullptr;
    PresentationLayout* m_presentation = nullptr; ///< the headline above the plots, the keys
    PresetMenu* m_presetMenu = nullptr;
    QWidget* m_side = nullptr;
    QTimer* m_animation = nullptr;
    QElapsedTimer m_animationClock;
    double m_animationPosition = 0.0; ///< −log10(1 − c) the animation has reached
    int m_animationValue = -1;        ///< the slider value it set last
    double m_animationSeconds = kDefaultAnimationSeconds;
    QLabel* m_flash = nullptr;
    QTimer* m_flashTimer = nullptr;
    QList<QAction*> m_pageActions; ///< enabled while the page is shown
    std::vector<core::Preset> m_presets;
    int m_activePreset = -1;
    bool m_shown = false;
    bool m_stale = true; ///< the settings changed while the page was not shown
};

} // namespace lev::ui
