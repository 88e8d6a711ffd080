// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#include "modes/blackbox/BlackBoxControls.h"

#include "controls/EstimatorWidgets.h"
#include "controls/ExactDoubleSpinBox.h"
#include "controls/SeedSpinBox.h"
#include "shell/SessionState.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSlider>
#include <QSpinBox>
#include <QVBoxLayout>
#include <algorithm>
#include <cmath>

namespace lev::ui {

using core::BlackBoxSettings;
using core::EstimatorKind;
using core::GeneratorKind;

namespace {

constexpr int kMaxRows = 1000000;
constexpr int kMaxFeatures = 200;
constexpr int kMaxReplications = 1000;
constexpr int kMaxTrees = 5000;
constexpr int kMaxDepth = 16;

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

QString lessonOf(const BlackBoxSettings& s)
{
    if (s.curvedManifold)
        return QObject::tr("The features lie near a curved surface; Y is nonlinear in the levers "
                           "only. Probes off that surface ask the model about points it never "
                           "saw.");
    return QString::fromStdString(core::generatorLesson(s.model.generator));
}

template <typename Widget, typename Value> void showValue(Widget* widget, Value value)
{
    if (widget->value() != value)
        widget->setValue(value);
}

QSpinBox* spin(const QString& name, int low, int high, const QString& tip)
{
    auto* box = new QSpinBox;
    box->setObjectName(name);
    box->setRange(low, high);
    box->setKeyboardTracking(false);
    box->setToolTip(tip);
    return box;
}

QComboBox* featureCombo(const QString& name, const QString& tip)
{
    auto* box = new QComboBox;
    box->setObjectName(name);
    box->setToolTip(tip);
    return box;
}

} // namespace

BlackBoxControls::BlackBoxControls(SessionState& state, QWidget* parent)
    : QWidget(parent), m_state(state)
{
    setObjectName(QStringLiteral("blackBoxControls"));

    m_generator = new QComboBox;
    m_generator->setObjectName(QStringLiteral("blackBoxGeneratorCombo"));
    for (GeneratorKind kind : core::allGenerators())
        m_generator->addItem(generatorTitle(kind), static_cast<int>(kind));
    m_generator->addItem(tr("Curved manifold: levers act through f"), kCurvedEntry);
    m_generator->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_generator->setMinimumContentsLength(14);
    m_generator->setToolTip(tr("Which structural causal model generates the data"));

    m_collinearity = new QSlider(Qt::Horizontal);
    m_collinearity->setObjectName(QStringLiteral("blackBoxCollinearitySlider"));
    m_collinearity->setRange(0, kCollinearitySteps - 1);
    m_collinearity->setPageStep(50);
    m_collinearity->setToolTip(tr("Collinearity c in [0, 0.999]: how close the features lie to "
                                  "a surface of lower dimension"));
    m_collinearityValue = new QLabel;
    m_noise = new QSlider(Qt::Horizontal);
    m_noise->setObjectName(QStringLiteral("blackBoxNoiseSlider"));
    m_noise->setRange(0, 3 * kNoiseSteps);
    m_noise->setPageStep(25);
    m_noise->setToolTip(tr("Noise σ of Y's own equation"));
    m_noiseValue = new QLabel;

    m_effect = new ExactDoubleSpinBox;
    m_effect->setObjectName(QStringLiteral("blackBoxEffectSpin"));
    m_effect->setRange(-1e6, 1e6);
    m_effect->setSingleStep(0.1);
    m_effect->setToolTip(tr("Causal effect b of each lever"));
    m_confounding = new ExactDoubleSpinBox;
    m_confounding->setObjectName(QStringLiteral("blackBoxConfoundingSpin"));
    m_confounding->setRange(-1e6, 1e6);
    m_confounding->setSingleStep(0.1);
    m_confounding->setToolTip(tr("Confounding g: the hidden Z's effect on Y"));
    m_levers = spin(QStringLiteral("blackBoxLeversSpin"), 1, kMaxFeatures,
                    tr("Levers |S|: the first |S| features cause Y"));
    m_sampleSize = spin(QStringLiteral("blackBoxSampleSizeSpin"), 10, kMaxRows,
                        tr("n: training rows of each refit (as many held out)"));
    m_sampleSize->setSingleStep(100);
    m_features =
        spin(QStringLiteral("blackBoxFeaturesSpin"), 1, kMaxFeatures, tr("p: number of features"));
    m_latentDimension = spin(QStringLiteral("blackBoxLatentSpin"), 1, kMaxFeatures,
                             tr("k: latent dimensions behind the features"));
    m_trees = spin(QStringLiteral("treesSpin"), 1, kMaxTrees,
                   tr("Boosting rounds (XGBoost's n_estimators)"));
    m_trees->setSingleStep(50);
    m_depth = spin(QStringLiteral("depthSpin"), 1, kMaxDepth, tr("Depth of each tree (max_depth)"));
    m_learningRate = new ExactDoubleSpinBox;
    m_learningRate->setObjectName(QStringLiteral("learningRateSpin"));
    m_learningRate->setRange(0.001, 1.0);
    m_learningRate->setSingleStep(0.05);
    m_learningRate->setToolTip(tr("Shrinkage of each tree (XGBoost's eta)"));
    m_linear = EstimatorWidgets::estimatorCombo(
        QStringLiteral("blackBoxEstimatorCombo"),
        tr("The linear model fitted beside the trees on the same rows, drawn hatched on the "
           "scoreboard, grey in the credit plot and dashed in the partial dependence: OLS "
           "(least squares), ridge (shrinks every weight), lasso (sets some to 0) or PCR "
           "(regresses on the top k principal components)"));
    m_linear->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_linear->setMinimumContentsLength(14);
    m_lambda = EstimatorWidgets::lambdaSpin(QStringLiteral("blackBoxLambdaSpin"));
    m_components =
        EstimatorWidgets::componentsSpin(QStringLiteral("blackBoxComponentsSpin"), kMaxFeatures);
    m_replications = spin(QStringLiteral("blackBoxReplicationsSpin"), 1, kMaxReplications,
                          tr("R: refits on fresh samples; the first arrives first"));
    m_seed = new SeedSpinBox;
    m_seed->setObjectName(QStringLiteral("blackBoxSeedSpin"));
    m_seed->setToolTip(tr("Random seed: the same seed gives the same numbers"));
    m_pdpFeature = featureCombo(QStringLiteral("pdpFeatureCombo"),
                                tr("The feature of the partial dependence plot"));
    m_sliceFirst =
        featureCombo(QStringLiteral("sliceFirstCombo"), tr("The slice's horizontal feature"));
    m_sliceSecond =
        featureCombo(QStringLiteral("sliceSecondCombo"), tr("The slice's vertical feature"));

    m_reset = new QPushButton(tr("&Reset to defaults"));
    m_reset->setObjectName(QStringLiteral("blackBoxResetButton"));
    m_lesson = new QLabel;
    m_lesson->setObjectName(QStringLiteral("blackBoxLesson"));
    m_lesson->setWordWrap(true);
    m_lesson->setStyleSheet(QStringLiteral("color: #444;"));
    m_problem = new QLabel;
    m_problem->setObjectName(QStringLiteral("blackBoxProblem"));
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
    auto* slice = new QWidget;
    auto* sliceLayout = new QHBoxLayout(slice);
    sliceLayout->setContentsMargins(0, 0, 0, 0);
    sliceLayout->addWidget(m_sliceFirst, 1);
    sliceLayout->addWidget(new QLabel(QStringLiteral("×")));
    sliceLayout->addWidget(m_sliceSecond, 1);
    addRow(tr("&Generator"), m_generator, m_generator);
    addRow(tr("&Collinearity c"), withValue(m_collinearity, m_collinearityValue), m_collinearity);
    addRow(tr("N&oise σ"), withValue(m_noise, m_noiseValue), m_noise);
    addRow(tr("Causal effect &b"), m_effect, m_effect);
    addRow(tr("Confo&unding g"), m_confounding, m_confounding);
    addRow(tr("C&ausal levers |S|"), m_levers, m_levers);
    addRow(tr("&Features p"), m_features, m_features);
    addRow(tr("&Latent k"), m_latentDimension, m_latentDimension);
    addRow(tr("Sample size &n"), m_sampleSize, m_sampleSize);
    addRow(tr("&Trees"), m_trees, m_trees);
    addRow(tr("&Depth"), m_depth, m_depth);
    addRow(tr("Learning &rate"), m_learningRate, m_learningRate);
    addRow(tr("Linear &model"), m_linear, m_linear);
    addRow(tr("Penalt&y λ"), m_lambda, m_lambda);
    addRow(tr("Components &kept"), m_components, m_components);
    addRow(tr("Re&fits R"), m_replications, m_replications);
    addRow(tr("&Seed"), m_seed, m_seed);
    addRow(tr("&Partial dependence"), m_pdpFeature, m_pdpFeature);
    addRow(tr("Sl&ice"), slice, m_sliceFirst);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_lesson);
    layout->addLayout(m_form);
    layout->addWidget(m_problem);
    layout->addWidget(m_reset);
    layout->addStretch(1);

