// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#pragma once
// The black box's controls: the generator (the simulation's five and the curved manifold) with
// its knobs, the learner (trees, depth, learning rate), the linear model fitted beside it (OLS,
// ridge, lasso, PCR, with λ or k), the refits R and the seed, and which features the partial
// dependence and the slice show. A change is an edit of the SessionState;
// the panel redraws from the state's changes (the state it just sent changes nothing).

#include "blackbox/BlackBoxSettings.h"

#include <QWidget>
#include <functional>

class QComboBox;
class QDoubleSpinBox;
class QFormLayout;
class QLabel;
class QPushButton;
class QSlider;
class QSpinBox;

namespace lev::ui {

class ExactDoubleSpinBox;
class SeedSpinBox;
class SessionState;

class BlackBoxControls : public QWidget
{
    Q_OBJECT

public:
    explicit BlackBoxControls(SessionState& state, QWidget* parent = nullptr);

    /// The state's settings with what the controls show.
    core::BlackBoxSettings settings() const;
    /// Why the last edit was refused, or empty.
    QString problem() const;
    /// Moves the collinearity slider by `steps` thousandths (an edit of the state).
    void nudgeCollinearity(int steps);

    static constexpr int kCollinearitySteps = 1000; ///< c = value / kCollinearitySteps
    static constexpr int kNoiseSteps = 100;
    /// The generator combo's entry for the curved manifold (after the simulation's five).
    static constexpr int kCurvedEntry = -1;

private:
    using Change = std::function<void(core::BlackBoxSettings&)>;

    void showSettings(const core::BlackBoxSettings& settings);
    void fill(const core::BlackBoxSettings& settings);
    void edit(const Change& change);
    void onGeneratorChanged();
    void updateRows(const core::BlackBoxSettings& settings);
    /// The feature combos list X1..Xp.
    void fillFeatureBoxes(int features);

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
    QSpinBox* m_trees = nullptr;
    QSpinBox* m_depth = nullptr;
    ExactDoubleSpinBox* m_learningRate = nullptr;
    QComboBox* m_linear = nullptr;
    QDoubleSpinBox* m_lambda = nullptr;
    QSpinBox* m_components = nullptr;
    QSpinBox* m_replications = nullptr;
    SeedSpinBox* m_seed = nullptr;
    QComboBox* m_pdpFeature = nullptr;
    QComboBox* m_sliceFirst = nullptr;
    QComboBox* m_sliceSecond = nullptr;
    QPushButton* m_reset = nullptr;
    QLabel* m_lesson = nullptr;
    QLabel* m_problem = nullptr;
    QFormLayout* m_form = nullptr;
    double m_shownCollinearity = 0.0;
    double m_shownNoise = 0.0;
    SessionState& m_state;
};

} // namespace lev::ui
