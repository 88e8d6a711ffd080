// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#include "modes/data/DataControls.h"

#include "controls/EstimatorWidgets.h"
#include "exploration/Bootstrap.h"
#include "shell/SessionState.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QVBoxLayout>
#include <algorithm>
#include <cmath>

namespace lev::ui {

using core::EstimatorKind;

namespace {

/// "1, 2, 3" for kd.
QString multiples(const std::vector<double>& kd)
{
    QStringList texts;
    for (double k : kd)
        texts << QString::number(k, 'g', 6);
    return texts.join(QStringLiteral(", "));
}

QFormLayout* growingForm()
{
    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    return form;
}

/// A row whose label's mnemonic focuses `field`.
void addRow(QFormLayout* form, const QString& label, QWidget* field)
{
    auto* text = new QLabel(label);
    text->setBuddy(field);
    form->addRow(text, field);
}

} // namespace

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

    QFormLayout* form = growingForm();
    addRow(form, tr("&Estimator"), m_estimator);
    addRow(form, tr("La&mbda λ"), m_lambda);
    addRow(form, tr("Com&ponents"), m_components);
    addRow(form, tr("Bootstrap &R"), m_resamples);
    addRow(form, tr("&Seed"), m_seed);

    m_standardErrors = new QComboBox;
    m_standardErrors->setObjectName(QStringLiteral("standardErrorsCombo"));
    m_standardErrors->addItem(tr("classical"), int(core::StandardErrorKind::Classical));
    m_standardErrors->addItem(tr("HC3 (heteroskedasticity-robust)"),
                              int(core::StandardErrorKind::Hc3));
    m_standardErrors->setToolTip(
        tr("The standard errors behind the weights' analytic intervals (OLS): classical, "
           "σ² (XᵀX)⁻¹, or HC3, which stays valid when the noise is larger for some rows"));
    m_belsley = new QComboBox;
    m_belsley->setObjectName(QStringLiteral("belsleyCombo"));
    m_belsley->addItem(tr("with intercept, not centred"),
                       int(core::BelsleyVariant::ScaledUncentred));
    m_belsley->addItem(tr("centred"), int(core::BelsleyVariant::Centred));
    m_belsley->setToolTip(
        tr("The design of the Belsley table: with its intercept column and each column at unit "
           "length, as Belsley recommends (a column that hardly varies shows as a dependency "
           "with the intercept), or centred first (then it matches the spectrum of R)"));
    QFormLayout* diagnosticsForm = growingForm();
    addRow(diagnosticsForm, tr("Standard &errors"), m_standardErrors);
    addRow(diagnosticsForm, tr("Bels&ley table"), m_belsley);

    m_treatment = new QComboBox;
    m_treatment->setObjectName(QStringLiteral("sensitivityTreatmentCombo"));
    m_treatment->setToolTip(tr("D: the feature whose weight is examined; how strong would a "
                               "hidden confounder have to be to explain it away?"));
    m_q = new QDoubleSpinBox;
    m_q->setObjectName(QStringLiteral("sensitivityQSpin"));
    m_q->setRange(0.01, 10.0);
    m_q->setDecimals(2);
    m_q->setSingleStep(0.05);
    m_q->setKeyboardTracking(false);
    m_q->setToolTip(tr("q: the fraction of the weight to be explained away (1: all of it)"));
    m_alpha = new QDoubleSpinBox;
    m_alpha->setObjectName(QStringLiteral("sensitivityAlphaSpin"));
    m_alpha->setRange(0.001, 1.0);
    m_alpha->setDecimals(3);
    m_alpha->setSingleStep(0.01);
    m_alpha->setKeyboardTracking(false);
    m_alpha->setToolTip(tr("α: the significance level of RV_q,α and of the critical t line"));
    m_benchmark = new QComboBox;
    m_benchmark->setObjectName(QStringLiteral("sensitivityBenchmarkCombo"));
    m_benchmark->setToolTip(tr("An observed feature to compare a hidden confounder with: the "
                               "bounds of one k times as strong are marked in the contour plot"));
    m_kd = new QLineEdit;
    m_kd->setObjectName(QStringLiteral("sensitivityKdEdit"));
    m_kd->setToolTip(tr("k: multiples of the benchmark's strength, comma-separated (> 0)"));
    QFormLayout* sensitivityForm = growingForm();
    addRow(sensitivityForm, tr("Feature &D"), m_treatment);
    addRow(sensitivityForm, tr("&q"), m_q);
    addRow(sensitivityForm, tr("&α"), m_alpha);
    addRow(sensitivityForm, tr("Ben&chmark"), m_benchmark);
    addRow(sensitivityForm, tr("&k × benchmark"), m_kd);

    auto* diagnostics = new QGroupBox(tr("Diagnostics"));
    diagnostics->setLayout(diagnosticsForm);
    auto* sensitivity = new QGroupBox(tr("Sensitivity to a hidden confounder"));
    sensitivity->setLayout(sensitivityForm);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(lesson);
    layout->addLayout(form);
    layout->addWidget(diagnostics);
    layout->addWidget(sensitivity);
    layout->addStretch(1);

