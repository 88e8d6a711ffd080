#pragma once
// The feature covariance Σ beside the precision Θ = Σ⁻¹ as matrices (row 1 at the top), each on
// a diverging colour scale symmetric around 0.

#include <qcustomplot.h>

#include <Eigen/Core>
#include <string>
#include <vector>

namespace lev::core {
struct RecomputeResult;
}

namespace lev::ui {

class HeatmapPlot : public QCustomPlot
{
    Q_OBJECT

public:
    explicit HeatmapPlot(QWidget* parent = nullptr);

    void showResult(const core::RecomputeResult& result);
    /// Data points (matrix cells) shown, summed over the plottables.
    int pointCount() const;

private:
    struct Panel
    {
        QCPAxisRect* rect = nullptr;
        QCPColorMap* map = nullptr;
        QCPColorScale* scale = nullptr;
        int cells = 0; ///< p x p when shown, 0 when cleared
    };
    Panel makePanel(QCPAxisRect* rect, QCPLayoutGrid* grid, int column, const QString& title,
                    QCPMarginGroup* margins);
    void showMatrix(Panel& panel, const Eigen::MatrixXd& matrix,
                    const std::vector<std::string>& names);
    void clearPanel(Panel& panel);

    Panel m_covariance;
    Panel m_precision;
};

} // namespace lev::ui
