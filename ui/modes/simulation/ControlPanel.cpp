// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#include "modes/simulation/ControlPanel.h"

#include "controls/EstimatorWidgets.h"
#include "controls/ExactDoubleSpinBox.h"
#include "controls/SeedSpinBox.h"
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
#include <algorithm>
#include <climits>
#include <cmath>

namespace lev::ui {

using core::EstimatorKind;
using core::GeneratorKind;
using core::ModelSettings;
using core::RecomputeSettings;

namespace {

QWidget* withValue(QSlider* slider, QLabel* value)
{
    auto* box = new QWidget;
    auto* layout = new QHBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(slider, 1);
    value->setMinimumWidth(value->fontMetrics().horizontalAdvance(QStringLiteral("0.0000")) + 6);
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

/// What b is in the generator's structural equations (core/model/ScmFactory).
QString effectToolTip(GeneratorKind kind)
{
    switch (kind) {
    case GeneratorKind::Proxy:
        return QObject::tr("Causal effect b of the lever X₁ on Y: Y = b·X₁ + σε.\n"
                           "X₂ only shadows X₁; its causal weight is 0.");
    case GeneratorKind::Confounder:
        return QObject::tr("Causal effect b of X₁ on Y: Y = b·X₁ + g·Z + σε.\n"
                           "Setting X₁ one unit higher moves Y by b.");
    case GeneratorKind::Latent:
        return QObject::tr("Causal effect b of each lever: Y = b·(X₁ + … + X_|S|) + σε.");
    case GeneratorKind::Chain:
        return QObject::tr("Causal effect b of X₂ on Y: Y = b·X₂ + σε, X₂ = c·X₁ + noise,\n"
                           "so setting X₁ moves Y by c·b through X₂.");
    case GeneratorKind::Collider:
        return QObject::tr("Causal effect b of X₁ on Y: Y = b·X₁ + σε.\n"
                           "C is caused by both X₁ and Y.");
    }
    return {};
}

/// Sets a widget only when it shows something else: setting a spin box rewrites its text, and
/// would throw away what the user is typing there.
template <typename Widget, typename Value> void showValue(Widget* widget, Value value)
{
    if (widget->value() != value)
        widget->setValue(value);
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
    m_noise->setRange(0, int(kNoiseSliderMaximum * kNoiseSteps));
    m_noise->setPageStep(25);
    m_noise->setToolTip(tr("Noise σ of Y's own equation, 0 to 3 on the slider"));
    m_noiseValue = new QLabel;
    m_noiseValue->setObjectName(QStringLiteral("noiseValue"));

    m_effect = new ExactDoubleSpinBox;
    m_effect->setObjectName(QStringLiteral("effectSpin"));
    m_effect->setRange(-kMaxCoefficient, kMaxCoefficient);
    m_effect->setSingleStep(0.1);

    m_confounding = new ExactDoubleSpinBox;
    m_confounding->setObjectName(QStringLiteral("confoundingSpin"));
    m_confounding->setRange(-kMaxCoefficient, kMaxCoefficient);
    m_confounding->setSingleStep(0.1);
    m_confounding->setToolTip(
        tr("Confounding g: the effect of the hidden Z on Y, Y = b·X₁ + g·Z + σε.\n"
           "Z also drives every feature, so the X₁ weight mixes b with g; 0 removes the "
           "confounder's path to Y."));

    m_levers = new QSpinBox;
    m_levers->setObjectName(QStringLiteral("leversSpin"));
    m_levers->setKeyboardTracking(false);
    m_levers->setToolTip(tr("Levers |S|: the first |S| features cause Y, each with effect b;\n"
                            "the other features have causal weight 0 (latent generator)"));

    m_sampleSize = new QSpinBox;
    m_sampleSize->setObjectName(QStringLiteral("sampleSizeSpin"));
    m_sampleSize->setRange(kMinRows, kMaxRows);
    m_sampleSize->setKeyboardTracking(false);
    m_sampleSize->setToolTip(tr("n: training rows in each replication and in the scatter"));

    m_features = new QSpinBox;
    m_features->setObjectName(QStringLiteral("featuresSpin"));
    m_features->setRange(1, kMaxFeatures);
    m_features->setKeyboardTracking(false);
    m_features->setToolTip(tr("p: number of features (latent and confounder generators)"));

    m_latentDimension = new QSpinBox;
    m_latentDimension->setObjectName(QStringLiteral("latentSpin"));
    m_latentDimension->setRange(1, kMaxFeatures);
    m_latentDimension->setKeyboardTracking(false);
    m_latentDimension->setToolTip(tr("k: latent factors behind the features (latent generator)"));

    m_estimator = EstimatorWidgets::estimatorCombo(
        QStringLiteral("estimatorCombo"), tr("The estimator fitted in every replication "
                                             "(scikit-learn conventions, unpenalized intercept)"));
    m_estimator->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_estimator->setMinimumContentsLength(14);
    m_lambda = EstimatorWidgets::lambdaSpin(QStringLiteral("lambdaSpin"));
    m_components = EstimatorWidgets::componentsSpin(QStringLiteral("componentsSpin"), kMaxFeatures);

    m_replications = new QSpinBox;
    m_replications->setObjectName(QStringLiteral("replicationsSpin"));
    m_replications->setRange(1, kMaxReplications);
    m_replications->setSingleStep(50);
    m_replications->setKeyboardTracking(false);
    m_replications->setToolTip(tr("R: Monte-Carlo replications behind every spread and mean"));

    m_seed = new SeedSpinBox;
    m_seed->setObjectName(QStringLiteral("seedSpin"));
    m_seed->setToolTip(tr("Random seed: the same seed gives the same numbers"));

    m_reset = new QPushButton(tr("&Reset to defaults"));
    m_reset->setObjectName(QStringLiteral("resetButton"));
    m_reset->setToolTip(tr("The teaching defaults of the current generator"));

    m_lesson = new QLabel;
    m_lesson->setObjectName(QStringLiteral("lessonLabel"));
    m_lesson->setWordWrap(true);
    m_lesson->setStyleSheet(QStringLiteral("color: #444;"));

    m_problem = new QLabel;
    m_problem->setObjectName(QStringLiteral("controlProblem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_problem->setVisible(false);

    m_form = new QFormLayout;
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto addRow = [this](const QString& label, QWidget* field, QWidget* buddy) {
        auto* text = new QLabel(label);
        text->setBuddy(buddy);
        m_form->addRow(text, field);
    };
    addRow(tr("&Generator"), m_generator, m_generator);
    addRow(tr("&Collinearity c"), withValue(m_collinearity, m_collinearityValue), m_collinearity);
    addRow(tr("N&oise σ"), withValue(m_noise, m_noiseValue), m_noise);
    addRow(tr("Causal effect &b"), m_effect, m_effect);
    addRow(tr("Confo&unding g"), m_confounding, m_confounding);
    addRow(tr("C&ausal levers |S|"), m_levers, m_levers);
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
    layout->addLayout(m_form);
    layout->addWidget(m_problem);
    layout->addWidget(m_reset);
    layout->addStretch(1);

    fill(m_state.simulation());
    connect(&m_state, &SessionState::simulationChanged, this, &ControlPanel::showSettings);

    connect(m_generator, &QComboBox::currentIndexChanged, this, &ControlPanel::onGeneratorChanged);
    connect(m_collinearity, &QSlider::valueChanged, this, [this](int value) {
        m_shownCollinearity = double(value) / kCollinearitySteps;
        edit([c = m_shownCollinearity](RecomputeSettings& s) { s.model.collinearity = c; });
    });
    connect(m_noise, &QSlider::valueChanged, this, [this](int value) {
        m_shownNoise = double(value) / kNoiseSteps;
        edit([noise = m_shownNoise](RecomputeSettings& s) { s.model.noise = noise; });
    });
    connect(m_effect, &QDoubleSpinBox::valueChanged, this,
            [this](double b) { edit([b](RecomputeSettings& s) { s.model.effect = b; }); });
    connect(m_confounding, &QDoubleSpinBox::valueChanged, this,
            [this](double g) { edit([g](RecomputeSettings& s) { s.model.confounding = g; }); });
    connect(m_levers, &QSpinBox::valueChanged, this, [this](int levers) {
        edit([levers](RecomputeSettings& s) { s.model.levers = levers; });
    });
    connect(m_sampleSize, &QSpinBox::valueChanged, this,
            [this](int n) { edit([n](RecomputeSettings& s) { s.n = n; }); });
    connect(m_features, &QSpinBox::valueChanged, this, [this](int p) {
        edit([p](RecomputeSettings& s) {
            // What cannot exceed p follows it down.
            s.model.features = p;
            s.model.latentDimension = std::min(s.model.latentDimension, p);
            s.model.levers = std::min(s.model.levers, p);
            s.estimator.components = std::min(s.estimator.components, p);
        });
    });
    connect(m_latentDimension, &QSpinBox::valueChanged, this,
            [this](int k) { edit([k](RecomputeSettings& s) { s.model.latentDimension = k; }); });
    connect(m_estimator, &QComboBox::currentIndexChanged, this, [this]() {
        const auto kind = static_cast<EstimatorKind>(m_estimator->currentData().toInt());
        edit([kind](RecomputeSettings& s) {
            s.estimator = EstimatorWidgets::switchedTo(s.estimator, kind, s.model.features);
        });
    });
    connect(m_lambda, &QDoubleSpinBox::valueChanged, this, [this](double lambda) {
        edit([lambda](RecomputeSettings& s) { s.estimator.lambda = lambda; });
    });
    connect(m_components, &QSpinBox::valueChanged, this, [this](int components) {
        edit([components](RecomputeSettings& s) { s.estimator.components = components; });
    });
    connect(m_replications, &QSpinBox::valueChanged, this,
            [this](int r) { edit([r](RecomputeSettings& s) { s.replications = r; }); });
    connect(m_seed, &SeedSpinBox::valueChanged, this, [this](std::uint64_t seed) {
        edit([seed](RecomputeSettings& s) {
            s.seed = seed;
            s.model.loadingSeed = seed;
        });
    });
    connect(m_reset, &QPushButton::clicked, this, &ControlPanel::resetToDefaults);
}

core::RecomputeSettings ControlPanel::settings() const
{
    RecomputeSettings s = m_state.simulation();
    s.model.generator = static_cast<GeneratorKind>(m_generator->currentData().toInt());
    s.model.collinearity = m_shownCollinearity;
    s.model.noise = m_shownNoise;
    s.model.effect = m_effect->value();
    if (s.model.generator == GeneratorKind::Confounder)
        s.model.confounding = m_confounding->value();
    if (ModelSettings::hasLatentDimension(s.model.generator)) {
        s.model.latentDimension = m_latentDimension->value();
        s.model.levers = m_levers->value();
    }
    s.n = m_sampleSize->value();
    s.model.features = m_features->value();
    s.estimator.kind = static_cast<EstimatorKind>(m_estimator->currentData().toInt());
    // λ and the components count only for the estimators that use them (and are checked only
    // for those): the disabled control may hold a clamped value.
    if (EstimatorWidgets::usesLambda(s.estimator.kind))
        s.estimator.lambda = m_lambda->value();
    if (EstimatorWidgets::usesComponents(s.estimator.kind))
        s.estimator.components = m_components->value();
    s.replications = m_replications->value();
    s.seed = m_seed->value();
    return s;
}

QString ControlPanel::problem() const
{
    return m_problem->text();
}

void ControlPanel::showSettings(const core::RecomputeSettings& s)
{
    if (settings() != s) // e.g. the state this panel just sent shows already
        fill(s);
}

void ControlPanel::fill(const core::RecomputeSettings& s)
{
    const QSignalBlocker blockers[] = {
        QSignalBlocker(m_generator),       QSignalBlocker(m_collinearity),
        QSignalBlocker(m_noise),           QSignalBlocker(m_effect),
        QSignalBlocker(m_confounding),     QSignalBlocker(m_levers),
        QSignalBlocker(m_sampleSize),      QSignalBlocker(m_features),
        QSignalBlocker(m_latentDimension), QSignalBlocker(m_estimator),
        QSignalBlocker(m_lambda),          QSignalBlocker(m_components),
        QSignalBlocker(m_replications),    QSignalBlocker(m_seed)};
    m_generator->setCurrentIndex(m_generator->findData(static_cast<int>(s.model.generator)));
    m_estimator->setCurrentIndex(m_estimator->findData(static_cast<int>(s.estimator.kind)));
    // The ranges that depend on p first, or the previous p would clamp k, |S| or components.
    updateRows(s);
    m_shownCollinearity = s.model.collinearity;
    showValue(m_collinearity, int(std::lround(s.model.collinearity * kCollinearitySteps)));
    m_shownNoise = s.model.noise;
    // A noise beyond the slider's usual end widens it, so the handle is not stuck at 3.
    const double noiseSteps = std::min(s.model.noise * kNoiseSteps, double(INT_MAX / 2));
    m_noise->setMaximum(
        std::max(int(kNoiseSliderMaximum * kNoiseSteps), int(std::ceil(noiseSteps))));
    showValue(m_noise, int(std::lround(noiseSteps)));
    showValue(m_effect, s.model.effect);
    showValue(m_confounding, s.model.confounding);
    showValue(m_levers, s.model.levers);
    showValue(m_sampleSize, s.n);
    showValue(m_features, s.model.features);
    showValue(m_latentDimension, s.model.latentDimension);
    showValue(m_lambda, s.estimator.lambda);
    showValue(m_components, s.estimator.components);
    showValue(m_replications, s.replications);
    showValue(m_seed, s.seed);
    updateValueLabels();
}

void ControlPanel::edit(const Change& change)
{
    const RecomputeSettings& current = m_state.simulation();
    RecomputeSettings next = current;
    change(next);
    const std::string problem = next.validate();
    if (!problem.empty() && current.validate().empty()) {
        // A combination the ranges cannot express (n × p too large): keep what is in use.
        m_problem->setText(tr("Not applied: %1.").arg(QString::fromStdString(problem)));
        m_problem->setVisible(true);
        fill(current);
        return;
    }
    m_problem->clear();
    m_problem->setVisible(false);
    updateRows(next);
    updateValueLabels();
    m_state.editSimulation(next);
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
    edit([kind](RecomputeSettings& s) {
        const ModelSettings defaults = ModelSettings::defaultsFor(kind);
        s.model.generator = kind;
        s.model.features = defaults.features;
        s.model.latentDimension = defaults.latentDimension;
        s.model.levers = std::min(defaults.levers, defaults.features);
        s.model.loadings.reset(); // explicit loadings belong to the latent model they came with
        s.estimator.components = std::min(s.estimator.components, defaults.features);
    });
}

void ControlPanel::updateRows(const core::RecomputeSettings& s)
{
    const GeneratorKind kind = s.model.generator;
    const EstimatorKind estimator = s.estimator.kind;
    const int p = s.model.features;
    {
        const QSignalBlocker a(m_latentDimension), b(m_levers), c(m_components);
        m_latentDimension->setMaximum(std::max(1, p));
        m_levers->setRange(1, std::max(1, p));
        m_components->setMaximum(std::max(1, p));
    }
    m_features->setEnabled(ModelSettings::hasFeatureCount(kind));
    m_latentDimension->setEnabled(ModelSettings::hasLatentDimension(kind));
    // A k the generator does not use would show a value clamped to p: not shown at all.
    m_form->setRowVisible(m_latentDimension, ModelSettings::hasLatentDimension(kind));
    // Only where the generator has them (core/model/ScmFactory): g in the confounder's equation
    // for Y, the levers in the latent model's.
    m_form->setRowVisible(m_confounding, kind == GeneratorKind::Confounder);
    m_form->setRowVisible(m_levers, kind == GeneratorKind::Latent);
    m_effect->setToolTip(effectToolTip(kind));
    m_lambda->setEnabled(EstimatorWidgets::usesLambda(estimator));
    m_components->setEnabled(EstimatorWidgets::usesComponents(estimator));
    m_lesson->setText(QString::fromStdString(core::generatorLesson(kind)));
}

void ControlPanel::updateValueLabels()
{
    // The value in use, with the digits it has: 0.999 and 0.9995 are not "1.000".
    m_collinearityValue->setText(ExactDoubleSpinBox::exactText(m_shownCollinearity));
    m_noiseValue->setText(ExactDoubleSpinBox::exactText(m_shownNoise));
}

void ControlPanel::resetToDefaults()
{
    const auto kind = static_cast<GeneratorKind>(m_generator->currentData().toInt());
    m_state.editSimulation(RecomputeSettings::defaultsFor(kind));
}

} // namespace lev::ui
