// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#pragma once
// The weight of each feature: causal β (the levers), the population regression β = Σ⁻¹ Σ_XY,
// and the estimator's mean with its 5–95 % Monte-Carlo spread over R runs. In data mode, where no
// true weights exist: the fitted weights with their analytic (±1.96 SE) and bootstrap 95 % ranges.

#include "plots/ResultPlot.h"

#include <Eigen/Core>
#include <string>
#include <vector>

namespace lev::core {
struct RecomputeResult;
}

namespace lev::ui {

class WeightsPlot : public ResultPlot
{
    Q_OBJECT

public:
    explicit WeightsPlot(QWidget* parent = nullptr);

    void showResult(const core::RecomputeResult& result) override;
    /// Data mode: a marker at each feature's estimate; error bars estimate ± 1.96 SE when
    /// standardErrors is not empty; the bootstrap interval (p x 2: low, high; may be empty)
    /// slightly to the right; the y axis "weight (unit)". No causal or population series and no
    /// pinned state. A non-empty notice ("weights not identifiable: …") is shown instead of
    /// any marker. Non-finite values are left out. showResult switches back.
    void showDataWeights(const std::vector<std::string>& features, const Eigen::VectorXd& estimate,
                         const Eigen::VectorXd& standardErrors,
                         const Eigen::MatrixXd& bootstrapInterval, const QString& unit,
                         const QString& notice);
    /// Shows a pinned state as a faint ghost behind the live one: hollow markers and error bars
    /// slightly to the right of the live ones. Copies what it draws; nullptr clears.
    void showPinned(const core::RecomputeResult* pinned) override;
    void applyStyle() override;
    int pointCount() const override;
    /// Pinned data points shown, summed over the ghost plottables.
    int pinnedPointCount() const override;

private:
    struct Series
    {
        QCPGraph* causal = nullptr;
        QCPGraph* population = nullptr;
        QCPGraph* estimate = nullptr;
        QCPErrorBars* spread = nullptr;
        std::vector<std::string> features;
    };
    /// Fills the series with a result's weights, shifted right by `shift`.
    static void fill(Series& series, const core::RecomputeResult& result, double shift);
    static void clear(Series& series);
    /// Switches title, axis label and legend between the simulation and data mode.
    void setDataMode(bool data);
    void clearData();
    void styleSeries();
    /// Feature ticks and axis ranges covering both the live and the pinned weights.
    void fitAxes();

    Series m_live;
    Series m_pinned;
    /// Data mode: the estimates, and each interval as error bars on an unmarked centre graph.
    QCPGraph* m_dataEstimate = nullptr;
    QCPGraph* m_analyticCentre = nullptr;
    QCPErrorBars* m_analytic = nullptr;
    QCPGraph* m_bootstrapCentre = nullptr;
    QCPErrorBars* m_bootstrap = nullptr;
    std::vector<std::string> m_dataFeatures;
    bool m_dataMode = false;
    QCPItemStraightLine* m_zeroLine = nullptr;
};

} // namespace lev::ui
