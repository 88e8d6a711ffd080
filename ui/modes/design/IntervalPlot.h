// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#pragma once
// Plot (3) of the designer: for one study of the current design, each feature's estimate with
// its 95 % confidence interval under every strategy, side by side, beside the causal weight.
// A lever is found when its interval excludes 0; a non-lever is cleared when it covers 0.

#include "modes/design/DesignPlot.h"

#include <array>
#include <memory>

namespace lev::ui {

class IntervalBars;

class IntervalPlot : public DesignPlot
{
    Q_OBJECT

public:
    explicit IntervalPlot(QWidget* parent = nullptr);
    ~IntervalPlot() override;

    void showResult(const core::DesignResult& result) override;
    void applyStyle() override;
    int pointCount() const override;

private:
    std::array<std::unique_ptr<IntervalBars>, 4> m_intervals; ///< by core::DesignStrategy
    std::array<QCPGraph*, 4> m_estimates{};
    QCPGraph* m_causal = nullptr;
    QCPItemStraightLine* m_zero = nullptr;
};

} // namespace lev::ui
