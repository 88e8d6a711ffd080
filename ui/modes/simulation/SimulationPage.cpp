// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#include "modes/simulation/SimulationPage.h"

#include "export/PlotExporter.h"
#include "io/ResultCsv.h"
#include "modes/simulation/ControlPanel.h"
#include "modes/simulation/Narrative.h"
#include "modes/simulation/SimulationPlots.h"
#include "plots/PlotContextMenu.h"
#include "plots/PlotStyle.h"
#include "plots/ResultPlot.h"
#include "shell/SessionState.h"
#include "shell/SidePanel.h"

#include <QAction>
#include <QDir>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QTextBrowser>
#include <QTimer>
#include <QVBoxLayout>
#include <algorithm>

namespace lev::ui {

namespace {

constexpr int kAnimationIntervalMs = 60;
constexpr int kAnimationStep = 10; ///< slider units (0.01 of collinearity) per frame
constexpr int kArrowStep = 10;     ///< presentation mode: the arrow keys move c by 0.01

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

    m_headline = new QLabel;
    m_headline->setObjectName(QStringLiteral("headline"));
    m_headline->setWordWrap(true);
    m_headline->setTextFormat(Qt::RichText);
    m_headline->setContentsMargins(12, 8, 12, 8);
    m_headline->setVisible(false);
    m_plots = new SimulationPlots;
    auto* layout = new QVBoxLayout(this); // a box layout sizes the wrapped headline right
    layout->setContentsMargins(4, 4, 4, 4);
    layout->setSpacing(4);
    layout->addWidget(m_headline);
    layout->addWidget(m_plots, 1);

    for (ResultPlot* plot : m_plots->plots()) {
        PlotContextMenu* menu = installExportMenu(plot, window);
        connect(menu, &PlotContextMenu::exported, this,
                [this](const QString& path) { emit statusChanged(tr("Exported %1").arg(path)); });
        connect(menu, &PlotContextMenu::exportFailed, this, &SimulationPage::statusChanged);
    }

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
    presets->setToolTipsVisible(true);
    for (int i = 0; i < int(m_presets.size()); ++i) {
        QAction* action =
            presets->addAction(m_presets[i].title, this, [this, i]() { applyPreset(i); });
        action->setToolTip(m_presets[i].story.join(QLatin1Char(' ')));
        if (i < 9)
            action->setShortcut(QKeySequence(tr("Ctrl+%1").arg(i + 1)));
        if (i == 4)
            presets->addSeparator(); // teaching defaults above, parables below
    }

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

void SimulationPage::createPresentationActions()
{
    // Keys that only make sense (and only work) in presentation mode, where no text field has
    // the focus; the window adds them and enables them there.
    auto add = [this](const QKeySequence& key, auto slot) {
        auto* action = new QAction(this);
        action->setShortcut(key);
        action->setShortcutContext(Qt::WindowShortcut);
        action->setEnabled(false);
        connect(action, &QAction::triggered, this, slot);
        m_presentationActions << action;
    };
    for (int i = 0; i < 9; ++i)
        add(QKeySequence(Qt::Key_1 + i), [this, i]() { applyPreset(i); });
    add(QKeySequence(Qt::Key_Space), [this]() { toggleAnimation(); });
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
    if (!m_activePresetTitle.isEmpty()) {
        const auto preset = std::find_if(m_presets.begin(), m_presets.end(), [&](const auto& p) {
            return p.title == m_activePresetTitle;
        });
        if (preset == m_presets.end() ||
            preset->settings.model.generator != settings.model.generator)
            m_activePresetTitle.clear(); // the story no longer applies
    }
    m_stale = true;
    if (m_shown)
        requestRecompute();
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
    m_activePresetTitle = preset.title;
    updateNarrative();
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

void SimulationPage::updateNarrative()
{
    const auto result = m_controller.latestResult();
    const QStringList sentences =
        result ? Narrative::describe(*result, m_controller.sweep()) : QStringList();
    const core::Preset* preset = nullptr;
    for (const core::Preset& candidate : m_presets)
        if (candidate.title == m_activePresetTitle)
            preset = &candidate;
    QString html;
    if (preset)
        html += QStringLiteral("<p><b>%1</b><br>%2</p>")
                    .arg(preset->title.toHtmlEscaped(), preset->story.join(' ').toHtmlEscaped());
    html += QStringLiteral("<ul style='margin-left:-20px'>");
    for (const QString& sentence : sentences)
        html += QStringLiteral("<li>%1</li>").arg(sentence.toHtmlEscaped());
    html += QStringLiteral("</ul>");
    m_narrative->setHtml(html);

    const QString title =
        preset
            ? preset->title
            : QString::fromStdString(core::generatorLesson(m_state.simulation().model.generator));
    const QString first = sentences.isEmpty() ? QString() : sentences.front();
    m_headline->setText(QStringLiteral("<span style='font-size:%1pt'><b>%2</b></span><br>"
                                       "<span style='font-size:%3pt'>%4</span>")
                            .arg(int(16 * PlotStyle::scale()))
                            .arg(title.toHtmlEscaped())
                            .arg(int(12 * PlotStyle::scale()))
                            .arg(first.toHtmlEscaped()));
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
    if (!on)
        m_animation->stop();
    m_headline->setVisible(on);
    m_plots->setPresentation(on);
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
        return;
    }
    // From the end, start again at c = 0 so Space always shows the whole story.
    if (m_state.simulation().model.collinearity >= 0.99)
        m_controls->nudgeCollinearity(-ControlPanel::kCollinearitySteps);
    m_animation->start();
}

void SimulationPage::animationStep()
{
    if (!m_controls->nudgeCollinearity(kAnimationStep))
        m_animation->stop(); // reached the end of the slider
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
