// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#include "modes/environments/EnvironmentsControls.h"

#include "controls/SeedSpinBox.h"
#include "environments/EnvironmentsStudy.h"
#include "plots/NumberText.h"
#include "shell/SessionState.h"

#include <QCheckBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QSignalBlocker>
#include <QSlider>
#include <QSpinBox>
#include <cmath>
#include <limits>

namespace lev::ui {

namespace {

constexpr double kSliderUnit = 10.0; ///< weights move in tenths
constexpr int kMaxEnvironments = 20;

QWidget* withValue(QSlider* slider, QLabel* value, const QString& widest)
{
    auto* box = new QWidget;
    auto* layout = new QHBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(slider, 1);
    value->setMinimumWidth(value->fontMetrics().horizontalAdvance(widest) + 6);
    value->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    layout->addWidget(value);
    return box;
}

QString gammaLabel(double gamma)
{
    if (gamma == 0.0)
        return EnvironmentsControls::tr("0: partial out");
    if (gamma == 1.0)
        return EnvironmentsControls::tr("1: OLS");
    if (std::isinf(gamma))
        return EnvironmentsControls::tr("∞: IV");
    return NumberText::of(gamma, 2);
}

} // namespace

double EnvironmentsControls::gammaAt(int position)
{
    if (position <= 0)
        return 0.0;
    if (position >= kGammaSteps)
        return std::numeric_limits<double>::infinity();
    // Round to two significant digits so that 10^0 is exactly 1 (OLS) and labels read back.
    const double value = std::pow(10.0, -2.0 + 5.0 * (position - 1) / (kGammaSteps - 2));
    const double scale = std::pow(10.0, std::floor(std::log10(value)) - 1.0);
    return std::round(value / scale) * scale;
}

int EnvironmentsControls::positionOf(double gamma)
{
    if (gamma <= 0.0)
        return 0;
    if (std::isinf(gamma))
        return kGammaSteps;
    const double k = 1.0 + (std::log10(gamma) + 2.0) * (kGammaSteps - 2) / 5.0;
    return std::clamp(int(std::lround(k)), 1, kGammaSteps - 1);
}

QSlider* EnvironmentsControls::weightSlider(const QString& name, double maximum, QLabel** value,
                                            void (*set)(core::EnvironmentsSettings&, double))
{
    auto* slider = new QSlider(Qt::Horizontal);
    slider->setObjectName(name);
    slider->setRange(0, int(maximum * kSliderUnit));
    *value = new QLabel;
    connect(slider, &QSlider::valueChanged, this, [this, set](int position) {
        edit([set, position](core::EnvironmentsSettings& s) { set(s, position / kSliderUnit); });
    });
    return slider;
}

EnvironmentsControls::EnvironmentsControls(SessionState& state, QWidget* parent)
    : QWidget(parent), m_state(state)
{
    setObjectName(QStringLiteral("environmentsControls"));
    auto* form = new QFormLayout(this);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);

    m_environments = new QSpinBox;
    m_environments->setObjectName(QStringLiteral("environmentsSpin"));
    m_environments->setRange(1, kMaxEnvironments);
    m_environments->setSpecialValueText(tr("continuous A"));
    m_environments->setKeyboardTracking(false);
    m_environments->setToolTip(tr("K discrete environments of equal size, or (at the bottom of "
                                  "the range) a continuous anchor A ~ N(0, 1)"));
    form->addRow(tr("Environments K"), m_environments);
    m_rows = new QSpinBox;
    m_rows->setObjectName(QStringLiteral("environmentsRows"));
    m_rows->setRange(core::EnvironmentsSettings::kMinRows, core::EnvironmentsSettings::kMaxRows);
    m_rows->setSingleStep(100);
    m_rows->setKeyboardTracking(false);
    m_rows->setToolTip(tr("Rows of the sample the estimators and ICP see"));
    form->addRow(tr("Sample size n"), m_rows);

