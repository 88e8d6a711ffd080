// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#pragma once
// The live what-if explorer: the controls on the left with a pane that says what to notice, the
// seven plots of docs/math.md §5, presets and parables, undo/redo of every parameter change,
// sessions, and a presentation mode for the lecture hall. Every change goes to the
// RecomputeController; the window only draws what comes back.

#include "io/Preset.h"
#include "modes/simulation/RecomputeController.h"

#include <QMainWindow>
#include <QPointer>
#include <vector>

class QAction;
class QGridLayout;
class QLabel;
class QMenu;
class QProgressBar;
class QTextBrowser;
class QTimer;
class QUndoStack;
class QCustomPlot;
class QStackedWidget;

namespace lev::ui {

class ControlPanel;
class DataMode;
class DataView;
class SessionAutosave;
class SpectrumPlot;
class WeightsPlot;
class ScoreboardPlot;
class SweepPlot;
class ScatterPlot;
class HeatmapPlot;
class EffectLinesPlot;
class ResultPlot;

class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(const core::RecomputeSettings& initial, QWidget* parent = nullptr);
    ~MainWindow() override;

    RecomputeController& controller() { return *m_controller; }
    ControlPanel& controls() { return *m_controls; }
    QUndoStack& undoStack() { return *m_undo; }
    DataMode& dataMode() { return *m_dataMode; }
    /// The plots on show: the simulation's seven in the order of docs/math.md §5, or data mode's
    /// five.
    QList<QCustomPlot*> plots() const;
    QString narrativeText() const;
    /// The settings currently shown and computed.
    const core::RecomputeSettings& currentSettings() const { return m_current; }

    /// Replaces the state as one undoable step (presets, sessions).
    void applySettings(const core::RecomputeSettings& settings, const QString& what);
    bool openSession(const QString& path, QString* error);
    bool saveSession(const QString& path, QString* error);
    void applyPreset(int index);
    const std::vector<core::Preset>& presets() const { return m_presets; }

    /// Keeps the newest result as a faint ghost in every plot; clearPin() removes it.
    void pinCurrentState();
    void clearPin();
    bool hasPin() const { return m_pinned != nullptr; }

    /// File ▸ Import CSV…: reads the file, asks for the columns and switches to data mode.
    void importCsv(const QString& path);
    /// Back from data mode to the simulation of the current settings.
    void leaveDataMode();
    bool isDataMode() const;

    void setPresentationMode(bool on);
    bool isPresentationMode() const { return m_presentation; }
    /// Space in presentation mode: sweeps the collinearity slider up to its end.
    void toggleAnimation();
    bool isAnimating() const;

    /// Every plot as PNG (2×), PDF and SVG into `folder`; false with `error` on failure.
    bool exportPlots(const QString& folder, QString* error);
    /// The displayed draw and the results as draw.csv and results.csv in `folder`.
    bool exportCsv(const QString& folder, QString* error);

    /// Renders the window into a PNG, written atomically; false with `error` set on failure.
    bool saveScreenshot(const QString& path, QString* error);

signals:
    /// A non-blocking message for the user was shown (also in the status bar).
    void problemReported(const QString& message);

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void onControlsChanged(const core::RecomputeSettings& settings);
    void setStateWithoutUndo(const core::RecomputeSettings& settings);
    void requestRecompute(const core::RecomputeSettings& settings);
    void showResult(const RecomputeController::ResultPointer& result);
    void showSweep(const std::vector<core::SweepPoint>& points, bool complete);
    void updateNarrative();
    void updateTitle();
    void createMenus();
    void createPresentationActions();
    void updateRecentMenu();
    void reportProblem(const QString& message);
    void openSessionDialog();
    void chooseFolderAndExport(bool csv);
    bool saveSessionDialog(bool askForName);
    void stepCollinearity(int steps);
    void animationStep();
    void showAbout();
    void openImportDialog();
    void enterDataMode(int featureCount);
    void showDataProgress(double fraction, const QString& phase);

    RecomputeController* m_controller = nullptr;
    QUndoStack* m_undo = nullptr;
    ControlPanel* m_controls = nullptr;
    SpectrumPlot* m_spectrum = nullptr;
    WeightsPlot* m_weights = nullptr;
    ScoreboardPlot* m_scoreboard = nullptr;
    SweepPlot* m_sweep = nullptr;
    ScatterPlot* m_scatter = nullptr;
    HeatmapPlot* m_heatmap = nullptr;
    EffectLinesPlot* m_effects = nullptr;
    QList<ResultPlot*> m_plots; ///< the seven above, in the order of docs/math.md §5
    QTextBrowser* m_narrative = nullptr;
    QLabel* m_headline = nullptr; ///< presentation mode: preset title and the first sentence
    QLabel* m_status = nullptr;
    QProgressBar* m_sweepProgress = nullptr;
    QDockWidget* m_dock = nullptr;
    QStackedWidget* m_pages = nullptr; ///< the simulation's plots, or data mode's
    QWidget* m_simulationPage = nullptr;
    DataView* m_dataView = nullptr;
    DataMode* m_dataMode = nullptr;
    QAction* m_leaveDataAction = nullptr;
    QList<QAction*> m_simulationOnly; ///< disabled in data mode
    QGridLayout* m_grid = nullptr;
    QMenu* m_recentMenu = nullptr;
    QAction* m_presentationAction = nullptr;
    QList<QAction*> m_presentationOnly;
    QTimer* m_animation = nullptr;
    SessionAutosave* m_autosave = nullptr;

    core::RecomputeSettings m_current;
    RecomputeController::ResultPointer m_pinned;
    std::vector<core::SweepPoint> m_pinnedSweep;
    std::vector<core::Preset> m_presets;
    QString m_activePresetTitle;
    QString m_sessionPath;
    bool m_presentation = false;
};

} // namespace lev::ui
