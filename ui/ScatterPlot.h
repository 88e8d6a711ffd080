#pragma once
// X₁ against X₂ in one displayed draw (observational, on the data surface) with the
// interventional cloud do(X) on top: interventions leave the surface the model was fitted on.

#include <qcustomplot.h>

namespace lev::core {
struct RecomputeResult;
}

namespace lev::ui {

class ScatterPlot : public QCustomPlot
{
    Q_OBJECT

public:
    explicit ScatterPlot(QWidget* parent = nullptr);

    void showResult(const core::RecomputeResult& result);
    /// Data points shown, summed over the plottables.
    int pointCount() const;

private:
    void clearData();

    QCPGraph* m_observed = nullptr;
    QCPGraph* m_interventional = nullptr;
};

} // namespace lev::ui