    showSettings(m_state.data());
    updateEnabledControls();
    connect(&m_state, &SessionState::dataChanged, this, &DataControls::showSettings);
    connect(m_estimator, &QComboBox::currentIndexChanged, this, &DataControls::onAnyChange);
    connect(m_lambda, &QDoubleSpinBox::valueChanged, this, &DataControls::onAnyChange);
    for (QSpinBox* spin : {m_components, m_resamples, m_seed})
        connect(spin, &QSpinBox::valueChanged, this, &DataControls::onAnyChange);
    for (QComboBox* combo : {m_standardErrors, m_belsley, m_treatment, m_benchmark})
        connect(combo, &QComboBox::currentIndexChanged, this, &DataControls::onAnyChange);
    for (QDoubleSpinBox* spin : {m_q, m_alpha})
        connect(spin, &QDoubleSpinBox::valueChanged, this, &DataControls::onAnyChange);
    connect(m_kd, &QLineEdit::editingFinished, this, &DataControls::onKdEdited);
}

DataSettings DataControls::settings() const
{
    DataSettings s = m_state.data();
    s.estimator.kind = static_cast<EstimatorKind>(m_estimator->currentData().toInt());
    s.estimator.lambda = m_lambda->value();
    s.estimator.components = m_components->value();
    s.bootstrapResamples = m_resamples->value();
    s.seed = static_cast<std::uint64_t>(m_seed->value());
    core::DataDiagnosticsSettings& d = s.diagnostics;
    d.standardErrors =
        static_cast<core::StandardErrorKind>(m_standardErrors->currentData().toInt());
    d.belsley = static_cast<core::BelsleyVariant>(m_belsley->currentData().toInt());
    d.sensitivity.treatment = m_treatment->currentData().toString().toStdString();
    d.sensitivity.q = m_q->value();
    d.sensitivity.alpha = m_alpha->value();
    d.sensitivity.benchmark = m_benchmark->currentData().toString().toStdString();
    return s; // kd: onKdEdited writes it
}

void DataControls::setFeatureNames(const QStringList& names)
{
    m_features = names;
    const core::DataDiagnosticsSettings& d = m_state.data().diagnostics;
    fillColumns(m_treatment, d.sensitivity.treatment);
    fillColumns(m_benchmark, d.sensitivity.benchmark);
}

void DataControls::fillColumns(QComboBox* combo, const std::string& current)
{
    const QSignalBlocker blocker(combo);
    combo->clear();
    combo->addItem(tr("none"), QString());
    for (const QString& name : m_features)
        combo->addItem(name, name);
    const QString wanted = QString::fromStdString(current);
    if (!wanted.isEmpty() && combo->findData(wanted) < 0)
        combo->addItem(tr("%1 (not in this table)").arg(wanted), wanted);
    combo->setCurrentIndex(std::max(0, combo->findData(wanted)));
}

void DataControls::onKdEdited()
{
    std::vector<double> kd;
    for (const QString& text : m_kd->text().split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        bool ok = false;
        const double k = text.trimmed().toDouble(&ok);
        if (!ok || !(k > 0.0) || !std::isfinite(k)) {
            emit problemReported(
                tr("k × benchmark: '%1' is not a number > 0; kept %2")
                    .arg(text.trimmed(), multiples(m_state.data().diagnostics.sensitivity.kd)));
            m_kd->setText(multiples(m_state.data().diagnostics.sensitivity.kd));
            return;
        }
        kd.push_back(k);
    }
    if (kd.empty()) {
        m_kd->setText(multiples(m_state.data().diagnostics.sensitivity.kd));
        return;
    }
    DataSettings s = settings();
    s.diagnostics.sensitivity.kd = kd;
    m_state.editData(s);
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
    const QSignalBlocker blockers[] = {
        QSignalBlocker(m_estimator),      QSignalBlocker(m_lambda), QSignalBlocker(m_components),
        QSignalBlocker(m_resamples),      QSignalBlocker(m_seed),   QSignalBlocker(m_belsley),
        QSignalBlocker(m_standardErrors), QSignalBlocker(m_q),      QSignalBlocker(m_alpha)};
    m_estimator->setCurrentIndex(m_estimator->findData(static_cast<int>(s.estimator.kind)));
    m_lambda->setValue(s.estimator.lambda);
    m_components->setMaximum(std::max(m_components->maximum(), s.estimator.components));
    m_components->setValue(s.estimator.components);
    m_resamples->setValue(s.bootstrapResamples);
    m_seed->setValue(static_cast<int>(std::min<std::uint64_t>(s.seed, 999999)));
    const core::DataDiagnosticsSettings& d = s.diagnostics;
    m_standardErrors->setCurrentIndex(m_standardErrors->findData(int(d.standardErrors)));
    m_belsley->setCurrentIndex(m_belsley->findData(int(d.belsley)));
    fillColumns(m_treatment, d.sensitivity.treatment);
    fillColumns(m_benchmark, d.sensitivity.benchmark);
    m_q->setValue(d.sensitivity.q);
    m_alpha->setValue(d.sensitivity.alpha);
    m_kd->setText(multiples(d.sensitivity.kd));
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
    const bool sensitivity = !m_treatment->currentData().toString().isEmpty();
    for (QWidget* field : std::initializer_list<QWidget*>{m_q, m_alpha, m_benchmark, m_kd})
        field->setEnabled(sensitivity);
    m_kd->setEnabled(sensitivity && !m_benchmark->currentData().toString().isEmpty());
}

} // namespace lev::ui
