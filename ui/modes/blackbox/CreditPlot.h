// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#pragma once
// Who gets the credit, per feature: the learner's permutation importance and mean |SHAP| beside
// the true average causal effect, each as its share of its own total over the features
// (share_j = v_j / Σ_k |v_k|), so that a tool measured in MSE and one in units of Y can stand
// beside a slope.

#include "modes/blackbox/BlackBoxPlot.h"

#include <string>
#include <vector>

namespace lev::ui {

class CreditPlot : public BlackBoxPlot
{
    Q_OBJECT

public:
    /// Permutation importance, mean |SHAP|, the linear weights and the true effect.
    static constexpr int kSeries = 4;

    explicit CreditPlot(QWidget* parent = nullptr);

    void showResult(const core::BlackBoxResult& result) override;
    void applyStyle() override;
    int pointCount() const override;

    /// The shares shown, in percent, by series: 0 permutation importance, 1 mean |SHAP|,
    /// 2 the linear estimator's |weights|, 3 causal effect; empty before a result.
    QVector<double> shares(int series) const;

private:
    QCPBars* m_bars[kSeries] = {};
    std::vector<std::string> m_features;
};

} // namespace lev::ui
