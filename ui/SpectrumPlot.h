#pragma once
// The eigenvalues λ_i of the feature covariance Σ (population vs sample, log scale) beside 1/λ_i,
// the factors by which Θ = Σ⁻¹ = Σ v vᵀ / λ amplifies noise along each eigenvector.

#include <qcustomplot.h>

namespace lev::core {
struct RecomputeResult;
}

namespace lev::ui {

class SpectrumPlot : public QCustomPlot
{
    Q_OBJECT

public:
    explicit SpectrumPlot(QWidget* parent = nullptr);

    void showResult(const core::RecomputeResult& result);
    /// Data points shown, summed over the plottables.
    int pointCount() const;

private:
    void clearData();

    QCPAxisRect* m_eigenRect = nullptr;
    QCPAxisRect* m_inverseRect = nullptr;
    QCPGraph* m_sampleRuns = nullptr;
    QCPGraph* m_sampleMean = nullptr;
    QCPGraph* m_population = nullptr;
    QCPBars* m_inverse = nullptr;
    QCPItemText* m_zerosNote = nullptr;
    QSharedPointer<QCPAxisTickerText> m_indexTicker;
};

} // namespace lev::ui
