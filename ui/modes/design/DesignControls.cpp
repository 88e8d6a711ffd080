// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#include "modes/design/DesignControls.h"

#include "controls/ExactDoubleSpinBox.h"
#include "controls/SeedSpinBox.h"
#include "design/DesignResult.h"
#include "plots/PlotStyle.h"
#include "shell/SessionState.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QSignalBlocker>
#include <QSlider>
#include <QSpinBox>
#include <QVBoxLayout>
#include <algorithm>
#include <cmath>

namespace lev::ui {

using core::DesignSettings;
using core::GeneratorKind;
using core::ModelSettings;

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

/// Sets a widget only when it shows something else (a spin box being typed in keeps its text).
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

} // namespace

DesignControls::DesignControls(SessionState& state, QWidget* parent)
    : QWidget(parent), m_state(state)
{
    setObjectName(QStringLiteral("designControls"));

    m_generator = new QComboBox;
    m_generator->setObjectName(QStringLiteral("designGeneratorCombo"));
    for (GeneratorKind kind : core::allGenerators()) {
        m_generator->addItem(QString::fromStdString(core::generatorName(kind)),
                             static_cast<int>(kind));
        m_generator->setItemData(m_generator->count() - 1,
                                 QString::fromStdString(core::generatorLesson(kind)),
                                 Qt::ToolTipRole);
    }
    m_generator->setToolTip(tr("Which structural causal model generates both kinds of rows"));

    m_collinearity = new QSlider(Qt::Horizontal);
    m_collinearity->setObjectName(QStringLiteral("designCollinearitySlider"));
    m_collinearity->setRange(0, kCollinearitySteps - 1);
    m_collinearity->setPageStep(50);
    m_collinearity->setToolTip(tr("Collinearity c in [0, 0.999] of the observational rows"));
    m_collinearityValue = new QLabel;
    m_noise = new QSlider(Qt::Horizontal);
    m_noise->setObjectName(QStringLiteral("designNoiseSlider"));
    m_noise->setRange(0, 3 * kNoiseSteps);
    m_noise->setPageStep(25);
    m_noise->setToolTip(tr("Noise σ of Y's own equation"));
    m_noiseValue = new QLabel;

    m_effect = new ExactDoubleSpinBox;
    m_effect->setObjectName(QStringLiteral("designEffectSpin"));
    m_effect->setRange(-1e6, 1e6);
    m_effect->setSingleStep(0.1);
    m_effect->setToolTip(tr("Causal effect b of each lever on Y"));
    m_confounding = new ExactDoubleSpinBox;
    m_confounding->setObjectName(QStringLiteral("designConfoundingSpin"));
    m_confounding->setRange(-1e6, 1e6);
    m_confounding->setSingleStep(0.1);
    m_confounding->setToolTip(tr("Confounding g: the hidden Z's effect on Y (Z drives every "
                                 "feature too; randomizing a feature cuts Z's arrow into it)"));
    m_features = spin(QStringLiteral("designFeaturesSpin"), 1, kMaxFeatures,
                      tr("p: number of features (latent and confounder generators)"));
    m_latentDimension = spin(QStringLiteral("designLatentSpin"), 1, kMaxFeatures,
                             tr("k: latent factors behind the features"));
    m_levers = spin(QStringLiteral("designLeversSpin"), 1, kMaxFeatures,
                    tr("Levers |S|: the first |S| features cause Y"));
    m_sampleSize = spin(QStringLiteral("designSampleSizeSpin"), 2, kMaxRows,
                        tr("n: the budget, rows in the whole study (both kinds)"));
    m_sampleSize->setSingleStep(100);

    m_fraction = new QSlider(Qt::Horizontal);
    m_fraction->setObjectName(QStringLiteral("fractionSlider"));
    m_fraction->setRange(0, kFractionSteps);
    m_fraction->setPageStep(10);
    m_fraction->setToolTip(tr("π: the share of the n rows that come from the experiment.\n"
                              "0: observational only; 1: experiment only. Arrow keys step 0.01."));
    m_fractionValue = new QLabel;
    m_fractionValue->setObjectName(QStringLiteral("fractionValue"));
    m_rowsLabel = new QLabel;
    m_rowsLabel->setObjectName(QStringLiteral("rowsLabel"));
    m_rowsLabel->setWordWrap(true);

    auto* featureBox = new QWidget;
    m_featureGrid = new QGridLayout(featureBox);
    m_featureGrid->setContentsMargins(0, 0, 0, 0);
    m_featureGrid->setHorizontalSpacing(6);
    m_featureGrid->setVerticalSpacing(2);

    m_allocate = new QCheckBox(tr("&Allocate for me"));
    m_allocate->setObjectName(QStringLiteral("allocateBox"));
    m_allocate->setToolTip(tr("Randomize every feature with the variances that make the weights "
                              "most precise (A-optimal: the smallest tr M⁻¹) for the budget B"));
    m_budget = new ExactDoubleSpinBox;
    m_budget->setObjectName(QStringLiteral("budgetSpin"));
    m_budget->setRange(0.0, kMaxBudget);
    m_budget->setSingleStep(1.0);
    m_budget->setSpecialValueText(tr("tr S_XX (default)"));
    m_budget->setToolTip(tr("Budget B = Σ v_j of the randomization variances; the default is the "
                            "total observational variance of the features"));

    m_replications = spin(QStringLiteral("designReplicationsSpin"), 1, kMaxReplications,
                          tr("R: Monte-Carlo replications of the whole study"));
    m_replications->setSingleStep(50);
    m_seed = new SeedSpinBox;
    m_seed->setObjectName(QStringLiteral("designSeedSpin"));
    m_seed->setToolTip(tr("Random seed: the same seed gives the same numbers"));

    m_lesson = new QLabel(tr("A fraction π of the n rows comes from an experiment that sets the "
                             "checked features at random, cutting every arrow into them."));
    m_lesson->setObjectName(QStringLiteral("designLesson"));
    m_lesson->setWordWrap(true);
    m_lesson->setStyleSheet(QStringLiteral("color: #444;"));
    m_problem = new QLabel;
    m_problem->setObjectName(QStringLiteral("designProblem"));
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
    addRow(tr("&Features p"), m_features, m_features);
    addRow(tr("&Latent k"), m_latentDimension, m_latentDimension);
    addRow(tr("Le&vers |S|"), m_levers, m_levers);
    addRow(tr("Budget &n rows"), m_sampleSize, m_sampleSize);
    addRow(tr("Randomi&zed π"), withValue(m_fraction, m_fractionValue), m_fraction);
    m_form->addRow(m_rowsLabel);
    auto* randomizeTitle = new QLabel(tr("Randomize (variance v_j):"));
    m_form->addRow(randomizeTitle);
    m_form->addRow(featureBox);
    m_form->addRow(m_allocate);
    addRow(tr("Budget &B"), m_budget, m_budget);
    addRow(tr("&Replications R"), m_replications, m_replications);
    addRow(tr("&Seed"), m_seed, m_seed);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_lesson);
    layout->addLayout(m_form);
    layout->addWidget(m_problem);
    layout->addStretch(1);

    fill(m_state.design());
    connect(&m_state, &SessionState::designChanged, this, &DesignControls::fill);

    connect(m_generator, &QComboBox::currentIndexChanged, this, [this]() {
        const auto kind = static_cast<GeneratorKind>(m_generator->currentData().toInt());
        edit([kind](DesignSettings& s) {
            // A new generator brings its own p, k and levers; c, σ and b stay.
            ModelSettings model = ModelSettings::defaultsFor(kind);
            model.collinearity = s.model.collinearity;
            model.noise = s.model.noise;
            model.effect = s.model.effect;
            s.model = model;
            s.randomized.erase(std::remove_if(s.randomized.begin(), s.randomized.end(),
                                              [&](int j) { return j >= model.features; }),
                               s.randomized.end());
            s.variances.clear();
        });
    });
    connect(m_collinearity, &QSlider::valueChanged, this, [this](int value) {
        edit([c = double(value) / kCollinearitySteps](DesignSettings& s) {
            s.model.collinearity = c;
            s.variances.clear(); // the observational variances move with c
        });
    });
    connect(m_noise, &QSlider::valueChanged, this, [this](int value) {
        edit([sigma = double(value) / kNoiseSteps](DesignSettings& s) { s.model.noise = sigma; });
    });
    connect(m_effect, &QDoubleSpinBox::valueChanged, this,
            [this](double b) { edit([b](DesignSettings& s) { s.model.effect = b; }); });
    connect(m_confounding, &QDoubleSpinBox::valueChanged, this,
            [this](double g) { edit([g](DesignSettings& s) { s.model.confounding = g; }); });
    connect(m_features, &QSpinBox::valueChanged, this, [this](int p) {
        edit([p](DesignSettings& s) {
            s.model.features = p;
            s.model.latentDimension = std::min(s.model.latentDimension, p);
            s.model.levers = std::min(s.model.levers, p);
            s.randomized.erase(std::remove_if(s.randomized.begin(), s.randomized.end(),
                                              [p](int j) { return j >= p; }),
                               s.randomized.end());
            s.variances.clear();
        });
    });
    connect(m_latentDimension, &QSpinBox::valueChanged, this,
            [this](int k) { edit([k](DesignSettings& s) { s.model.latentDimension = k; }); });
    connect(m_levers, &QSpinBox::valueChanged, this,
            [this](int levers) { edit([levers](DesignSettings& s) { s.model.levers = levers; }); });
    connect(m_sampleSize, &QSpinBox::valueChanged, this,
            [this](int n) { edit([n](DesignSettings& s) { s.n = n; }); });
    connect(m_fraction, &QSlider::valueChanged, this, [this](int value) {
        edit([pi = double(value) / kFractionSteps](DesignSettings& s) { s.fraction = pi; });
    });
    connect(m_allocate, &QCheckBox::toggled, this,
            [this](bool on) { edit([on](DesignSettings& s) { s.allocate = on; }); });
    connect(m_budget, &QDoubleSpinBox::valueChanged, this, [this](double budget) {
        edit([budget](DesignSettings& s) {
            s.budget = budget > 0.0 ? std::optional<double>(budget) : std::nullopt;
        });
    });
    connect(m_replications, &QSpinBox::valueChanged, this,
            [this](int r) { edit([r](DesignSettings& s) { s.replications = r; }); });
    connect(m_seed, &SeedSpinBox::valueChanged, this, [this](std::uint64_t seed) {
        edit([seed](DesignSettings& s) {
            s.seed = seed;
            s.model.loadingSeed = seed;
        });
    });
}