    m_shift = weightSlider(QStringLiteral("shiftSlider"), 5.0, &m_shiftValue,
                           [](core::EnvironmentsSettings& s, double v) { s.model.shift = v; });
    m_shift->setToolTip(tr("s: how strongly the anchor A moves the lever X1"));
    form->addRow(tr("Shift on X₁ (lever)"), withValue(m_shift, m_shiftValue, "0.00"));
    m_childShift =
        weightSlider(QStringLiteral("childShiftSlider"), 5.0, &m_childShiftValue,
                     [](core::EnvironmentsSettings& s, double v) { s.model.childShift = v; });
    m_childShift->setToolTip(tr("t: how strongly the anchor A moves X2 as well"));
    form->addRow(tr("Shift on X₂"), withValue(m_childShift, m_childShiftValue, "0.00"));
    m_childWeight =
        weightSlider(QStringLiteral("childWeightSlider"), 3.0, &m_childWeightValue,
                     [](core::EnvironmentsSettings& s, double v) { s.model.childWeight = v; });
    m_childWeight->setToolTip(tr("c: Y's weight on X2. Above 0 X2 is a child of Y (it predicts "
                                 "Y but is no lever); at 0 it is a non-lever that only the "
                                 "shift moves"));
    form->addRow(tr("Y → X₂ (child)"), withValue(m_childWeight, m_childWeightValue, "0.00"));
    m_childFeature = new QCheckBox(tr("offer X₂ as a feature"));
    m_childFeature->setObjectName(QStringLiteral("childFeatureCheck"));
    m_childFeature->setToolTip(tr("Without X2 the only feature is the lever, and IV (γ → ∞) is "
                                  "identified"));
    form->addRow(QString(), m_childFeature);
    m_confounding =
        weightSlider(QStringLiteral("confoundingSlider"), 3.0, &m_confoundingValue,
                     [](core::EnvironmentsSettings& s, double v) { s.model.confounding = v; });
    m_confounding->setToolTip(tr("g: the hidden H's weight on X1 and on Y"));
    form->addRow(tr("Hidden confounding"), withValue(m_confounding, m_confoundingValue, "0.00"));
    m_effect = new QDoubleSpinBox;
    m_effect->setObjectName(QStringLiteral("environmentsEffect"));
    m_effect->setRange(-5.0, 5.0);
    m_effect->setSingleStep(0.1);
    m_effect->setDecimals(2);
    m_effect->setKeyboardTracking(false);
    m_effect->setToolTip(tr("b: X1's causal effect on Y"));
    form->addRow(tr("Effect b of X₁"), m_effect);

    m_gamma = new QSlider(Qt::Horizontal);
    m_gamma->setObjectName(QStringLiteral("gammaSlider"));
    m_gamma->setRange(0, kGammaSteps);
    m_gamma->setTickPosition(QSlider::TicksBelow);
    m_gamma->setTickInterval(kGammaSteps);
    m_gamma->setToolTip(tr("Anchor regression's γ on a log scale: far left 0 (partial A out), "
                           "the middle mark 1 (OLS), far right ∞ (IV)"));
    m_gammaValue = new QLabel;
    m_gammaValue->setObjectName(QStringLiteral("gammaValue"));
    form->addRow(tr("γ"), withValue(m_gamma, m_gammaValue, tr("0: partial out")));
    m_alpha = new QDoubleSpinBox;
    m_alpha->setObjectName(QStringLiteral("alphaSpin"));
    m_alpha->setRange(0.001, 0.5);
    m_alpha->setDecimals(3);
    m_alpha->setSingleStep(0.01);
    m_alpha->setKeyboardTracking(false);
    m_alpha->setToolTip(tr("ICP's level: a set is accepted as invariant when its p-value is "
                           "above α"));
    form->addRow(tr("ICP level α"), m_alpha);
    m_strength = new QSlider(Qt::Horizontal);
    m_strength->setObjectName(QStringLiteral("strengthSlider"));
    m_strength->setRange(0, int(core::EnvironmentsSettings::kMaxStrength * kSliderUnit));
    m_strength->setToolTip(tr("The shift strength t at which the risks are compared (1 = as "
                              "strong as in the training data)"));
    m_strengthValue = new QLabel;
    form->addRow(tr("Compare risk at t"), withValue(m_strength, m_strengthValue, "10.0"));
    m_seed = new SeedSpinBox;
    m_seed->setObjectName(QStringLiteral("environmentsSeed"));
    form->addRow(tr("Seed"), m_seed);
    m_problem = new QLabel;
    m_problem->setWordWrap(true);
    m_problem->setVisible(false);
    form->addRow(m_problem);

