#pragma once
// For the first feature X₁: E[Y | X₁ = x] (conditioning, slope Cov(X₁, Y)/Var(X₁)) against
// E[Y | do(X₁ = x)] (intervening, the total effect) and the model's line w₁·x read as a lever.

#include <qcustomplot.h>

namespace lev::core {
struct RecomputeResult;
}

namespace lev::ui {

class EffectLinesPlot : public QCustomPlot
{
    Q_OBJECT

public:
    explicit EffectLinesPlot(QWidget* parent = nullptr);

    void showResult(const core::RecomputeResult& result);
    /// Data points shown, summed over the plottables.
    int pointCount() const;

private:
    void clearData();

    QCPGraph* m_data = nullptr;
    QCPGraph* m_conditioning = nullptr;
    QCPGraph* m_intervening = nullptr;
    QCPGraph* m_model = nullptr;
};

} // namespace lev::ui
