// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#pragma once
// Plot (1) of the designer: the pooled fit's error E‖w − β‖² = bias² + variance against the
// randomized fraction π at the fixed budget n, the exact curves with the Monte-Carlo points,
// and the current π marked. Bias falls with π; the variance shows what the rows cost.

#include "modes/design/DesignPlot.h"

namespace lev::ui {

class FractionPlot : public DesignPlot
{
    Q_OBJECT

public:
    explicit FractionPlot(QWidget* parent = nullptr);

    void showResult(const core::DesignResult& result) override;
    void applyStyle() override;
    int pointCount() const override;

private:
    QCPGraph* m_error = nullptr;
    QCPGraph* m_bias = nullptr;
    QCPGraph* m_variance = nullptr;
    QCPGraph* m_errorPoints = nullptr;
    QCPGraph* m_biasPoints = nullptr;
    QCPGraph* m_variancePoints = nullptr;
    QCPItemStraightLine* m_now = nullptr;
    QCPItemText* m_nowLabel = nullptr;
};

} // namespace lev::ui
