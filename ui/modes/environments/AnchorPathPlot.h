// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#pragma once
// The anchor-regression path: each feature's weight b_gamma against gamma on a log axis, from
// gamma = 0 (partial A out, drawn at the left edge) through OLS (gamma = 1) to IV (gamma -> inf,
// at the right edge), for the population and the sample, with the causal weights and the
// chosen gamma marked.

#include "modes/environments/EnvironmentsPlot.h"

namespace lev::ui {

class AnchorPathPlot : public EnvironmentsPlot
{
    Q_OBJECT

public:
    explicit AnchorPathPlot(QWidget* parent = nullptr);

    void showResult(const core::EnvironmentsResult& result) override;
    void applyStyle() override;
    int pointCount() const override;

    /// Where gamma sits on the plot's axis: 0 and infinity at the edges.
    static double axisPosition(double gamma);
    /// The names of the marks at gamma = 0, 1 and infinity above the plot: "partial out",
    /// "OLS", "IV" where they fit side by side, else "0" for the first.
    static QStringList markNames(bool full);
    /// Whether these names, at the current layout, keep a gap between each other.
    bool markNamesFit(bool full) const;
    bool showsFullMarkNames() const { return m_fullMarkNames; }

private:
    void setMarkNames(bool full);
    void fitMarkNames();

    QList<QCPGraph*> m_population; ///< per feature (two at most drawn)
    QList<QCPGraph*> m_sample;
    QList<QCPGraph*> m_causal;
    QCPGraph* m_ols = nullptr; ///< the population OLS weights at gamma = 1
    QCPGraph* m_iv = nullptr;  ///< the IV weights at the right edge
    QCPItemStraightLine* m_current = nullptr;
    QCPItemText* m_currentLabel = nullptr;
    QList<QCPItemStraightLine*> m_marks; ///< at 0, 1, infinity
    bool m_fullMarkNames = true;
};

} // namespace lev::ui