    fill(m_state.blackBox());
    connect(&m_state, &SessionState::blackBoxChanged, this, &BlackBoxControls::showSettings);
    connect(m_generator, &QComboBox::currentIndexChanged, this,
            &BlackBoxControls::onGeneratorChanged);
    connect(m_collinearity, &QSlider::valueChanged, this, [this](int value) {
        m_shownCollinearity = double(value) / kCollinearitySteps;
        edit([c = m_shownCollinearity](BlackBoxSettings& s) { s.model.collinearity = c; });
    });
    connect(m_noise, &QSlider::valueChanged, this, [this](int value) {
        m_shownNoise = double(value) / kNoiseSteps;
        edit([sigma = m_shownNoise](BlackBoxSettings& s) { s.model.noise = sigma; });
    });
    connect(m_effect, &QDoubleSpinBox::valueChanged, this,
            [this](double b) { edit([b](BlackBoxSettings& s) { s.model.effect = b; }); });
    connect(m_confounding, &QDoubleSpinBox::valueChanged, this,
            [this](double g) { edit([g](BlackBoxSettings& s) { s.model.confounding = g; }); });
    connect(m_levers, &QSpinBox::valueChanged, this,
            [this](int l) { edit([l](BlackBoxSettings& s) { s.model.levers = l; }); });
    connect(m_sampleSize, &QSpinBox::valueChanged, this,
            [this](int n) { edit([n](BlackBoxSettings& s) { s.n = n; }); });
    connect(m_features, &QSpinBox::valueChanged, this, [this](int p) {
        edit([p](BlackBoxSettings& s) {
            // What cannot exceed p follows it down.
            s.model.features = p;
            s.model.latentDimension = std::min(s.model.latentDimension, p);
            s.model.levers = std::min(s.model.levers, p);
            s.linear.components = std::min(s.linear.components, p);
            s.pdpFeature = std::min(s.pdpFeature, p - 1);
            s.sliceFirst = std::min(s.sliceFirst, p - 1);
            s.sliceSecond = std::min(s.sliceSecond, p - 1);
        });
    });
    connect(m_latentDimension, &QSpinBox::valueChanged, this,
            [this](int k) { edit([k](BlackBoxSettings& s) { s.model.latentDimension = k; }); });
    connect(m_trees, &QSpinBox::valueChanged, this,
            [this](int t) { edit([t](BlackBoxSettings& s) { s.learner.trees = t; }); });
    connect(m_depth, &QSpinBox::valueChanged, this,
            [this](int d) { edit([d](BlackBoxSettings& s) { s.learner.depth = d; }); });
    connect(m_learningRate, &QDoubleSpinBox::valueChanged, this, [this](double eta) {
        edit([eta](BlackBoxSettings& s) { s.learner.learningRate = eta; });
    });
    connect(m_linear, &QComboBox::currentIndexChanged, this, [this]() {
        const auto kind = static_cast<EstimatorKind>(m_linear->currentData().toInt());
        edit([kind](BlackBoxSettings& s) {
            s.linear = EstimatorWidgets::switchedTo(s.linear, kind, s.model.features);
        });
    });
    connect(m_lambda, &QDoubleSpinBox::valueChanged, this, [this](double lambda) {
        edit([lambda](BlackBoxSettings& s) { s.linear.lambda = lambda; });
    });
    connect(m_components, &QSpinBox::valueChanged, this,
            [this](int k) { edit([k](BlackBoxSettings& s) { s.linear.components = k; }); });
    connect(m_replications, &QSpinBox::valueChanged, this,
            [this](int r) { edit([r](BlackBoxSettings& s) { s.replications = r; }); });
    connect(m_seed, &SeedSpinBox::valueChanged, this, [this](std::uint64_t seed) {
        edit([seed](BlackBoxSettings& s) {
            s.seed = seed;
            s.model.loadingSeed = seed;
            s.learner.seed = seed;
        });
    });
    connect(m_pdpFeature, &QComboBox::activated, this,
            [this](int j) { edit([j](BlackBoxSettings& s) { s.pdpFeature = j; }); });
    connect(m_sliceFirst, &QComboBox::activated, this,
            [this](int j) { edit([j](BlackBoxSettings& s) { s.sliceFirst = j; }); });
    connect(m_sliceSecond, &QComboBox::activated, this,
            [this](int j) { edit([j](BlackBoxSettings& s) { s.sliceSecond = j; }); });
    connect(m_reset, &QPushButton::clicked, this, [this]() {
        const BlackBoxSettings& s = m_state.blackBox();
        m_state.editBlackBox(s.curvedManifold ? BlackBoxSettings::curvedDefaults()
                                              : BlackBoxSettings::defaultsFor(s.model.generator));
    });
}

