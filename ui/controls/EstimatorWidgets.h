// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#pragma once
// The estimator controls every mode that fits shares: the estimator's combo box (OLS, ridge,
// lasso, PCR, each with its objective), the penalty λ and PCR's number of components.

#include "estimators/EstimatorSettings.h"

#include <QCoreApplication>
#include <QString>

class QComboBox;
class QDoubleSpinBox;
class QSpinBox;

namespace lev::ui {

class EstimatorWidgets
{
    Q_DECLARE_TR_FUNCTIONS(lev::ui::EstimatorWidgets)

public:
    /// The four estimators, each item's data its core::EstimatorKind.
    static QComboBox* estimatorCombo(const QString& objectName, const QString& toolTip);
    /// The largest λ, as EstimatorSettings::validate accepts it.
    static constexpr double kMaxLambda = 1e12;

    /// λ in [0, kMaxLambda], shown exactly as in use, with its objective for ridge and lasso in
    /// the tool tip.
    static QDoubleSpinBox* lambdaSpin(const QString& objectName);
    /// PCR's components in [1, `maximum`].
    static QSpinBox* componentsSpin(const QString& objectName, int maximum);

    /// Whether `kind` reads λ (ridge, lasso) or the components (PCR).
    static bool usesLambda(core::EstimatorKind kind);
    static bool usesComponents(core::EstimatorKind kind);
    /// `settings` switched to `kind`, with λ and the components (unchecked while unused) brought
    /// into the range the controls show for p = `features`.
    static core::EstimatorSettings switchedTo(core::EstimatorSettings settings,
                                              core::EstimatorKind kind, int features);
};

} // namespace lev::ui
