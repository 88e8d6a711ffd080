// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#pragma once
// Data mode's controls: the estimator whose weights are shown with its λ or k, the bootstrap
// resamples R, the seed, and the diagnostics (Belsley variant, standard errors, the sensitivity
// analysis: D, q, α, benchmark, kd). A change is an edit of the SessionState's data settings;
// the controls redraw from the state's changes (the state they just sent changes nothing).

#include "modes/data/DataSettings.h"

#include <QWidget>

class QComboBox;
class QDoubleSpinBox;
class QLineEdit;
class QSpinBox;

namespace lev::ui {

class SessionState;

class DataControls : public QWidget
{
    Q_OBJECT

public:
    explicit DataControls(SessionState& state, QWidget* parent = nullptr);

    /// The state's data settings with what the controls show.
    DataSettings settings() const;
    /// PCR keeps at most this many components (the features of the table shown).
    void setFeatureCount(int count);
    /// The features D and the benchmark can be chosen from (the table shown).
    void setFeatureNames(const QStringList& names);

signals:
    /// One line about input the controls refused (a kd list that is not numbers > 0).
    void problemReported(const QString& message);

private:
    void showSettings(const DataSettings& settings);
    void onAnyChange();
    void updateEnabledControls();
    /// Fills `combo` with "none" and the feature names, plus `current` if it is not among them
    /// (a session's column), and selects `current`.
    void fillColumns(QComboBox* combo, const std::string& current);
    void onKdEdited();

    SessionState& m_state;
    QComboBox* m_estimator = nullptr;
    QDoubleSpinBox* m_lambda = nullptr;
    QSpinBox* m_components = nullptr;
    QSpinBox* m_resamples = nullptr;
    QSpinBox* m_seed = nullptr;
    QComboBox* m_belsley = nullptr;
    QComboBox* m_standardErrors = nullptr;
    QComboBox* m_treatment = nullptr;
    QDoubleSpinBox* m_q = nullptr;
    QDoubleSpinBox* m_alpha = nullptr;
    QComboBox* m_benchmark = nullptr;
    QLineEdit* m_kd = nullptr;
    QStringList m_features;
};

} // namespace lev::ui
