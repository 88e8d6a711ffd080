#pragma once
// The scoreboard, means over R runs: held-out R² and interventional R² (left axis) against the
// weight error ‖w − β‖ (right axis), with the population (n = ∞) R² values marked.

#include <qcustomplot.h>

namespace lev::core {
struct RecomputeResult;
}

namespace lev::ui {

class ScoreboardPlot : public QCustomPlot
{
    Q_OBJECT

public:
    explicit ScoreboardPlot(QWidget* parent = nullptr);

    void showResult(const core::RecomputeResult& result);
    /// Data points shown, summed over the plottables.
    int pointCount() const;

private:
    void clearData();

    QCPBars* m_r2Observational = nullptr;
    QCPBars* m_r2Interventional = nullptr;
    QCPBars* m_weightError = nullptr;
    QCPGraph* m_population = nullptr;
    QCPItemText* m_labels[3] = {nullptr, nullptr, nullptr};
};

} // namespace lev::ui