BlackBoxSettings BlackBoxControls::settings() const
{
    BlackBoxSettings s = m_state.blackBox();
    const int entry = m_generator->currentData().toInt();
    s.curvedManifold = entry == kCurvedEntry;
    if (!s.curvedManifold)
        s.model.generator = static_cast<GeneratorKind>(entry);
    s.model.collinearity = m_shownCollinearity;
    s.model.noise = m_shownNoise;
    s.model.effect = m_effect->value();
    if (!s.curvedManifold && s.model.generator == GeneratorKind::Confounder)
        s.model.confounding = m_confounding->value();
    s.model.levers = m_levers->value();
    s.model.features = m_features->value();
    s.model.latentDimension = m_latentDimension->value();
    s.n = m_sampleSize->value();
    s.learner.trees = m_trees->value();
    s.learner.depth = m_depth->value();
    s.learner.learningRate = m_learningRate->value();
    // λ and k only for the estimator that reads them (and checks them): a hidden row may hold a
    // clamped value.
    s.linear.kind = static_cast<EstimatorKind>(m_linear->currentData().toInt());
    if (EstimatorWidgets::usesLambda(s.linear.kind))
        s.linear.lambda = m_lambda->value();
    if (EstimatorWidgets::usesComponents(s.linear.kind))
        s.linear.components = m_components->value();
    s.replications = m_replications->value();
    s.seed = m_seed->value();
    s.pdpFeature = std::max(0, m_pdpFeature->currentIndex());
    s.sliceFirst = std::max(0, m_sliceFirst->currentIndex());
    s.sliceSecond = std::max(0, m_sliceSecond->currentIndex());
    return s;
}

