// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#pragma once
// Plot (6) of the designer: where a randomization budget B = Σ v_j buys the most precision.
// Left, per feature: the A-optimal variances (the smallest tr M⁻¹) against the uniform B/p.
// Right, per eigen-direction of S_obs,XX: the spectrum λ_k beside the water-filling budget u_k,
// which goes to the bottom of the spectrum, where the observational rows say least.

#include "modes/design/DesignPlot.h"

namespace lev::ui {

class AllocationPlot : public DesignPlot
{
    Q_OBJECT

public:
    explicit AllocationPlot(QWidget* parent = nullptr);

    void showResult(const core::DesignResult& result) override;
    void applyStyle() override;
    int pointCount() const override;

private:
    QCPAxisRect* m_directionRect = nullptr;
    QCPBars* m_optimal = nullptr;
    QCPGraph* m_uniform = nullptr;
    QCPBars* m_spectrum = nullptr;
    QCPBars* m_directionBudget = nullptr;
};

} // namespace lev::ui
