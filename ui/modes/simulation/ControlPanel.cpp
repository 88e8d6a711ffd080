// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#include "modes/simulation/ControlPanel.h"

#include "controls/EstimatorWidgets.h"
#include "shell/SessionState.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSlider>
#include <QSpinBox>
#include <QVBoxLayout>
#include <cmath>

namespace lev::ui {

using core::EstimatorKind;
using core::GeneratorKind;

namespace {

QWidget* withValue(QSlider* slider, QLabel* value)
{
    auto* box = new QWidget;
    auto* layout = new QHBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(slider, 1);
    value->setMinimumWidth(value->fontMetrics().horizontalAdvance(QStringLiteral("0.000")) + 6);
    value->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    layout->addWidget(value);
    return box;
}

QString generatorTitle(GeneratorKind kind)
{
    switch (kind) {
    case GeneratorKind::Proxy:
        return QObject::tr("Proxy: X₂ shadows the lever X₁");
    case GeneratorKind::Confounder:
        return QObject::tr("Confounder: hidden Z drives X and Y");
    case GeneratorKind::Latent:
        return QObject::tr("Latent manifold: k factors, p features");
    case GeneratorKind::Chain:
        return QObject::tr("Chain: X₁ → X₂ → Y");
    case GeneratorKind::Collider:
        return QObject::tr("Collider: X₁ → C ← Y");
    }
    return {};
}

} // namespace

ControlPanel::ControlPanel(SessionState& state, QWidget* parent) : QWidget(parent), m_state(state)
{
    setObjectName(QStringLiteral("controlPanel"));

    m_generator = new QComboBox;
    m_generator->setObjectName(QStringLiteral("generatorCombo"));
    for (GeneratorKind kind : core::allGenerators()) {
        m_generator->addItem(generatorTitle(kind), static_cast<int>(kind));
        m_generator->setItemData(m_generator->count() - 1,
                                 QString::fromStdString(core::generatorLesson(kind)),
                                 Qt::ToolTipRole);
    }
    m_generator->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_generator->setMinimumContentsLength(14);
    m_generator->setToolTip(tr("Which structural causal model generates the data (Ctrl+G)"));

    m_collinearity = new QSlider(Qt::Horizontal);
    m_collinearity->setObjectName(QStringLiteral("collinearitySlider"));
    m_collinearity->setRange(0, kCollinearitySteps - 1);
    m_collinearity->setSingleStep(1);
    m_collinearity->setPageStep(50);
    m_collinearity->setToolTip(
        tr("Collinearity c in [0, 0.999]: how strongly the features move together.\n"
           "Arrow keys step 0.001, Page Up/Down 0.05."));
    m_collinearityValue = new QLabel;
    m_collinearityValue->setObjectName(QStringLiteral("collinearityValue"));

    m_noise = new QSlider(Qt::Horizontal);
    m_noise->setObjectName(QStringLiteral("noiseSlider"));
    m_noise->setRange(0, 3 * kNoiseSteps);
    m_noise->setPageStep(25);
    m_noise->setToolTip(tr("Noise σ of Y's own equation, 0 to 3"));
    m_noiseValue = new QLabel;
    m_noiseValue->setObjectName(QStringLiteral("noiseValue"));

    m_sampleSize = new QSpinBox;
    m_sampleSize->setObjectName(QStringLiteral("sampleSizeSpin"));
    m_sampleSize->setRange(3, 100000);
    m_sampleSize->setKeyboardTracking(false);
    m_sampleSize->setToolTip(tr("n: training rows in each replication and in the scatter"));

    m_features = new QSpinBox;
    m_features->setObjectName(QStringLiteral("featuresSpin"));
    m_features->setRange(1, 200);
    m_features->setKeyboardTracking(false);
    m_features->setToolTip(tr("p: number of features (latent and confounder generators)"));

    m_latentDimension = new QSpinBox;
    m_latentDimension->setObjectName(QStringLiteral("latentSpin"));
    m_latentDimension->setRange(1, 200);
    m_latentDimension->setKeyboardTracking(false);
    m_latentDimension->setToolTip(tr("k: latent factors behind the features (latent generator)"));

    m_estimator = EstimatorWidgets::estimatorCombo(
        QStringLiteral("estimatorCombo"), tr("The estimator fitted in every replication "
                                             "(scikit-learn conventions, unpenalized intercept)"));
    m_estimator->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_estimator->setMinimumContentsLength(14);
    m_lambda = EstimatorWidgets::lambdaSpin(QStringLiteral("lambdaSpin"));
    m_components = EstimatorWidgets::componentsSpin(QStringLiteral("componentsSpin"), 200);

    m_replications = new QSpinBox;
    m_replications->setObjectName(QStringLiteral("replicationsSpin"));
    m_replications->setRange(10, 5000);
    m_replications->setSingleStep(50);
    m_replications->setKeyboardTracking(false);
    m_replications->setToolTip(tr("R: Monte-Carlo replications behind every spread and mean"));

    m_seed = new QSpinBox;
    m_seed->setObjectName(QStringLiteral("seedSpin"));
    m_seed->setRange(0, 999999);
    m_seed->setKeyboardTracking(false);
    m_seed->setToolTip(tr("Random seed: the same seed gives the same numbers"));

    m_reset = new QPushButton(tr("&Reset to defaults"));
    m_reset->setObjectName(QStringLiteral("resetButton"));
    m_reset->setToolTip(tr("The teaching defaults of the current generator"));

    m_lesson = new QLabel;
    m_lesson->setObjectName(QStringLiteral("lessonLabel"));
    m_lesson->setWordWrap(true);
    m_lesson->setStyleSheet(QStringLiteral("color: #444;"));

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto addRow = [form](const QString& label, QWidget* field, QWidget* buddy) {
        auto* text = new QLabel(label);
        text->setBuddy(buddy);
        form->addRow(text, field);
        return text;
    };
    addRow(tr("&Generator"), m_generator, m_generator);
    addRow(tr("&Collinearity c"), withValue(m_collinearity, m_collinearityValue), m_collinearity);
    addRow(tr("N&oise σ"), withValue(m_noise, m_noiseValue), m_noise);
    addRow(tr("Sample size &n"), m_sampleSize, m_sampleSize);
    addRow(tr("&Features p"), m_features, m_features);
    addRow(tr("&Latent k"), m_latentDimension, m_latentDimension);
    addRow(tr("&Estimator"), m_estimator, m_estimator);
    addRow(tr("La&mbda λ"), m_lambda, m_lambda);
    addRow(tr("Com&ponents"), m_components, m_components);
    addRow(tr("&Replications R"), m_replications, m_replications);
    addRow(tr("&Seed"), m_seed, m_seed);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_lesson);
    layout->addLayout(form);
    layout->addWidget(m_reset);
    layout->addStretch(1);

