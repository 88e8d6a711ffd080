// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#pragma once
// Prediction risk under shifts: E[(Y - X w)^2] against the shift strength t (the anchor's
// spread times t; 1 is the training regime) for OLS, anchor regression at the chosen gamma, IV
// and the causal weights, with the strength the user compares at marked.

#include "modes/environments/EnvironmentsPlot.h"

namespace lev::ui {

class ShiftRiskPlot : public EnvironmentsPlot
{
    Q_OBJECT

public:
    explicit ShiftRiskPlot(QWidget* parent = nullptr);

    void showResult(const core::EnvironmentsResult& result) override;
    void applyStyle() override;
    int pointCount() const override;

private:
    QList<QCPGraph*> m_curves; ///< in the result's order of risks
    QList<double> m_gammas;    ///< each curve's fit, for its pen (see fitPen)
    QCPItemStraightLine* m_training = nullptr;
    QCPItemText* m_trainingLabel = nullptr;
    QCPItemStraightLine* m_compared = nullptr;
    QCPItemText* m_comparedLabel = nullptr;
};

} // namespace lev::ui
