// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#pragma once
// Data mode's controls: the estimator whose weights are shown with its λ or k, the bootstrap
// resamples R and the seed. A change is an edit of the SessionState's data settings; the
// controls redraw from the state's changes (the state they just sent changes nothing).

#include "modes/data/DataSettings.h"

#include <QWidget>

class QComboBox;
class QDoubleSpinBox;
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

private:
    void showSettings(const DataSettings& settings);
    void onAnyChange();
    void updateEnabledControls();

    SessionState& m_state;
    QComboBox* m_estimator = nullptr;
    QDoubleSpinBox* m_lambda = nullptr;
    QSpinBox* m_components = nullptr;
    QSpinBox* m_resamples = nullptr;
    QSpinBox* m_seed = nullptr;
};

} // namespace lev::ui