    connect(&m_state, &SessionState::environmentsChanged, this, &EnvironmentsControls::fill);
    connect(m_environments, &QSpinBox::valueChanged, this, [this](int k) {
        edit([k](core::EnvironmentsSettings& s) { s.model.environments = k <= 1 ? 0 : k; });
    });
    connect(m_rows, &QSpinBox::valueChanged, this,
            [this](int n) { edit([n](core::EnvironmentsSettings& s) { s.n = n; }); });
    connect(m_childFeature, &QCheckBox::toggled, this, [this](bool on) {
        edit([on](core::EnvironmentsSettings& s) { s.model.childFeature = on; });
    });
    connect(m_effect, &QDoubleSpinBox::valueChanged, this,
            [this](double b) { edit([b](core::EnvironmentsSettings& s) { s.model.effect = b; }); });
    connect(m_gamma, &QSlider::valueChanged, this, [this](int position) {
        edit([position](core::EnvironmentsSettings& s) { s.gamma = gammaAt(position); });
    });
    connect(m_alpha, &QDoubleSpinBox::valueChanged, this,
            [this](double a) { edit([a](core::EnvironmentsSettings& s) { s.alpha = a; }); });
    connect(m_strength, &QSlider::valueChanged, this, [this](int position) {
        edit(
            [position](core::EnvironmentsSettings& s) { s.riskStrength = position / kSliderUnit; });
    });
    connect(m_seed, &SeedSpinBox::valueChanged, this, [this](std::uint64_t seed) {
        edit([seed](core::EnvironmentsSettings& s) { s.seed = seed; });
    });
    fill(m_state.environments());
}

void EnvironmentsControls::nudgeGamma(int steps)
{
    m_gamma->setValue(m_gamma->value() + steps);
}

void EnvironmentsControls::edit(const Change& change)
{
    core::EnvironmentsSettings next = m_state.environments();
    change(next);
    const std::string problem = next.validate();
    m_problem->setText(QString::fromStdString(problem));
    m_problem->setVisible(!problem.empty());
    if (!problem.empty()) {
        fill(m_state.environments()); // the controls go back to what is in force
        m_problem->setVisible(true);
        return;
    }
    m_state.editEnvironments(next);
}

void EnvironmentsControls::fill(const core::EnvironmentsSettings& s)
{
    const QSignalBlocker blockers[] = {
        QSignalBlocker(m_environments), QSignalBlocker(m_rows),
        QSignalBlocker(m_shift),        QSignalBlocker(m_childShift),
        QSignalBlocker(m_childWeight),  QSignalBlocker(m_childFeature),
        QSignalBlocker(m_confounding),  QSignalBlocker(m_effect),
        QSignalBlocker(m_gamma),        QSignalBlocker(m_alpha),
        QSignalBlocker(m_strength),     QSignalBlocker(m_seed)};
    m_environments->setValue(s.model.environments >= 2 ? s.model.environments : 1);
    m_rows->setValue(s.n);
    const std::pair<QSlider*, QLabel*> sliders[] = {{m_shift, m_shiftValue},
                                                    {m_childShift, m_childShiftValue},
                                                    {m_childWeight, m_childWeightValue},
                                                    {m_confounding, m_confoundingValue},
                                                    {m_strength, m_strengthValue}};
    const double values[] = {s.model.shift, s.model.childShift, s.model.childWeight,
                             s.model.confounding, s.riskStrength};
    for (int i = 0; i < 5; ++i) {
        sliders[i].first->setValue(int(std::lround(values[i] * kSliderUnit)));
        sliders[i].second->setText(NumberText::of(values[i], 2));
    }
    m_childFeature->setChecked(s.model.childFeature);
    m_effect->setValue(s.model.effect);
    m_gamma->setValue(positionOf(s.gamma));
    m_gammaValue->setText(gammaLabel(s.gamma));
    m_alpha->setValue(s.alpha);
    m_seed->setValue(s.seed);
}

} // namespace lev::ui
