// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#pragma once
// Partial dependence of the learner on one feature (the mean over rows of the prediction with
// X_j set to x) with the ICE curves of single rows, beside the true do-curve E[Y | do(X_j = x)];
// grey bars behind them show, per grid point, the fraction of the probes that lie off the data
// manifold (Mahalanobis d² beyond the χ²_p 99 % quantile).

#include "modes/blackbox/BlackBoxPlot.h"

namespace lev::ui {

class PartialDependencePlot : public BlackBoxPlot
{
    Q_OBJECT

public:
    explicit PartialDependencePlot(QWidget* parent = nullptr);

    void showResult(const core::BlackBoxResult& result) override;
    void applyStyle() override;
    int pointCount() const override;

    QCPGraph* partialDependence() const { return m_partial; }
    QCPGraph* doCurve() const { return m_do; }
    QCPBars* offManifold() const { return m_offManifold; }
    int iceCurveCount() const { return m_iceCurves; }

private:
    QCPBars* m_offManifold = nullptr;
    QCPCurve* m_ice = nullptr;
    QCPGraph* m_partial = nullptr;
    QCPGraph* m_linear = nullptr; ///< the linear estimator's partial dependence, a line
    QCPGraph* m_do = nullptr;
    int m_iceCurves = 0;
};

} // namespace lev::ui
