// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#pragma once
// Invariant causal prediction on the sample: above, every subset S of the features with its
// p-value for "Y given X_S is the same in every environment" (accepted above the alpha line);
// below, each feature's ICP interval (the union over the accepted sets) beside its causal
// weight, and the estimated set, the intersection of the accepted ones, in the title.

#include "modes/environments/EnvironmentsPlot.h"

#include <memory>

namespace lev::ui {

class IntervalBars;

class IcpPlot : public EnvironmentsPlot
{
    Q_OBJECT

public:
    explicit IcpPlot(QWidget* parent = nullptr);
    ~IcpPlot() override;

    void showResult(const core::EnvironmentsResult& result) override;
    void applyStyle() override;
    int pointCount() const override;

    /// The notice on show ("ICP cancelled", "no set accepted…"); empty when none.
    QString notice() const { return m_notice; }
    /// p-values below this are drawn at it.
    static constexpr double kFloor = 1e-4;

private:
    void clear();

    QCPAxisRect* m_pRect = nullptr;
    QCPBars* m_accepted = nullptr;
    QCPBars* m_rejected = nullptr;
    QCPItemStraightLine* m_alpha = nullptr;
    QSharedPointer<QCPAxisTickerText> m_alphaTicks; ///< "α" on the right, at the line
    std::unique_ptr<IntervalBars> m_intervals;
    QCPGraph* m_causal = nullptr;
    QCPItemStraightLine* m_zero = nullptr;
    QString m_notice;
};

} // namespace lev::ui
