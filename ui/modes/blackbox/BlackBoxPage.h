// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#pragma once
// The black box's page: gradient-boosted trees fitted to a generator's data, the interpretation
// tools practitioners trust (permutation importance, SHAP, partial dependence) and the causal
// truth beside them, in five plots; in the dock, the controls and what to notice. Observes the
// SessionState; results arrive fit by fit from the BlackBoxController.

#include "modes/blackbox/BlackBoxController.h"
#include "modes/blackbox/BlackBoxPreset.h"
#include "shell/ModePage.h"

#include <vector>

class QAction;
class QTextBrowser;

namespace lev::ui {

class BlackBoxControls;
class BlackBoxPlots;
class PresentationLayout;
class PresetMenu;
class SessionState;

class BlackBoxPage : public ModePage
{
    Q_OBJECT

public:
    /// Dialogs open over `window`.
    BlackBoxPage(SessionState& state, QWidget* window);

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
    bool exportCsv(const QString& folder, QString* error) const override;

    BlackBoxController& controller() { return m_controller; }
    BlackBoxControls& controls() { return *m_controls; }
    BlackBoxPlots& blackBoxPlots() { return *m_plots; }
    const std::vector<BlackBoxPreset>& presets() const { return m_presets; }
    /// Shows the page and applies the preset as one undo step.
    void applyPreset(int index);
    /// The plots presentation mode shows: the active preset's, else scoreboard, credit, pdp.
    QStringList presentationPlotNames() const;
    /// The collinearity grid the sweep fills in.
    static std::vector<double> sweepGrid();

private:
    void onSettingsChanged(const core::BlackBoxSettings& settings);
    void requestRecompute();
    void showResult(const BlackBoxController::ResultPointer& result);
    void updateNarrative();

    SessionState& m_state;
    BlackBoxController m_controller;
    BlackBoxControls* m_controls = nullptr;
    BlackBoxPlots* m_plots = nullptr;
    QTextBrowser* m_narrative = nullptr;
    PresentationLayout* m_presentation = nullptr; ///< the headline above the plots
    PresetMenu* m_presetMenu = nullptr;
    QWidget* m_side = nullptr;
    QList<QAction*> m_pageActions; ///< enabled while the page is shown
    std::vector<BlackBoxPreset> m_presets;
    int m_activePreset = -1;
    bool m_shown = false;
    bool m_stale = true;    ///< the settings changed while the page was not shown
    bool m_stopped = false; ///< the user stopped the newest request
};

} // namespace lev::ui
