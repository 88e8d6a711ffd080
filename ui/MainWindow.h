#pragma once
// The live what-if explorer: the controls on the left, the seven plots of SPEC section 5 and a
// pane that says what to notice. Every change goes to the RecomputeController; the window only
// draws what comes back.

#include "RecomputeController.h"

#include <QMainWindow>

class QLabel;
class QProgressBar;
class QTextBrowser;
class QCustomPlot;

namespace lev::ui {

class ControlPanel;
class SpectrumPlot;
class WeightsPlot;
class ScoreboardPlot;
class SweepPlot;
class ScatterPlot;
class HeatmapPlot;
class EffectLinesPlot;

class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(const core::RecomputeSettings& initial, QWidget* parent = nullptr);
    ~MainWindow() override;

    RecomputeController& controller() { return *m_controller; }
    ControlPanel& controls() { return *m_controls; }
    /// The plots, in SPEC's order.
    QList<QCustomPlot*> plots() const;
    QString narrativeText() const;

    /// Renders the window into a PNG, written atomically; false with `error` set on failure.
    bool saveScreenshot(const QString& path, QString* error);

private:
    void requestRecompute(const core::RecomputeSettings& settings);
    void showResult(const RecomputeController::ResultPointer& result);
    void showSweep(const std::vector<core::SweepPoint>& points, bool complete);
    void updateNarrative();
    void updateTitle(const core::RecomputeSettings& settings);
    void createMenus();
    void showAbout();

    RecomputeController* m_controller = nullptr;
    ControlPanel* m_controls = nullptr;
    SpectrumPlot* m_spectrum = nullptr;
    WeightsPlot* m_weights = nullptr;
    ScoreboardPlot* m_scoreboard = nullptr;
    SweepPlot* m_sweep = nullptr;
    ScatterPlot* m_scatter = nullptr;
    HeatmapPlot* m_heatmap = nullptr;
    EffectLinesPlot* m_effects = nullptr;
    QTextBrowser* m_narrative = nullptr;
    QLabel* m_status = nullptr;
    QProgressBar* m_sweepProgress = nullptr;
};

} // namespace lev::ui
