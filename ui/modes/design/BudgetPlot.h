// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#pragma once
// Plot (2) of the designer: the weight error √E‖w − β‖² against the budget n (log–log) for each
// strategy at the current π, exact: more observational rows do not cure confounding (the
// curve levels off at its bias), a few randomized rows do. The current n is marked.

#include "modes/design/DesignPlot.h"

#include <array>

namespace lev::ui {

class BudgetPlot : public DesignPlot
{
    Q_OBJECT

public:
    explicit BudgetPlot(QWidget* parent = nullptr);

    void showResult(const core::DesignResult& result) override;
    void applyStyle() override;
    int pointCount() const override;

private:
    std::array<QCPGraph*, 4> m_curves{}; ///< by core::DesignStrategy
    QCPItemStraightLine* m_now = nullptr;
};

} // namespace lev::ui