QString DesignControls::problem() const
{
    return m_problem->text();
}

void DesignControls::nudgeFraction(int steps)
{
    m_fraction->setValue(m_fraction->value() + steps);
}

void DesignControls::makeFeatureRows(int p)
{
    p = std::min(p, kMaxFeatures);
    if (int(m_randomize.size()) == p)
        return;
    for (QCheckBox* box : m_randomize)
        delete box;
    for (ExactDoubleSpinBox* box : m_variances)
        delete box;
    m_randomize.clear();
    m_variances.clear();
    for (int j = 0; j < p; ++j) {
        auto* box = new QCheckBox(PlotStyle::featureLabel("X" + std::to_string(j + 1)));
        box->setObjectName(QStringLiteral("randomize%1").arg(j + 1));
        box->setToolTip(tr("Randomize X%1 in the experiment: drawn N(0, v), every arrow into it "
                           "cut")
                            .arg(j + 1));
        auto* variance = new ExactDoubleSpinBox;
        variance->setObjectName(QStringLiteral("variance%1").arg(j + 1));
        variance->setRange(1e-6, kMaxVariance);
        variance->setValue(1.0); // until a result says the observational variance
        variance->setSingleStep(0.1);
        variance->setKeyboardTracking(false);
        variance->setToolTip(tr("v: the variance X%1 is drawn with in the experiment (its "
                                "observational variance until you change it)")
                                 .arg(j + 1));
        // Two features a row: a check box and its variance each.
        m_featureGrid->addWidget(box, j / 2, (j % 2) * 2);
        m_featureGrid->addWidget(variance, j / 2, (j % 2) * 2 + 1);
        m_randomize << box;
        m_variances << variance;
        connect(box, &QCheckBox::toggled, this, [this, j](bool on) {
            edit([j, on](DesignSettings& s) {
                auto& r = s.randomized;
                r.erase(std::remove(r.begin(), r.end(), j), r.end());
                if (on) {
                    r.push_back(j);
                    std::sort(r.begin(), r.end());
                }
            });
        });
        connect(variance, &QDoubleSpinBox::valueChanged, this,
                [this]() { edit([v = shownVariances()](DesignSettings& s) { s.variances = v; }); });
    }
}

