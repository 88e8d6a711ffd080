// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#pragma once
// The controls of docs/math.md §5: generator, collinearity, noise, n, p and k where they apply,
// estimator with its lambda or number of components, replications and seed. Every control shows
// its value, has a tooltip and a keyboard mnemonic; a change is an edit of the SessionState, and
// the panel redraws from the state's changes (the state it just sent changes nothing).

#include "simulation/RecomputeSettings.h"

#include <QWidget>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QSlider;
class QSpinBox;
class QPushButton;

namespace lev::ui {

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

    /// The slider resolution: collinearity = value / kCollinearitySteps.
    static constexpr int kCollinearitySteps = 1000;
    static constexpr int kNoiseSteps = 100; ///< noise = value / kNoiseSteps

private:
    /// Shows `settings`; nothing when the controls already show them.
    void showSettings(const core::RecomputeSettings& settings);
    void onGeneratorChanged();
    void onAnyChange();
    void updateEnabledControls();
    void updateValueLabels();
    void resetToDefaults();

    QComboBox* m_generator = nullptr;
    QSlider* m_collinearity = nullptr;
    QLabel* m_collinearityValue = nullptr;
    QSlider* m_noise = nullptr;
    QLabel* m_noiseValue = nullptr;
    QSpinBox* m_sampleSize = nullptr;
    QSpinBox* m_features = nullptr;
    QSpinBox* m_latentDimension = nullptr;
    QComboBox* m_estimator = nullptr;
    QDoubleSpinBox* m_lambda = nullptr;
    QSpinBox* m_components = nullptr;
    QSpinBox* m_replications = nullptr;
    QSpinBox* m_seed = nullptr;
    QPushButton* m_reset = nullptr;
    QLabel* m_lesson = nullptr;
    SessionState& m_state;
};

} // namespace lev::ui
