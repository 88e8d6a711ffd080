// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#pragma once
// The environments mode's controls: the anchor (continuous, or K environments), n, the shift on
// the lever X1 and on X2, Y's weight on X2 (0: X2 is no child of Y), whether X2 is offered,
// the hidden confounding, the effect b, gamma on a log slider from 0 to infinity, ICP's alpha,
// the shift strength the risks are compared at, and the seed. A change is an edit of the
// SessionState; the controls redraw from the state's changes.

#include "environments/EnvironmentsSettings.h"

#include <QWidget>
#include <functional>

class QCheckBox;
class QDoubleSpinBox;
class QLabel;
class QSlider;
class QSpinBox;

namespace lev::ui {

class SeedSpinBox;
class SessionState;

class EnvironmentsControls : public QWidget
{
    Q_OBJECT

public:
    explicit EnvironmentsControls(SessionState& state, QWidget* parent = nullptr);

    /// The gamma slider: position 0 is gamma = 0, kGammaSteps is infinity, in between
    /// 10^(-2 + 5 (k - 1) / (kGammaSteps - 2)), a tenth of a decade a step.
    static constexpr int kGammaSteps = 52;
    static double gammaAt(int position);
    static int positionOf(double gamma);
    /// Moves the gamma slider by `steps` (an edit of the state).
    void nudgeGamma(int steps);

private:
    using Change = std::function<void(core::EnvironmentsSettings&)>;
    void fill(const core::EnvironmentsSettings& settings);
    void edit(const Change& change);
    QSlider* weightSlider(const QString& name, double maximum, QLabel** value,
                          void (*set)(core::EnvironmentsSettings&, double));

    SessionState& m_state;
    QSpinBox* m_environments = nullptr;
    QSpinBox* m_rows = nullptr;
    QSlider* m_shift = nullptr;
    QLabel* m_shiftValue = nullptr;
    QSlider* m_childShift = nullptr;
    QLabel* m_childShiftValue = nullptr;
    QSlider* m_childWeight = nullptr;
    QLabel* m_childWeightValue = nullptr;
    QCheckBox* m_childFeature = nullptr;
    QSlider* m_confounding = nullptr;
    QLabel* m_confoundingValue = nullptr;
    QDoubleSpinBox* m_effect = nullptr;
    QSlider* m_gamma = nullptr;
    QLabel* m_gammaValue = nullptr;
    QDoubleSpinBox* m_alpha = nullptr;
    QSlider* m_strength = nullptr;
    QLabel* m_strengthValue = nullptr;
    SeedSpinBox* m_seed = nullptr;
    QLabel* m_problem = nullptr;
};

} // namespace lev::ui