std::vector<double> DesignControls::shownVariances() const
{
    std::vector<double> variances;
    for (ExactDoubleSpinBox* box : m_variances)
        variances.push_back(box->value());
    return variances;
}

void DesignControls::fill(const core::DesignSettings& s)
{
    const QSignalBlocker blockers[] = {
        QSignalBlocker(m_generator),       QSignalBlocker(m_collinearity),
        QSignalBlocker(m_noise),           QSignalBlocker(m_effect),
        QSignalBlocker(m_confounding),     QSignalBlocker(m_features),
        QSignalBlocker(m_latentDimension), QSignalBlocker(m_levers),
        QSignalBlocker(m_sampleSize),      QSignalBlocker(m_fraction),
        QSignalBlocker(m_allocate),        QSignalBlocker(m_budget),
        QSignalBlocker(m_replications),    QSignalBlocker(m_seed)};
    m_generator->setCurrentIndex(m_generator->findData(static_cast<int>(s.model.generator)));
    updateRows(s);
    showValue(m_collinearity, int(std::lround(s.model.collinearity * kCollinearitySteps)));
    m_noise->setMaximum(
        std::max(3 * kNoiseSteps, int(std::ceil(std::min(s.model.noise, 1e6) * kNoiseSteps))));
    showValue(m_noise, int(std::lround(std::min(s.model.noise, 1e6) * kNoiseSteps)));
    showValue(m_effect, s.model.effect);
    showValue(m_confounding, s.model.confounding);
    showValue(m_features, s.model.features);
    showValue(m_latentDimension, s.model.latentDimension);
    showValue(m_levers, s.model.levers);
    showValue(m_sampleSize, s.n);
    showValue(m_fraction, int(std::lround(s.fraction * kFractionSteps)));
    m_allocate->setChecked(s.allocate);
    showValue(m_budget, s.budget.value_or(0.0));
    showValue(m_replications, s.replications);
    showValue(m_seed, s.seed);

    makeFeatureRows(s.model.features);
    for (int j = 0; j < int(m_randomize.size()); ++j) {
        const QSignalBlocker a(m_randomize[j]), b(m_variances[j]);
        m_randomize[j]->setChecked(s.isRandomized(j));
        m_randomize[j]->setEnabled(!s.allocate);
        m_variances[j]->setEnabled(!s.allocate && s.isRandomized(j));
        if (std::size_t(j) < s.variances.size())
            showValue(m_variances[j], s.variances[std::size_t(j)]);
    }
    m_budget->setEnabled(s.allocate);

    m_collinearityValue->setText(ExactDoubleSpinBox::exactText(s.model.collinearity));
    m_noiseValue->setText(ExactDoubleSpinBox::exactText(s.model.noise));
    m_fractionValue->setText(QString::number(s.fraction, 'f', 2));
    m_rowsLabel->setText(tr("%1 randomized rows, %2 observational")
                             .arg(s.randomizedRows())
                             .arg(s.observationalRows()));
}

