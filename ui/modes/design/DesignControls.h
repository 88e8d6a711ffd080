// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#pragma once
// The experiment designer's controls: the generator and its settings (c, σ, b, g, p, k, |S|
// where they apply), the budget n, the randomized fraction π (a slider with its value), which
// features are randomized (check boxes) with their variances, or "allocate for me" with a
// budget B = Σ v_j, replications and seed. A change is an edit of the SessionState; the controls
// redraw from the state's changes (the edit they just sent changes nothing).

#include "design/DesignSettings.h"

#include <QList>
#include <QWidget>
#include <functional>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QGridLayout;
class QLabel;
class QSlider;
class QSpinBox;

namespace lev::core {
struct DesignResult;
}

namespace lev::ui {

class ExactDoubleSpinBox;
class SeedSpinBox;
class SessionState;

class DesignControls : public QWidget
{
    Q_OBJECT

public:
    explicit DesignControls(SessionState& state, QWidget* parent = nullptr);

    /// Shows the variances in use (the observational ones, or the allocation's) beside the
    /// features whose variance the settings leave open.
    void showResult(const core::DesignResult& result);
    /// Why the last edit was refused, or empty.
    QString problem() const;
    /// Moves the π slider by `steps` hundredths (an edit of the state).
    void nudgeFraction(int steps);

    static constexpr int kFractionSteps = 100; ///< π = value / kFractionSteps
    static constexpr int kCollinearitySteps = 1000;
    static constexpr int kNoiseSteps = 100;
    static constexpr int kMaxRows = 1000000;        ///< DesignSettings::validate
    static constexpr int kMaxReplications = 100000; ///< DesignSettings::validate
    static constexpr int kMaxFeatures = 50;         ///< check boxes beyond this are not useful
    static constexpr double kMaxVariance = 1e6;
    static constexpr double kMaxBudget = 1e12; ///< DesignSettings::validate

private:
    using Change = std::function<void(core::DesignSettings&)>;

    void fill(const core::DesignSettings& settings);
    void edit(const Change& change);
    /// One check box and variance per feature: made again when p changes.
    void makeFeatureRows(int p);
    void updateRows(const core::DesignSettings& settings);
    /// The variances the spin boxes show, as the settings' explicit variances.
    std::vector<double> shownVariances() const;

    SessionState& m_state;
    QComboBox* m_generator = nullptr;
    QSlider* m_collinearity = nullptr;
    QLabel* m_collinearityValue = nullptr;
    QSlider* m_noise = nullptr;
    QLabel* m_noiseValue = nullptr;
    ExactDoubleSpinBox* m_effect = nullptr;
    ExactDoubleSpinBox* m_confounding = nullptr;
    QSpinBox* m_features = nullptr;
    QSpinBox* m_latentDimension = nullptr;
    QSpinBox* m_levers = nullptr;
    QSpinBox* m_sampleSize = nullptr;
    QSlider* m_fraction = nullptr;
    QLabel* m_fractionValue = nullptr;
    QLabel* m_rowsLabel = nullptr;
    QGridLayout* m_featureGrid = nullptr;
    QList<QCheckBox*> m_randomize;
    QList<ExactDoubleSpinBox*> m_variances;
    QCheckBox* m_allocate = nullptr;
    ExactDoubleSpinBox* m_budget = nullptr;
    QSpinBox* m_replications = nullptr;
    SeedSpinBox* m_seed = nullptr;
    QLabel* m_lesson = nullptr;
    QLabel* m_problem = nullptr;
    QFormLayout* m_form = nullptr;
};

} // namespace lev::ui
