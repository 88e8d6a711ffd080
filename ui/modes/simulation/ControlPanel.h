// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#pragma once
// The controls of docs/math.md §5: generator, collinearity, noise, the effect b, the confounding g
// and the levers |S| where the generator has them, n, p and k where they apply, estimator with its
// lambda or number of components, replications and seed. Every control shows exactly the value in
// use (its range is the core's validation limits), has a tooltip and a keyboard mnemonic; a change
// is an edit of the SessionState, and the panel redraws from the state's changes (the state it just
// sent changes nothing).

#include "simulation/RecomputeSettings.h"

#include <QWidget>
#include <functional>

class QComboBox;
class QDoubleSpinBox;
class QFormLayout;
class QLabel;
class QSlider;
class QSpinBox;
class QPushButton;

namespace lev::ui {

class ExactDoubleSpinBox;
class SeedSpinBox;
class SessionState;

class ControlPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ControlPanel(SessionState& state, QWidget* parent = nullptr);

    /// The state's settings with what the controls show.
    core::RecomputeSettings settings() const;
    /// Moves the collinearity slider by `steps` of 1/kCollinearitySteps, as the arrow keys do
    /// (an edit of the state). False when it is already at that end.
    bool nudgeCollinearity(int steps);
    /// Why the last edit was refused (a combination the core rejects), or empty.
    QString problem() const;

    /// The slider resolution: collinearity = value / kCollinearitySteps.
    static constexpr int kCollinearitySteps = 1000;
    static constexpr int kNoiseSteps = 100;            ///< noise = value / kNoiseSteps
    static constexpr double kNoiseSliderMaximum = 3.0; ///< larger noise widens the slider

    /// The ranges: the limits of ModelSettings::validate and RecomputeSettings::validate (the
    /// controls' test checks that the core accepts each end and rejects one step beyond).
    static constexpr int kMinRows = 2;
    static constexpr int kMaxRows = 1000000;
    static constexpr int kMaxFeatures = 1000;
    static constexpr int kMaxReplications = 100000;
    static constexpr double kMaxCoefficient = 1e6; ///< of |b| and |g|

private:
    using Change = std::function<void(core::RecomputeSettings&)>;

    /// Shows `settings`; nothing when the controls already show them.
    void showSettings(const core::RecomputeSettings& settings);
    /// Sets every control that shows something else than `settings`.
    void fill(const core::RecomputeSettings& settings);
    /// One control's change of the state's settings. A result the core rejects does not reach
    /// the state: the controls go back to what is in use and the panel says why.
    void edit(const Change& change);
    void onGeneratorChanged();
    /// Which rows apply to the generator and estimator shown, and the ranges that depend on p.
    void updateRows(const core::RecomputeSettings& settings);
    void updateValueLabels();
    void resetToDefaults();

    QComboBox* m_generator = nullptr;
    QSlider* m_collinearity = nullptr;
    QLabel* m_collinearityValue = nullptr;
    QSlider* m_noise = nullptr;
    QLabel* m_noiseValue = nullptr;
    ExactDoubleSpinBox* m_effect = nullptr;
    ExactDoubleSpinBox* m_confounding = nullptr;
    QSpinBox* m_levers = nullptr;
    QSpinBox* m_sampleSize = nullptr;
    QSpinBox* m_features = nullptr;
    QSpinBox* m_latentDimension = nullptr;
    QComboBox* m_estimator = nullptr;
    QDoubleSpinBox* m_lambda = nullptr;
    QSpinBox* m_components = nullptr;
    QSpinBox* m_replications = nullptr;
    SeedSpinBox* m_seed = nullptr;
    QPushButton* m_reset = nullptr;
    QLabel* m_lesson = nullptr;
    QLabel* m_problem = nullptr;
    QFormLayout* m_form = nullptr;
    /// What the slider labels show: the value in use, which the slider may only approximate.
    double m_shownCollinearity = 0.0;
    double m_shownNoise = 0.0;
    SessionState& m_state;
};

} // namespace lev::ui
