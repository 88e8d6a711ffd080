// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#pragma once
// Plot (4) of the designer: the probability that a study finds the levers (every lever's 95 %
// interval excludes 0, every non-lever's covers 0) against the number of randomized rows, for
// the experiment alone and for the pooled fit at the current π; exact curves, Monte-Carlo
// points, the 80 % line and the smallest experiment that reaches it, or why none does.

#include "modes/design/DesignPlot.h"

namespace lev::core {
struct PowerCurve;
}

namespace lev::ui {

class PowerPlot : public DesignPlot
{
    Q_OBJECT

public:
    explicit PowerPlot(QWidget* parent = nullptr);

    void showResult(const core::DesignResult& result) override;
    void applyStyle() override;
    int pointCount() const override;

private:
    struct Series
    {
        QCPGraph* exact = nullptr;
        QCPGraph* monteCarlo = nullptr;
        QCPItemStraightLine* reached = nullptr;
        QCPItemText* label = nullptr;
    };
    void fill(Series& series, const core::PowerCurve& curve);
    /// The two "80 % at …" labels one below the other, at least a line apart at any height.
    void separateLabels();

    Series m_experimental;
    Series m_pooled;
    QCPItemStraightLine* m_target = nullptr;
};

} // namespace lev::ui
