// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#include "controls/EstimatorWidgets.h"

#include "controls/ExactDoubleSpinBox.h"
#include "estimators/EstimatorSettings.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QSpinBox>
#include <algorithm>
#include <cmath>

namespace lev::ui {

using core::EstimatorKind;

QComboBox* EstimatorWidgets::estimatorCombo(const QString& objectName, const QString& toolTip)
{
    auto* combo = new QComboBox;
    combo->setObjectName(objectName);
    combo->addItem(tr("OLS: least squares"), static_cast<int>(EstimatorKind::Ols));
    combo->addItem(tr("Ridge: + λ‖w‖²"), static_cast<int>(EstimatorKind::Ridge));
    combo->addItem(tr("Lasso: + λ‖w‖₁"), static_cast<int>(EstimatorKind::Lasso));
    combo->addItem(tr("PCR: top-k components"), static_cast<int>(EstimatorKind::Pcr));
    combo->setToolTip(toolTip);
    return combo;
}

QDoubleSpinBox* EstimatorWidgets::lambdaSpin(const QString& objectName)
{
    auto* spin = new ExactDoubleSpinBox;
    spin->setObjectName(objectName);
    spin->setRange(0.0, kMaxLambda);
    spin->setSingleStep(0.1);
    spin->setAdaptiveSteps(true);
    spin->setToolTip(tr("λ: ridge minimizes ‖y − Xw‖² + λ‖w‖²; lasso minimizes "
                        "‖y − Xw‖²/(2n) + λ‖w‖₁"));
    return spin;
}

QSpinBox* EstimatorWidgets::componentsSpin(const QString& objectName, int maximum)
{
    auto* spin = new QSpinBox;
    spin->setObjectName(objectName);
    spin->setRange(1, maximum);
    spin->setKeyboardTracking(false);
    spin->setToolTip(tr("Principal components kept by PCR"));
    return spin;
}

bool EstimatorWidgets::usesLambda(EstimatorKind kind)
{
    return kind == EstimatorKind::Ridge || kind == EstimatorKind::Lasso;
}

bool EstimatorWidgets::usesComponents(EstimatorKind kind)
{
    return kind == EstimatorKind::Pcr;
}

core::EstimatorSettings EstimatorWidgets::switchedTo(core::EstimatorSettings settings,
                                                     EstimatorKind kind, int features)
{
    settings.kind = kind;
    if (!std::isfinite(settings.lambda))
        settings.lambda = 1.0;
    settings.lambda = std::clamp(settings.lambda, 0.0, kMaxLambda);
    settings.components = std::clamp(settings.components, 1, std::max(1, features));
    return settings;
}

} // namespace lev::ui
