// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#pragma once
// The experiment designer's page: what a fraction π of randomized rows buys (docs/math.md §8).
// Six plots in the centre; in the dock the design controls above the pane that says what to
// notice. Observes the SessionState's design settings: every change is computed by the
// DesignController and drawn when it comes back. Its presets, presentation mode (large type,
// the plots of the preset's story, keys 1-9 and the arrows for π) and CSV export live here.

#include "io/Preset.h"
#include "modes/design/DesignController.h"
#include "shell/ModePage.h"

#include <vector>

class QTextBrowser;

namespace lev::ui {

class DesignControls;
class DesignPin;
class DesignPlots;
class PresentationLayout;
class PresetMenu;
class SessionState;

class DesignPage : public ModePage
{
    Q_OBJECT

public:
    /// Dialogs open over `window`.
    DesignPage(SessionState& state, QWidget* window);

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
    QList<QAction*> presentationActions() const override;
    void applyStyle() override;
    bool exportCsv(const QString& folder, QString* error) const override;

    DesignController& controller() { return m_controller; }
    DesignControls& controls() { return *m_controls; }
    DesignPlots& designPlots() { return *m_plots; }
    DesignPin& pin() { return *m_pin; }
    const std::vector<core::Preset>& presets() const { return m_presets; }
    /// Shows the page and applies the preset as one undo step.
    void applyPreset(int index);
    /// The design a preset describes: its generator settings with its "design" object.
    static bool presetSettings(const core::Preset& preset, core::DesignSettings* settings,
                               QString* error);
    /// The plots presentation mode shows: the active preset's, else fraction, power, intervals.
    QStringList presentationPlotNames() const;

private:
    void onSettingsChanged(const core::DesignSettings& settings);
    void requestCompute();
    void showResult(const DesignController::ResultPointer& result);
    void updateNarrative();
    const core::Preset* activePreset() const;

    SessionState& m_state;
    DesignController m_controller;
    DesignControls* m_controls = nullptr;
    DesignPlots* m_plots = nullptr;
    DesignPin* m_pin = nullptr;
    QTextBrowser* m_narrative = nullptr;
    PresentationLayout* m_presentation = nullptr; ///< the headline above the plots, the keys
    PresetMenu* m_presetMenu = nullptr;
    QWidget* m_side = nullptr;
    QList<QAction*> m_pageActions;
    std::vector<core::Preset> m_presets;
    std::vector<core::DesignSettings> m_presetSettings; ///< by preset
    int m_activePreset = -1;
    bool m_shown = false;
    bool m_stale = true; ///< the settings changed while the page was not shown
};

} // namespace lev::ui
