// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#include "modes/data/DataControls.h"

#include "controls/EstimatorWidgets.h"
#include "exploration/Bootstrap.h"
#include "shell/SessionState.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QVBoxLayout>
#include <algorithm>

namespace lev::ui {

using core::EstimatorKind;

DataControls::DataControls(SessionState& state, QWidget* parent) : QWidget(parent), m_state(state)
{
    setObjectName(QStringLiteral("dataControls"));
    auto* lesson = new QLabel(tr("Your own data: no true causal weights are known, so the plots "
                                 "show what the data can tell."));
    lesson->setWordWrap(true);
    lesson->setStyleSheet(QStringLiteral("color: #444;"));

    m_estimator = EstimatorWidgets::estimatorCombo(
        QStringLiteral("dataEstimatorCombo"),
        tr("The estimator whose weights are shown; every estimator is cross-validated"));
    m_lambda = EstimatorWidgets::lambdaSpin(QStringLiteral("dataLambdaSpin"));
    m_components = EstimatorWidgets::componentsSpin(QStringLiteral("dataComponentsSpin"), 1);

    m_resamples = new QSpinBox;
    m_resamples->setObjectName(QStringLiteral("bootstrapSpin"));
    m_resamples->setRange(0, core::Bootstrap::kMaxReplications);
    m_resamples->setSingleStep(50);
    m_resamples->setKeyboardTracking(false);
    m_resamples->setToolTip(
        tr("R: bootstrap resamples of the rows behind the weights' spread (0: none)"));

    m_seed = new QSpinBox;
    m_seed->setObjectName(QStringLiteral("dataSeedSpin"));
    m_seed->setRange(0, 999999);
    m_seed->setKeyboardTracking(false);
    m_seed->setToolTip(tr("Random seed of the bootstrap and the folds"));

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto addRow = [form](const QString& label, QWidget* field) {
        auto* text = new QLabel(label);
        text->setBuddy(field);
        form->addRow(text, field);
    };
    addRow(tr("&Estimator"), m_estimator);
    addRow(tr("La&mbda λ"), m_lambda);
    addRow(tr("Com&ponents"), m_components);
    addRow(tr("Bootstrap &R"), m_resamples);
    addRow(tr("&Seed"), m_seed);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(lesson);
    layout->addLayout(form);
    layout->addStretch(1);

    showSettings(m_state.data());
    updateEnabledControls();
    connect(&m_state, &SessionState::dataChanged, this, &DataControls::showSettings);
    connect(m_estimator, &QComboBox::currentIndexChanged, this, &DataControls::onAnyChange);
    connect(m_lambda, &QDoubleSpinBox::valueChanged, this, &DataControls::onAnyChange);
    for (QSpinBox* spin : {m_components, m_resamples, m_seed})
        connect(spin, &QSpinBox::valueChanged, this, &DataControls::onAnyChange);
}

DataSettings DataControls::settings() const
{
    DataSettings s = m_state.data();
    s.estimator.kind = static_cast<EstimatorKind>(m_estimator->currentData().toInt());
    s.estimator.lambda = m_lambda->value();
    s.estimator.components = m_components->value();
    s.bootstrapResamples = m_resamples->value();
    s.seed = static_cast<std::uint64_t>(m_seed->value());
    return s;
}

void DataControls::setFeatureCount(int count)
{
    const QSignalBlocker blocker(m_components);
    m_components->setMaximum(std::max(1, count));
}

void DataControls::showSettings(const DataSettings& s)
{
    if (settings() == s)
        return; // e.g. the state these controls just sent
    const QSignalBlocker blockers[] = {QSignalBlocker(m_estimator), QSignalBlocker(m_lambda),
                                       QSignalBlocker(m_components), QSignalBlocker(m_resamples),
                                       QSignalBlocker(m_seed)};
    m_estimator->setCurrentIndex(m_estimator->findData(static_cast<int>(s.estimator.kind)));
    m_lambda->setValue(s.estimator.lambda);
    m_components->setMaximum(std::max(m_components->maximum(), s.estimator.components));
    m_components->setValue(s.estimator.components);
    m_resamples->setValue(s.bootstrapResamples);
    m_seed->setValue(static_cast<int>(std::min<std::uint64_t>(s.seed, 999999)));
    updateEnabledControls();
}

void DataControls::onAnyChange()
{
    updateEnabledControls();
    m_state.editData(settings());
}

void DataControls::updateEnabledControls()
{
    const auto kind = static_cast<EstimatorKind>(m_estimator->currentData().toInt());
    m_lambda->setEnabled(kind == EstimatorKind::Ridge || kind == EstimatorKind::Lasso);
    m_components->setEnabled(kind == EstimatorKind::Pcr);
}

} // namespace lev::ui
