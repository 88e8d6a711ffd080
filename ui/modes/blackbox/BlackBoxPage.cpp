// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#include "modes/blackbox/BlackBoxPage.h"

#include "export/PlotExporter.h"
#include "io/BlackBoxCsv.h"
#include "modes/blackbox/BlackBoxControls.h"
#include "modes/blackbox/BlackBoxNarrative.h"
#include "modes/blackbox/BlackBoxPlot.h"
#include "modes/blackbox/BlackBoxPlots.h"
#include "modes/blackbox/BlackBoxScoreboardPlot.h"
#include "shell/NarrativeHtml.h"
#include "shell/PresentationLayout.h"
#include "shell/PresetMenu.h"
#include "shell/SessionState.h"
#include "shell/SidePanel.h"

#include <QAction>
#include <QMenu>
#include <QMenuBar>
#include <QTextBrowser>
#include <QTimer>
#include <algorithm>

namespace lev::ui {

namespace {

QString generatorText(const core::BlackBoxSettings& s)
{
    return s.curvedManifold ? QStringLiteral("curved")
                            : QString::fromStdString(core::generatorName(s.model.generator));
}

} // namespace

BlackBoxPage::BlackBoxPage(SessionState& state, QWidget* window) : m_state(state)
{
    setObjectName(QStringLiteral("blackboxPage"));
    QString presetProblem;
    if (!BlackBoxPreset::loadAll(&m_presets, &presetProblem))
        QTimer::singleShot(0, this,
                           [this, presetProblem]() { emit problemReported(presetProblem); });

    m_controls = new BlackBoxControls(m_state);
    m_side = SidePanel::create(m_controls, QStringLiteral("blackBoxNarrative"),
                               tr("What to notice in the black box"), &m_narrative);
    m_plots = new BlackBoxPlots;
    m_presentation =
        new PresentationLayout(this, m_plots, plots(), window, QStringLiteral("blackBoxHeadline"));
    // The black box has no digit keys in presentation mode.
    m_presetMenu = new PresetMenu(PresetMenu::entriesOf(m_presets), {0, false, -1}, this);
    connect(m_presetMenu, &PresetMenu::presetChosen, this, &BlackBoxPage::applyPreset);

    connect(&m_state, &SessionState::blackBoxChanged, this, &BlackBoxPage::onSettingsChanged);
    connect(&m_state, &SessionState::blackBoxOpened, this, &BlackBoxPage::showRequested);
    connect(&m_controller, &BlackBoxController::resultReady, this, &BlackBoxPage::showResult);
    connect(&m_controller, &BlackBoxController::sweepUpdated, this,
            [this](const std::vector<core::BlackBoxSweepPoint>& points) {
                m_plots->showSweep(points, m_state.blackBox().model.collinearity);
            });
    connect(&m_controller.runner(), &LatestJobRunner::cancelled, this, [this]() {
        m_stopped = true;
        updateNarrative();
        emit statusChanged(tr("Stopped: the plots show the fits done so far"));
    });
    connect(&m_controller.runner(), &LatestJobRunner::failed, this,
            [this](quint64, const QString& message) { emit problemReported(message); });
}

QString BlackBoxPage::sideTitle() const
{
    return tr("Black box");
}

QList<QCustomPlot*> BlackBoxPage::plots() const
{
    const QList<BlackBoxPlot*>& plots = m_plots->plots();
    return {plots.begin(), plots.end()};
}

QString BlackBoxPage::narrativeText() const
{
    return m_narrative->toPlainText();
}

QString BlackBoxPage::caption() const
{
    const core::BlackBoxSettings& s = m_state.blackBox();
    return tr("Black box: %1, c = %2").arg(generatorText(s)).arg(s.model.collinearity, 0, 'f', 3);
}

void BlackBoxPage::addActions(const Menus& menus)
{
    auto* menu = new QMenu(tr("&Black Box"), menus.bar);
    menu->setObjectName(QStringLiteral("blackBoxMenu"));
    menus.bar->insertMenu(menus.view->menuAction(), menu);
    menu->setToolTipsVisible(true);
    QAction* open = menu->addAction(tr("&Open the Black Box"), this, &BlackBoxPage::showRequested);
    open->setShortcut(QKeySequence(tr("Ctrl+B")));
    open->setToolTip(tr("Gradient-boosted trees, their explanations, and the causal truth"));
    menu->addSeparator();
    m_presetMenu->addTo(menu);
    menu->addSeparator();
    QAction* stop = menu->addAction(tr("&Stop Fitting"), this, [this]() { m_controller.cancel(); });
    stop->setObjectName(QStringLiteral("blackBoxStopAction"));
    QAction* leave =
        menu->addAction(tr("&Back to the Simulation"), this, &BlackBoxPage::leaveRequested);
    leave->setShortcut(QKeySequence(tr("Ctrl+Shift+B")));
    m_pageActions << stop << leave;
    for (QAction* action : m_pageActions)
        action->setEnabled(m_shown);
}

void BlackBoxPage::setShown(bool shown)
{
    m_shown = shown;
    m_state.setBlackBoxInUse(shown);
    for (QAction* action : m_pageActions)
        action->setEnabled(shown);
    if (!shown) {
        m_controller.cancel(); // nothing runs for a page nobody sees
        m_stale = true;
        return;
    }
    if (m_stale)
        requestRecompute();
    updateNarrative();
}

std::vector<double> BlackBoxPage::sweepGrid()
{
    return {0.0, 0.5, 0.8, 0.9, 0.95, 0.99, 0.999};
}

void BlackBoxPage::onSettingsChanged(const core::BlackBoxSettings& settings)
{
    const auto own = std::find_if(m_presets.begin(), m_presets.end(),
                                  [&](const auto& p) { return p.settings == settings; });
    if (own != m_presets.end())
        m_activePreset = int(own - m_presets.begin());
    else if (m_activePreset >= 0 && m_activePreset < int(m_presets.size())) {
        // The story holds while only c, σ, the learner or the views move, not another model.
        const core::BlackBoxSettings& story = m_presets[std::size_t(m_activePreset)].settings;
        if (story.curvedManifold != settings.curvedManifold ||
            story.model.generator != settings.model.generator ||
            story.model.features != settings.model.features)
            m_activePreset = -1;
    }
    m_stale = true;
    if (m_shown)
        requestRecompute();
    if (m_presentation->isPresenting())
        m_plots->setPresentation(presentationPlotNames());
    emit captionChanged();
}

void BlackBoxPage::requestRecompute()
{
    core::BlackBoxSettings withSweep = m_state.blackBox();
    withSweep.sweep = sweepGrid();
    m_stopped = false;
    m_controller.request(withSweep);
    m_plots->showSweep(m_controller.sweep(), withSweep.model.collinearity);
    m_stale = false;
}

void BlackBoxPage::applyPreset(int index)
{
    if (index < 0 || index >= int(m_presets.size()))
        return;
    const BlackBoxPreset& preset = m_presets[std::size_t(index)];
    emit showRequested();
    m_state.replaceBlackBox(preset.settings, tr("Preset: %1").arg(preset.title));
    m_activePreset = index;
    if (m_presentation->isPresenting())
        m_plots->setPresentation(presentationPlotNames());
    updateNarrative();
}

QStringList BlackBoxPage::presentationPlotNames() const
{
    if (m_activePreset >= 0 && m_activePreset < int(m_presets.size()))
        return m_presets[std::size_t(m_activePreset)].presentation;
    return {QStringLiteral("scoreboard"), QStringLiteral("credit"), QStringLiteral("pdp")};
}

void BlackBoxPage::showResult(const BlackBoxController::ResultPointer& result)
{
    m_plots->showResult(*result);
    updateNarrative();
    if (m_controller.isProvisional()) {
        const core::BlackBoxSettings quick =
            BlackBoxController::provisionalSettings(m_state.blackBox());
        const QString note =
            tr("provisional: 1 fit of %1 trees on %2 rows").arg(quick.learner.trees).arg(quick.n);
        if (auto* scoreboard =
                qobject_cast<BlackBoxScoreboardPlot*>(m_plots->plot(QStringLiteral("scoreboard"))))
            scoreboard->setCaption(note);
        emit statusChanged(tr("Provisional result (%1); the full fits follow").arg(note));
        return;
    }
    if (result->status == core::BlackBoxStatus::Ok ||
        result->status == core::BlackBoxStatus::Cancelled)
        emit statusChanged(tr("%1 of %2 fits of %3 trees on n = %4")
                               .arg(result->replicationsDone)
                               .arg(result->replicationsRequested)
                               .arg(m_state.blackBox().learner.trees)
                               .arg(m_state.blackBox().n));
    else
        emit statusChanged(QString::fromStdString(result->message));
}

void BlackBoxPage::updateNarrative()
{
    const auto result = m_controller.latestResult();
    const QStringList sentences = result ? BlackBoxNarrative::describe(*result) : QStringList();
    const BlackBoxPreset* preset = m_activePreset >= 0 && m_activePreset < int(m_presets.size())
                                       ? &m_presets[std::size_t(m_activePreset)]
                                       : nullptr;
    QStringList items;
    if (m_controller.isProvisional())
        items << tr("Provisional: one quick fit of a few trees on few rows; the full "
                    "fits replace it as they arrive.");
    const int italic = int(items.size());
    if (m_stopped && result)
        items << tr("Stopped after %1 of %2 fits; change a setting to fit again.")
                     .arg(result->replicationsDone)
                     .arg(result->replicationsRequested);
    m_narrative->setHtml((preset ? NarrativeHtml::story(preset->title, preset->story) : QString()) +
                         NarrativeHtml::list(items + sentences, italic));

    const core::BlackBoxSettings& s = m_state.blackBox();
    const QString title =
        preset ? preset->title : tr("The black box: boosted trees and their explanations");
    const QStringList body = preset ? preset->story.mid(0, 2) : sentences.mid(0, 2);
    const QString now = tr("Now: %1, c = %2, %3 trees of depth %4")
                            .arg(generatorText(s))
                            .arg(s.model.collinearity, 0, 'f', 3)
                            .arg(s.learner.trees)
                            .arg(s.learner.depth);
    m_presentation->setHeadline(title, now, body);
}

void BlackBoxPage::setPresentation(bool on)
{
    m_presentation->setPresenting(on);
    m_plots->setPresentation(on ? presentationPlotNames() : QStringList());
    updateNarrative();
}

void BlackBoxPage::applyStyle()
{
    m_plots->applyStyle();
    updateNarrative();
}

bool BlackBoxPage::exportCsv(const QString& folder, QString* error) const
{
    const auto result = m_controller.latestResult();
    if (!result || result->replicationsDone == 0) {
        *error = tr("Nothing to export yet: the first fit has not finished.");
        return false;
    }
    PlotExporter writer;
    QList<PlotExporter::Document> documents;
    for (const core::ResultCsv::Table& table :
         core::BlackBoxCsv::tables(*result, m_controller.sweep()))
        documents.append(
            {QString::fromStdString(table.fileName), QByteArray::fromStdString(table.contents)});
    if (!writer.writeAll(folder, documents)) {
        *error = writer.errorString();
        return false;
    }
    return true;
}

} // namespace lev::ui
