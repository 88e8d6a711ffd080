// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#pragma once
// The controls of docs/math.md §5: generator, collinearity, noise, n, p and k where they apply,
// estimator with its lambda or number of components, replications and seed. Every control shows
// its value, has a tooltip and a keyboard mnemonic; any change emits the new settings.

#include "simulation/RecomputeSettings.h"

#include <QWidget>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QSlider;
class QSpinBox;
class QPushButton;

namespace lev::ui {

class ControlPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ControlPanel(QWidget* parent = nullptr);

    core::RecomputeSettings settings() const;
    /// Shows `settings` without emitting settingsChanged.
    void setSettings(const core::RecomputeSettings& settings);
    /// Moves the collinearity slider by `steps` of 1/kCollinearitySteps, as the arrow keys do
    /// (emits settingsChanged). False when it is already at that end.
    bool nudgeCollinearity(int steps);
    /// Data mode (featureCount > 0): only the estimator, its λ or k, R (bootstrap resamples)
    /// and the seed apply to a user's data; the generator's controls are disabled. 0 leaves it.
    void setDataMode(int featureCount);
    bool isDataMode() const { return m_dataFeatures > 0; }

    /// The slider resolution: collinearity = value / kCollinearitySteps.
    static constexpr int kCollinearitySteps = 1000;
    static constexpr int kNoiseSteps = 100; ///< noise = value / kNoiseSteps

signals:
    void settingsChanged(const lev::core::RecomputeSettings& settings);

private:
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
    QLabel* m_replicationsLabel = nullptr;
    int m_dataFeatures = 0; ///< features of the user's data in data mode, else 0
    QLabel* m_lesson = nullptr;
    bool m_updating = false;
    core::RecomputeSettings m_base; ///< what the controls do not show (effect, threads, ...)
};

} // namespace lev::ui
