// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#include "modes/simulation/SimulationPage.h"

#include "export/PlotExporter.h"
#include "io/ResultCsv.h"
#include "modes/simulation/ControlPanel.h"
#include "modes/simulation/EffectLinesPlot.h"
#include "modes/simulation/Narrative.h"
#include "modes/simulation/SimulationPlots.h"
#include "plots/PlotStyle.h"
#include "plots/ResultPlot.h"
#include "shell/NarrativeHtml.h"
#include "shell/PresentationLayout.h"
#include "shell/PresetMenu.h"
#include "shell/SessionState.h"
#include "shell/SidePanel.h"

#include <QAction>
#include <QDir>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QTextBrowser>
#include <QTimer>
#include <algorithm>
#include <cmath>
#include <iterator>

namespace lev::ui {

namespace {

constexpr int kAnimationIntervalMs = 40;
constexpr int kArrowStep = 10; ///< presentation mode: the arrow keys move c by 0.01
constexpr int kTopValue = ControlPanel::kCollinearitySteps - 1; ///< the slider's end, c = 0.999
/// The animation's speeds: seconds from c = 0 to the end.
constexpr double kAnimationSpeeds[] = {40.0, 28.0, 20.0, 14.0, 9.0, 6.0, 4.0, 2.5};
constexpr int kFlashMs = 2000;

/// The animation's even measure: −log10(1 − c), 0 at c = 0 and 3 at c = 0.999.
double logDistance(int sliderValue)
{
    return -std::log10(1.0 - double(sliderValue) / ControlPanel::kCollinearitySteps);
}

/// The slider value at `position` on that measure, rounded, at most the end.
int sliderValueAt(double position)
{
    const double c = 1.0 - std::pow(10.0, -position);
    return std::min(kTopValue, int(std::lround(c * ControlPanel::kCollinearitySteps)));
}

/// The same causal story: the same model but for c and σ, which a lecturer moves while telling it.
bool sameStructure(core::ModelSettings a, const core::ModelSettings& b)
{
    a.collinearity = b.collinearity;
    a.noise = b.noise;
    return a == b;
}

/// c as the slider sets it, to its resolution: "0.999", never rounded up to "1.00".
QString collinearityText(double c)
{
    return QString::number(c, 'f', 3);
}

} // namespace

SimulationPage::SimulationPage(SessionState& state, QWidget* window)
    : m_state(state), m_animation(new QTimer(this))
{
    setObjectName(QStringLiteral("simulationPage"));
    QString presetProblem;
    if (!core::Preset::loadAll(&m_presets, &presetProblem))
        QTimer::singleShot(0, this,
                           [this, presetProblem]() { emit problemReported(presetProblem); });

    m_controls = new ControlPanel(m_state);
    m_side = SidePanel::create(m_controls, QStringLiteral("narrative"),
                               tr("What to notice in the current state"), &m_narrative);

    m_flash = new QLabel(this);
    m_flash->setObjectName(QStringLiteral("presentationFlash"));
    m_flash->setVisible(false);
    m_flash->setAlignment(Qt::AlignCenter);
    m_flash->setAttribute(Qt::WA_TransparentForMouseEvents);
    m_flashTimer = new QTimer(this);
    m_flashTimer->setSingleShot(true);
    m_flashTimer->setInterval(kFlashMs);
    connect(m_flashTimer, &QTimer::timeout, m_flash, &QWidget::hide);
    m_plots = new SimulationPlots;
    m_presentation =
        new PresentationLayout(this, m_plots, plots(), window, QStringLiteral("headline"));
    // Ten presets on the keys 1 to 0 and Ctrl+1 to Ctrl+9; teaching defaults above, parables below.
    m_presetMenu = new PresetMenu(PresetMenu::entriesOf(m_presets), {10, true, 4}, this);
    connect(m_presetMenu, &PresetMenu::presetChosen, this, &SimulationPage::applyPreset);

    m_animation->setInterval(kAnimationIntervalMs);
    connect(m_animation, &QTimer::timeout, this, &SimulationPage::animationStep);
    createPresentationActions();

    connect(&m_state, &SessionState::simulationChanged, this, &SimulationPage::onSettingsChanged);
    connect(&m_state, &SessionState::pinChanged, this, &SimulationPage::showPin);
    connect(&m_controller, &RecomputeController::resultReady, this, &SimulationPage::showResult);
    connect(&m_controller, &RecomputeController::sweepUpdated, this,
            [this](const std::vector<core::SweepPoint>& points) { showSweep(points); });
}

QString SimulationPage::sideTitle() const
{
    return tr("Settings");
}

QList<QCustomPlot*> SimulationPage::plots() const
{
    const QList<ResultPlot*>& plots = m_plots->plots();
    return {plots.begin(), plots.end()};
}

QString SimulationPage::narrativeText() const
{
    return m_narrative->toPlainText();
}

QString SimulationPage::caption() const
{
    const core::RecomputeSettings& settings = m_state.simulation();
    return tr("%1, c = %2")
        .arg(QString::fromStdString(core::generatorName(settings.model.generator)))
        .arg(settings.model.collinearity, 0, 'f', 3);
}

void SimulationPage::addActions(const Menus& menus)
{
    auto* presets = new QMenu(tr("&Presets"), menus.bar);
    menus.bar->insertMenu(menus.view->menuAction(), presets);
    m_presetMenu->addTo(presets);

    QAction* pin =
        menus.view->addAction(tr("&Pin Current State"), this, &SimulationPage::pinCurrentState);
    pin->setShortcut(QKeySequence(tr("Ctrl+P")));
    pin->setToolTip(tr("Keep the current state as a faint ghost in every plot, to compare"));
    QAction* unpin = menus.view->addAction(tr("C&lear Pin"), this, &SimulationPage::clearPin);
    unpin->setShortcut(QKeySequence(tr("Ctrl+Shift+P")));
    menus.view->addSeparator();
    QAction* focusGenerator = menus.view->addAction(tr("Choose &Generator"));
    focusGenerator->setShortcut(QKeySequence(tr("Ctrl+G")));
    connect(focusGenerator, &QAction::triggered, this, [this]() {
        if (auto* combo = m_controls->findChild<QWidget*>(QStringLiteral("generatorCombo")))
            combo->setFocus(Qt::ShortcutFocusReason);
    });
    QAction* focusSlider = menus.view->addAction(tr("&Collinearity Slider"));
    focusSlider->setShortcut(QKeySequence(tr("Ctrl+L")));
    connect(focusSlider, &QAction::triggered, this, [this]() {
        if (auto* slider = m_controls->findChild<QWidget*>(QStringLiteral("collinearitySlider")))
            slider->setFocus(Qt::ShortcutFocusReason);
    });
    m_pageActions << pin << unpin << focusGenerator << focusSlider;
    for (QAction* action : m_pageActions)
        action->setEnabled(m_shown);
}

QList<QAction*> SimulationPage::presentationActions() const
{
    return m_presentation->keys();
}

void SimulationPage::createPresentationActions()
{
    m_presentation->addKeys(m_presetMenu->presentationActions());
    auto add = [this](const QKeySequence& key, auto triggered) {
        m_presentation->addKey(key, triggered);
    };
    add(QKeySequence(Qt::Key_Space), [this]() { toggleAnimation(); });
    add(QKeySequence(Qt::Key_BracketRight), [this]() { changeAnimationSpeed(1); });
    add(QKeySequence(Qt::Key_Up), [this]() { changeAnimationSpeed(1); });
    add(QKeySequence(Qt::Key_BracketLeft), [this]() { changeAnimationSpeed(-1); });
    add(QKeySequence(Qt::Key_Down), [this]() { changeAnimationSpeed(-1); });
    add(QKeySequence(Qt::Key_Right), [this]() { m_controls->nudgeCollinearity(kArrowStep); });
    add(QKeySequence(Qt::Key_Left), [this]() { m_controls->nudgeCollinearity(-kArrowStep); });
}

void SimulationPage::setShown(bool shown)
{
    m_shown = shown;
    for (QAction* action : m_pageActions)
        action->setEnabled(shown);
    if (!shown) {
        m_animation->stop();
        return;
    }
    if (m_stale)
        requestRecompute();
}

void SimulationPage::onSettingsChanged(const core::RecomputeSettings& settings)
{
    // A preset's own settings tell its story however they came: the preset, or a session saved
    // from it and opened (from the menu or with --session), or undo.
    const auto own = std::find_if(m_presets.begin(), m_presets.end(),
                                  [&](const auto& p) { return p.settings == settings; });
    if (own != m_presets.end() && m_activePreset != int(own - m_presets.begin())) {
        m_activePreset = int(own - m_presets.begin());
        showPresetFeature();
    } else if (const core::Preset* preset = activePreset())
        if (!sameStructure(preset->settings.model, settings.model))
            m_activePreset = -1; // the story no longer applies
    m_stale = true;
    if (m_shown)
        requestRecompute();
    if (m_presentation->isPresenting())
        m_plots->setPresentation(presentationPlotNames());
    updateNarrative();
    emit captionChanged();
}

void SimulationPage::requestRecompute()
{
    // The state holds no sweep grid; the page asks for the default one, once, here.
    core::RecomputeSettings withSweep = m_state.simulation();
    withSweep.sweep = core::RecomputeSettings::defaultSweepGrid();
    m_controller.request(withSweep);
    m_stale = false;
}

void SimulationPage::applyPreset(int index)
{
    if (index < 0 || index >= int(m_presets.size()))
        return;
    const core::Preset& preset = m_presets[std::size_t(index)];
    emit showRequested();
    m_state.replaceSimulation(preset.settings, tr("Preset: %1").arg(preset.title));
    m_activePreset = index;
    showPresetFeature();
    if (m_presentation->isPresenting())
        m_plots->setPresentation(presentationPlotNames());
    updateNarrative();
}

void SimulationPage::showPresetFeature()
{
    const core::Preset* preset = activePreset();
    if (auto* effect = qobject_cast<EffectLinesPlot*>(m_plots->plot(QStringLiteral("effect"))))
        effect->setFeature(preset ? preset->conditioningFeature : 0);
}

void SimulationPage::showResult(const RecomputeController::ResultPointer& result)
{
    m_plots->showResult(*result);
    updateNarrative();
    if (result->status == core::RecomputeStatus::Ok)
        emit statusChanged(
            tr("%1 replications of n = %2").arg(result->monteCarlo.fitted).arg(result->settings.n));
    else
        emit statusChanged(QString::fromStdString(result->message));
}

void SimulationPage::showSweep(const std::vector<core::SweepPoint>& points)
{
    const auto result = m_controller.latestResult();
    m_plots->showSweep(points, result ? result->settings.model.collinearity : 0.0);
    updateNarrative();
}

const core::Preset* SimulationPage::activePreset() const
{
    return m_activePreset >= 0 && m_activePreset < int(m_presets.size())
               ? &m_presets[std::size_t(m_activePreset)]
               : nullptr;
}

const core::Preset* SimulationPage::teachingPreset() const
{
    const core::GeneratorKind generator = m_state.simulation().model.generator;
    for (const core::Preset& preset : m_presets)
        if (preset.settings.model.generator == generator)
            return &preset; // the first of a generator is its teaching defaults
    return nullptr;
}

const core::Preset* SimulationPage::storyPreset() const
{
    if (const core::Preset* active = activePreset())
        return active;
    const core::Preset* teaching = teachingPreset();
    if (teaching && sameStructure(teaching->settings.model, m_state.simulation().model))
        return teaching;
    return nullptr;
}

QStringList SimulationPage::presentationPlotNames() const
{
    if (const core::Preset* active = activePreset())
        return active->presentation;
    if (const core::Preset* teaching = teachingPreset())
        return teaching->presentation;
    return {QStringLiteral("weights"), QStringLiteral("scoreboard"), QStringLiteral("sweep")};
}

void SimulationPage::updateNarrative()
{
    const auto result = m_controller.latestResult();
    const QStringList sentences =
        result ? Narrative::describe(*result, m_controller.sweep()) : QStringList();
    const core::Preset* preset = activePreset();
    m_narrative->setHtml((preset ? NarrativeHtml::story(preset->title, preset->story) : QString()) +
                         NarrativeHtml::list(sentences));

    // Presentation mode: the story of the preset, large; a state it does not describe gets the
    // generator's lesson and what the current result shows.
    const core::RecomputeSettings& settings = m_state.simulation();
    const core::Preset* story = storyPreset();
    const QString title =
        story ? story->title
              : QString::fromStdString(core::generatorLesson(settings.model.generator));
    const QStringList body = story ? story->story : sentences.mid(0, 2);
    const QString state = tr("Now: c = %1, σ = %2, n = %3")
                              .arg(collinearityText(settings.model.collinearity))
                              .arg(settings.model.noise)
                              .arg(settings.n);
    m_presentation->setHeadline(title, state, body);
}

void SimulationPage::pinCurrentState()
{
    const auto result = m_controller.latestResult();
    if (!result)
        return;
    m_state.setPin({result, m_controller.sweep()});
    emit statusChanged(
        tr("Pinned %1 at c = %2: shown faintly in every plot (Ctrl+Shift+P clears)")
            .arg(QString::fromStdString(core::generatorName(result->settings.model.generator)))
            .arg(result->settings.model.collinearity, 0, 'f', 3));
}

void SimulationPage::clearPin()
{
    m_state.clearPin();
}

void SimulationPage::showPin()
{
    const auto& pin = m_state.pin();
    m_plots->showPin(pin ? pin->result.get() : nullptr,
                     pin ? pin->sweep : std::vector<core::SweepPoint>{});
}

void SimulationPage::setPresentation(bool on)
{
    m_presentation->setPresenting(on);
    if (!on) {
        m_animation->stop();
        m_flash->hide();
    }
    m_plots->setPresentation(on ? presentationPlotNames() : QStringList());
    updateNarrative();
}

void SimulationPage::applyStyle()
{
    m_plots->applyStyle();
    updateNarrative();
}

bool SimulationPage::isAnimating() const
{
    return m_animation->isActive();
}

void SimulationPage::toggleAnimation()
{
    if (m_animation->isActive()) {
        m_animation->stop();
        flash(tr("Paused at c = %1 (Space resumes)")
                  .arg(collinearityText(m_state.simulation().model.collinearity)));
        return;
    }
    // From the end, start again at c = 0 so Space always shows the whole story.
    if (int(std::lround(m_state.simulation().model.collinearity *
                        ControlPanel::kCollinearitySteps)) >= kTopValue)
        m_controls->nudgeCollinearity(-ControlPanel::kCollinearitySteps);
    m_animationValue = -1; // take the position from the slider
    m_animationClock.start();
    m_animation->start();
}

void SimulationPage::setAnimationSeconds(double seconds)
{
    Q_ASSERT(std::isfinite(seconds) && seconds > 0.0);
    m_animationSeconds = seconds;
}

void SimulationPage::changeAnimationSpeed(int steps)
{
    // The nearest listed speed, then `steps` further (faster is a shorter time).
    const int count = int(std::size(kAnimationSpeeds));
    int nearest = 0;
    for (int i = 1; i < count; ++i)
        if (std::abs(std::log(kAnimationSpeeds[i] / m_animationSeconds)) <
            std::abs(std::log(kAnimationSpeeds[nearest] / m_animationSeconds)))
            nearest = i;
    m_animationSeconds = kAnimationSpeeds[std::clamp(nearest + steps, 0, count - 1)];
    flash(tr("Animation: c from 0 to 0.999 in %1 s  ([ slower, ] faster)").arg(m_animationSeconds));
}

void SimulationPage::animationStep()
{
    const int value = int(
        std::lround(m_state.simulation().model.collinearity * ControlPanel::kCollinearitySteps));
    if (value != m_animationValue) // started, or the arrow keys moved c: go on from there
        m_animationPosition = logDistance(value);
    const double elapsed = m_animationClock.restart() / 1000.0;
    m_animationPosition += elapsed * logDistance(kTopValue) / m_animationSeconds;
    const int target = sliderValueAt(m_animationPosition);
    if (target != value)
        m_controls->nudgeCollinearity(target - value);
    m_animationValue = target;
    if (target >= kTopValue)
        m_animation->stop(); // reached the end of the slider
}

void SimulationPage::flash(const QString& text)
{
    if (!m_presentation->isPresenting())
        return;
    m_flash->setText(text);
    m_flash->setStyleSheet(QStringLiteral("QLabel { background: rgba(0, 0, 0, 190); color: white; "
                                          "padding: %1px; border-radius: %2px; font-size: %3pt; }")
                               .arg(qRound(8 * PlotStyle::scale()))
                               .arg(qRound(6 * PlotStyle::scale()))
                               .arg(qRound(9 * PlotStyle::scale())));
    m_flash->adjustSize();
    m_flash->move((width() - m_flash->width()) / 2, height() - m_flash->height() - height() / 12);
    m_flash->raise();
    m_flash->show();
    m_flashTimer->start();
}

bool SimulationPage::exportCsv(const QString& folder, QString* error) const
{
    const auto result = m_controller.latestResult();
    if (!result) {
        *error = tr("Nothing to export yet: the first recompute has not finished.");
        return false;
    }
    // One set: every table is written, or none replaces what was there.
    PlotExporter writer;
    QList<PlotExporter::Document> documents;
    for (const core::ResultCsv::Table& table : core::ResultCsv::tables(*result))
        documents.append(
            {QString::fromStdString(table.fileName), QByteArray::fromStdString(table.contents)});
    if (!writer.writeAll(folder, documents)) {
        *error = writer.errorString();
        return false;
    }
    return true;
}

} // namespace lev::ui
