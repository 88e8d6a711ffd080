// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#pragma once
// The sample per environment: Y against the lever X1, one shade of blue per environment (or
// anchor tercile), the environments' means, and each fit's line in the X1-Y plane (the other
// features held at their means) beside the causal line E[Y | do(X1 = x)].

#include "modes/environments/EnvironmentsPlot.h"

namespace lev::ui {

class EnvironmentCloudPlot : public EnvironmentsPlot
{
    Q_OBJECT

public:
    explicit EnvironmentCloudPlot(QWidget* parent = nullptr);

    void showResult(const core::EnvironmentsResult& result) override;
    void applyStyle() override;
    int pointCount() const override;

    /// Most rows drawn (every k-th row beyond).
    static constexpr int kMaxPoints = 3000;

private:
    QList<QCPGraph*> m_clouds; ///< per group
    QCPGraph* m_means = nullptr;
    QList<QCPGraph*> m_fits;
    QList<double> m_fitGammas; ///< each line's fit, for its pen (see fitPen)
    QCPGraph* m_causal = nullptr;
};

} // namespace lev::ui
