// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#pragma once
// The sweep over collinearity c (on an axis even in −log10(1 − c)): above, the learner's held-out
// and do(X) R²; below, the share of the credit one feature gets from mean |SHAP| and from
// permutation importance beside its share of the true causal effect. Prediction stays flat
// while the interpretation drifts from the truth.

#include "modes/blackbox/BlackBoxPlot.h"

#include <vector>

namespace lev::core {
struct BlackBoxSweepPoint;
}

namespace lev::ui {

class CredibilitySweepPlot : public BlackBoxPlot
{
    Q_OBJECT

public:
    explicit CredibilitySweepPlot(QWidget* parent = nullptr);

    /// Takes the feature whose credit is shown, its name and the current c from `result`.
    void showResult(const core::BlackBoxResult& result) override;
    /// The sweep so far: points without features are not computed yet.
    void showSweep(const std::vector<core::BlackBoxSweepPoint>& points);
    /// Where the current state is: a dotted line at c.
    void setCollinearity(double c);
    void applyStyle() override;
    int pointCount() const override;

    QCPGraph* shapShare() const { return m_shap; }
    QCPGraph* causalShare() const { return m_causal; }

private:
    void redraw();

    QCPAxisRect* m_creditRect = nullptr;
    QCPGraph* m_observed = nullptr;
    QCPGraph* m_interventional = nullptr;
    QCPGraph* m_shap = nullptr;
    QCPGraph* m_permutation = nullptr;
    QCPGraph* m_causal = nullptr;
    QCPItemStraightLine* m_marks[2] = {nullptr, nullptr};
    std::vector<core::BlackBoxSweepPoint> m_points;
    int m_feature = 0;
    QString m_featureName = QStringLiteral("X₁");
    double m_collinearity = 0.0;
};

} // namespace lev::ui