QString BlackBoxControls::problem() const
{
    return m_problem->text();
}

void BlackBoxControls::nudgeCollinearity(int steps)
{
    m_collinearity->setValue(m_collinearity->value() + steps);
}

void BlackBoxControls::showSettings(const BlackBoxSettings& s)
{
    if (!(settings() == s))
        fill(s);
}

void BlackBoxControls::fill(const BlackBoxSettings& s)
{
    const QSignalBlocker blockers[] = {QSignalBlocker(m_generator),
                                       QSignalBlocker(m_collinearity),
                                       QSignalBlocker(m_noise),
                                       QSignalBlocker(m_effect),
                                       QSignalBlocker(m_confounding),
                                       QSignalBlocker(m_levers),
                                       QSignalBlocker(m_sampleSize),
                                       QSignalBlocker(m_features),
                                       QSignalBlocker(m_latentDimension),
                                       QSignalBlocker(m_trees),
                                       QSignalBlocker(m_depth),
                                       QSignalBlocker(m_learningRate),
                                       QSignalBlocker(m_linear),
                                       QSignalBlocker(m_lambda),
                                       QSignalBlocker(m_components),
                                       QSignalBlocker(m_replications),
                                       QSignalBlocker(m_seed),
                                       QSignalBlocker(m_pdpFeature),
                                       QSignalBlocker(m_sliceFirst),
                                       QSignalBlocker(m_sliceSecond)};
    m_generator->setCurrentIndex(m_generator->findData(
        s.curvedManifold ? kCurvedEntry : static_cast<int>(s.model.generator)));
    updateRows(s);
    m_shownCollinearity = s.model.collinearity;
    showValue(m_collinearity, int(std::lround(s.model.collinearity * kCollinearitySteps)));
    m_shownNoise = s.model.noise;
    const double noiseSteps = std::min(s.model.noise * kNoiseSteps, 1e6);
    m_noise->setMaximum(std::max(3 * kNoiseSteps, int(std::ceil(noiseSteps))));
    showValue(m_noise, int(std::lround(noiseSteps)));
    showValue(m_effect, s.model.effect);
    showValue(m_confounding, s.model.confounding);
    showValue(m_levers, s.model.levers);
    showValue(m_sampleSize, s.n);
    showValue(m_features, s.model.features);
    showValue(m_latentDimension, s.model.latentDimension);
    showValue(m_trees, s.learner.trees);
    showValue(m_depth, s.learner.depth);
    showValue(m_learningRate, s.learner.learningRate);
    m_linear->setCurrentIndex(m_linear->findData(static_cast<int>(s.linear.kind)));
    showValue(m_lambda, s.linear.lambda);
    showValue(m_components, s.linear.components);
    showValue(m_replications, s.replications);
    showValue(m_seed, s.seed);
    m_pdpFeature->setCurrentIndex(s.pdpFeature);
    m_sliceFirst->setCurrentIndex(s.sliceFirst);
    m_sliceSecond->setCurrentIndex(s.sliceSecond);
    m_collinearityValue->setText(ExactDoubleSpinBox::exactText(m_shownCollinearity));
    m_noiseValue->setText(ExactDoubleSpinBox::exactText(m_shownNoise));
}

