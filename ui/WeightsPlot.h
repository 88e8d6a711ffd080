#pragma once
// The weight of each feature: causal β (the levers), the population regression β = Σ⁻¹ Σ_XY,
// and the estimator's mean with its 5–95 % Monte-Carlo spread over R runs.

#include <qcustomplot.h>

namespace lev::core {
struct RecomputeResult;
}

namespace lev::ui {

class WeightsPlot : public QCustomPlot
{
    Q_OBJECT

public:
    explicit WeightsPlot(QWidget* parent = nullptr);

    void showResult(const core::RecomputeResult& result);
    /// Data points shown, summed over the plottables.
    int pointCount() const;

private:
    void clearData();

    QCPGraph* m_causal = nullptr;
    QCPGraph* m_population = nullptr;
    QCPGraph* m_estimate = nullptr;
    QCPErrorBars* m_spread = nullptr;
    QCPItemStraightLine* m_zeroLine = nullptr;
};

} // namespace lev::ui