    showSettings(m_state.simulation());
    updateEnabledControls();
    updateValueLabels();
    connect(&m_state, &SessionState::simulationChanged, this, &ControlPanel::showSettings);

    connect(m_generator, &QComboBox::currentIndexChanged, this, &ControlPanel::onGeneratorChanged);
    connect(m_estimator, &QComboBox::currentIndexChanged, this, &ControlPanel::onAnyChange);
    for (QSlider* slider : {m_collinearity, m_noise})
        connect(slider, &QSlider::valueChanged, this, &ControlPanel::onAnyChange);
    for (QSpinBox* spin :
         {m_sampleSize, m_features, m_latentDimension, m_components, m_replications, m_seed})
        connect(spin, &QSpinBox::valueChanged, this, &ControlPanel::onAnyChange);
    connect(m_lambda, &QDoubleSpinBox::valueChanged, this, &ControlPanel::onAnyChange);
    connect(m_reset, &QPushButton::clicked, this, &ControlPanel::resetToDefaults);
}

core::RecomputeSettings ControlPanel::settings() const
{
    core::RecomputeSettings s = m_state.simulation();
    s.model.generator = static_cast<GeneratorKind>(m_generator->currentData().toInt());
    s.model.collinearity = double(m_collinearity->value()) / kCollinearitySteps;
    s.model.noise = double(m_noise->value()) / kNoiseSteps;
    s.n = m_sampleSize->value();
    if (core::ModelSettings::hasFeatureCount(s.model.generator))
        s.model.features = m_features->value();
    else
        s.model.features = 2;
    if (core::ModelSettings::hasLatentDimension(s.model.generator)) {
        s.model.latentDimension = std::min(m_latentDimension->value(), s.model.features);
        s.model.levers = std::min(s.model.levers, s.model.features);
    }
    s.estimator.kind = static_cast<EstimatorKind>(m_estimator->currentData().toInt());
    s.estimator.lambda = m_lambda->value();
    s.estimator.components = std::min(m_components->value(), s.model.features);
    s.replications = m_replications->value();
    s.seed = static_cast<std::uint64_t>(m_seed->value());
    s.model.loadingSeed = s.seed;
    return s;
}