void DesignControls::showResult(const core::DesignResult& result)
{
    // The variances in use where the settings leave them open: the observational ones, or the
    // allocation's.
    const core::DesignSettings& s = m_state.design();
    if (!(result.settings == s) || !s.variances.empty())
        return;
    const Eigen::VectorXd& used = result.randomizationVariances;
    const Eigen::MatrixXd& observed = result.observationalCovariance;
    for (int j = 0; j < int(m_variances.size()); ++j) {
        double v = 0.0;
        if (j < used.size() && used[j] > 0.0)
            v = used[j];
        else if (j < observed.rows())
            v = observed(j, j);
        if (std::isfinite(v) && v > 0.0) {
            // A computed variance, shown to 6 digits: 1, not 0.99999999999999978.
            v = QString::number(v, 'g', 6).toDouble();
            const QSignalBlocker block(m_variances[j]);
            showValue(m_variances[j], std::clamp(v, 1e-6, kMaxVariance));
        }
    }
}

void DesignControls::edit(const Change& change)
{
    const DesignSettings& current = m_state.design();
    DesignSettings next = current;
    change(next);
    const std::string problem = next.validate();
    if (!problem.empty() && current.validate().empty()) {
        m_problem->setText(tr("Not applied: %1.").arg(QString::fromStdString(problem)));
        m_problem->setVisible(true);
        fill(current);
        return;
    }
    m_problem->clear();
    m_problem->setVisible(false);
    m_state.editDesign(next);
}

void DesignControls::updateRows(const core::DesignSettings& s)
{
    const GeneratorKind kind = s.model.generator;
    const int p = s.model.features;
    {
        const QSignalBlocker a(m_latentDimension), b(m_levers);
        m_latentDimension->setMaximum(std::max(1, p));
        m_levers->setMaximum(std::max(1, p));
    }
    m_form->setRowVisible(m_features, ModelSettings::hasFeatureCount(kind));
    m_form->setRowVisible(m_latentDimension, ModelSettings::hasLatentDimension(kind));
    m_form->setRowVisible(m_levers, kind == GeneratorKind::Latent);
    m_form->setRowVisible(m_confounding, kind == GeneratorKind::Confounder);
}

} // namespace lev::ui