void BlackBoxControls::edit(const Change& change)
{
    const BlackBoxSettings& current = m_state.blackBox();
    BlackBoxSettings next = current;
    change(next);
    const std::string problem = next.validate();
    if (!problem.empty()) {
        // A combination the ranges cannot express: keep what is in use and say why.
        m_problem->setText(tr("Not applied: %1.").arg(QString::fromStdString(problem)));
        m_problem->setVisible(true);
        fill(current);
        return;
    }
    m_problem->clear();
    m_problem->setVisible(false);
    updateRows(next);
    m_collinearityValue->setText(ExactDoubleSpinBox::exactText(m_shownCollinearity));
    m_noiseValue->setText(ExactDoubleSpinBox::exactText(m_shownNoise));
    m_state.editBlackBox(next);
}

void BlackBoxControls::onGeneratorChanged()
{
    // A new generator brings its own p, k, levers and features to show; c, σ and the learner stay.
    const int entry = m_generator->currentData().toInt();
    edit([entry](BlackBoxSettings& s) {
        const BlackBoxSettings defaults =
            entry == kCurvedEntry
                ? BlackBoxSettings::curvedDefaults()
                : BlackBoxSettings::defaultsFor(static_cast<GeneratorKind>(entry));
        s.curvedManifold = defaults.curvedManifold;
        s.model.generator = defaults.model.generator;
        s.model.features = defaults.model.features;
        s.model.latentDimension = defaults.model.latentDimension;
        s.model.levers = defaults.model.levers;
        s.model.confounding = defaults.model.confounding;
        s.model.loadings.reset();
        s.linear.components = std::min(s.linear.components, s.model.features);
        s.pdpFeature = std::min(s.pdpFeature, s.model.features - 1);
        s.sliceFirst = 0;
        s.sliceSecond = std::min(1, s.model.features - 1);
    });
}

void BlackBoxControls::updateRows(const BlackBoxSettings& s)
{
    const bool curved = s.curvedManifold;
    const GeneratorKind kind = s.model.generator;
    const int p = s.model.features;
    {
        const QSignalBlocker a(m_latentDimension), b(m_levers), c(m_components);
        m_latentDimension->setMaximum(std::max(1, p));
        m_levers->setMaximum(std::max(1, p));
        m_components->setMaximum(std::max(1, p));
    }
    const bool latentLike = curved || kind == GeneratorKind::Latent;
    m_form->setRowVisible(m_confounding, !curved && kind == GeneratorKind::Confounder);
    m_form->setRowVisible(m_levers, latentLike);
    m_form->setRowVisible(m_latentDimension, latentLike);
    m_form->setRowVisible(m_lambda, EstimatorWidgets::usesLambda(s.linear.kind));
    m_form->setRowVisible(m_components, EstimatorWidgets::usesComponents(s.linear.kind));
    m_features->setEnabled(curved || core::ModelSettings::hasFeatureCount(kind));
    fillFeatureBoxes(p);
    m_lesson->setText(lessonOf(s));
}

void BlackBoxControls::fillFeatureBoxes(int features)
{
    for (QComboBox* box : {m_pdpFeature, m_sliceFirst, m_sliceSecond}) {
        if (box->count() == features)
            continue;
        const QSignalBlocker blocker(box);
        const int current = box->currentIndex();
        box->clear();
        for (int j = 1; j <= features; ++j)
            box->addItem(QStringLiteral("X%1").arg(j));
        box->setCurrentIndex(std::clamp(current, 0, features - 1));
    }
}

} // namespace lev::ui