void ControlPanel::showSettings(const core::RecomputeSettings& s)
{
    if (settings() == s)
        return; // e.g. the state this panel just sent
    const QSignalBlocker blockers[] = {
        QSignalBlocker(m_generator),  QSignalBlocker(m_collinearity),
        QSignalBlocker(m_noise),      QSignalBlocker(m_sampleSize),
        QSignalBlocker(m_features),   QSignalBlocker(m_latentDimension),
        QSignalBlocker(m_estimator),  QSignalBlocker(m_lambda),
        QSignalBlocker(m_components), QSignalBlocker(m_replications),
        QSignalBlocker(m_seed)};
    m_generator->setCurrentIndex(m_generator->findData(static_cast<int>(s.model.generator)));
    m_collinearity->setValue(int(std::lround(s.model.collinearity * kCollinearitySteps)));
    m_noise->setValue(int(std::lround(s.model.noise * kNoiseSteps)));
    m_sampleSize->setValue(s.n);
    // Widen the dependent ranges first, or a value from the previous p would clamp k.
    m_latentDimension->setMaximum(m_features->maximum());
    m_components->setMaximum(m_features->maximum());
    m_features->setValue(s.model.features);
    m_latentDimension->setValue(s.model.latentDimension);
    m_estimator->setCurrentIndex(m_estimator->findData(static_cast<int>(s.estimator.kind)));
    m_lambda->setValue(s.estimator.lambda);
    m_components->setValue(s.estimator.components);
    m_replications->setValue(s.replications);
    m_seed->setValue(static_cast<int>(std::min<std::uint64_t>(s.seed, 999999)));
    updateEnabledControls();
    updateValueLabels();
}

bool ControlPanel::nudgeCollinearity(int steps)
{
    const int before = m_collinearity->value();
    m_collinearity->setValue(before + steps);
    return m_collinearity->value() != before;
}

void ControlPanel::onGeneratorChanged()
{
    // A new generator brings its own p, k and levers; the sliders the user set stay.
    const auto kind = static_cast<GeneratorKind>(m_generator->currentData().toInt());
    const core::ModelSettings defaults = core::ModelSettings::defaultsFor(kind);
    {
        const QSignalBlocker a(m_features), b(m_latentDimension);
        m_features->setValue(defaults.features);
        m_latentDimension->setMaximum(std::max(1, defaults.features));
        m_latentDimension->setValue(defaults.latentDimension);
    }
    updateEnabledControls();
    updateValueLabels();
    core::RecomputeSettings next = settings();
    next.model.levers = std::min(defaults.levers, next.model.features);
    m_state.editSimulation(next);
}

void ControlPanel::onAnyChange()
{
    updateEnabledControls();
    updateValueLabels();
    m_state.editSimulation(settings());
}

void ControlPanel::updateEnabledControls()
{
    const auto kind = static_cast<GeneratorKind>(m_generator->currentData().toInt());
    const auto estimator = static_cast<EstimatorKind>(m_estimator->currentData().toInt());
    m_features->setEnabled(core::ModelSettings::hasFeatureCount(kind));
    m_latentDimension->setEnabled(core::ModelSettings::hasLatentDimension(kind));
    m_latentDimension->setMaximum(std::max(1, m_features->value()));
    m_lambda->setEnabled(estimator == EstimatorKind::Ridge || estimator == EstimatorKind::Lasso);
    m_components->setEnabled(estimator == EstimatorKind::Pcr);
    m_components->setMaximum(core::ModelSettings::hasFeatureCount(kind) ? m_features->value() : 2);
    m_lesson->setText(QString::fromStdString(core::generatorLesson(kind)));
}

void ControlPanel::updateValueLabels()
{
    m_collinearityValue->setText(
        QString::number(double(m_collinearity->value()) / kCollinearitySteps, 'f', 3));
    m_noiseValue->setText(QString::number(double(m_noise->value()) / kNoiseSteps, 'f', 2));
}

void ControlPanel::resetToDefaults()
{
    const auto kind = static_cast<GeneratorKind>(m_generator->currentData().toInt());
    m_state.editSimulation(core::RecomputeSettings::defaultsFor(kind));
}

} // namespace lev::ui
