// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#pragma once
// The environments mode's page: what stays invariant when the world shifts (docs/math.md §10).
// Five plots in the centre; in the dock the controls above "what to notice". Observes the
// SessionState's environments settings: every change is computed by the EnvironmentsController
// (ICP with progress, cancellable) and drawn when it comes back. Its presets, presentation mode
// (large type, the preset's story plots, keys 1-9 and the arrows for gamma) and CSV export.

#include "io/Preset.h"
#include "modes/environments/EnvironmentsController.h"
#include "shell/ModePage.h"

#include <vector>

class QLabel;
class QTextBrowser;

namespace lev::ui {

class EnvironmentsControls;
class EnvironmentsPlots;
class PresentationLayout;
class PresetMenu;
class SessionState;

class EnvironmentsPage : public ModePage
{
    Q_OBJECT

public:
    /// Dialogs open over `window`.
    EnvironmentsPage(SessionState& state, QWidget* window);

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

    EnvironmentsController& controller() { return m_controller; }
    EnvironmentsControls& controls() { return *m_controls; }
    EnvironmentsPlots& environmentsPlots() { return *m_plots; }
    const std::vector<core::Preset>& presets() const { return m_presets; }
    /// Shows the page and applies the preset as one undo step.
    void applyPreset(int index);
    /// The settings a preset describes (its "environments" object).
    static bool presetSettings(const core::Preset& preset, core::EnvironmentsSettings* settings,
                               QString* error);
    /// The plots presentation mode shows: the active preset's, else path, risk, icp, graph.
    QStringList presentationPlotNames() const;

private:
    void onSettingsChanged(const core::EnvironmentsSettings& settings);
    void requestCompute();
    void showResult(const EnvironmentsController::ResultPointer& result);
    void updateNarrative();
    const core::Preset* activePreset() const;

    SessionState& m_state;
    EnvironmentsController m_controller;
    EnvironmentsControls* m_controls = nullptr;
    EnvironmentsPlots* m_plots = nullptr;
    QTextBrowser* m_narrative = nullptr;
    PresentationLayout* m_presentation = nullptr; ///< the headline above the plots, the keys
    PresetMenu* m_presetMenu = nullptr;
    QWidget* m_side = nullptr;
    QList<QAction*> m_pageActions;
    std::vector<core::Preset> m_presets;
    std::vector<core::EnvironmentsSettings> m_presetSettings; ///< by preset
    int m_activePreset = -1;
    bool m_shown = false;
    bool m_stale = true; ///< the settings changed while the page was not shown
};

} // namespace lev::ui
