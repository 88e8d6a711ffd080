// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#include "modes/environments/EnvironmentsPage.h"

#include "environments/EnvironmentsCsv.h"
#include "environments/EnvironmentsSettingsJson.h"
#include "environments/EnvironmentsStudy.h"
#include "export/PlotExporter.h"
#include "modes/environments/EnvironmentsControls.h"
#include "modes/environments/EnvironmentsNarrative.h"
#include "modes/environments/EnvironmentsPlots.h"
#include "plots/PlotStyle.h"
#include "shell/PresentationLayout.h"
#include "shell/PresetMenu.h"
#include "shell/SessionState.h"
#include "shell/SidePanel.h"

#include <QAction>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QTextBrowser>
#include <QTimer>
#include <QVBoxLayout>

namespace lev::ui {

EnvironmentsPage::EnvironmentsPage(SessionState& state, QWidget* window) : m_state(state)
{
    setObjectName(QStringLiteral("environmentsPage"));
    QString problem;
    bool loaded = core::Preset::loadAll(QStringLiteral("environments"), &m_presets, &problem);
    for (const core::Preset& preset : m_presets) {
        core::EnvironmentsSettings settings;
        loaded = loaded && presetSettings(preset, &settings, &problem);
        m_presetSettings.push_back(settings);
    }
    if (!loaded) {
        m_presets.clear();
        m_presetSettings.clear();
        QTimer::singleShot(0, this, [this, problem]() { emit problemReported(problem); });
    }

    m_controls = new EnvironmentsControls(m_state);
    m_side = SidePanel::create(m_controls, QStringLiteral("environmentsNarrative"),
                               tr("What to notice in the current environments"), &m_narrative);
    m_plots = new EnvironmentsPlots;
    m_presentation = new PresentationLayout(this, m_plots, m_plots->plots(), window,
                                            QStringLiteral("environmentsHeadline"));
    m_presetMenu = new PresetMenu(PresetMenu::entriesOf(m_presets), {9, false, -1}, this);
    connect(m_presetMenu, &PresetMenu::presetChosen, this, &EnvironmentsPage::applyPreset);
    m_presentation->addKeys(m_presetMenu->presentationActions());
    m_presentation->addKey(QKeySequence(Qt::Key_Right), [this]() { m_controls->nudgeGamma(5); });
    m_presentation->addKey(QKeySequence(Qt::Key_Left), [this]() { m_controls->nudgeGamma(-5); });

    connect(&m_state, &SessionState::environmentsChanged, this,
            &EnvironmentsPage::onSettingsChanged);
    connect(&m_controller, &EnvironmentsController::resultReady, this,
            &EnvironmentsPage::showResult);
    connect(&m_controller.runner(), &LatestJobRunner::cancelled, this,
            &EnvironmentsPage::updateNarrative);
    connect(&m_controller.runner(), &LatestJobRunner::failed, this,
            [this](quint64, const QString& message) { emit problemReported(message); });
    updateNarrative();
}

bool EnvironmentsPage::presetSettings(const core::Preset& preset,
                                      core::EnvironmentsSettings* settings, QString* error)
{
    QString problem;
    if (!core::EnvironmentsSettingsJson::fromJson(
            preset.modeSettings, QStringLiteral("environments"), settings, &problem)) {
        *error = QStringLiteral("preset '%1': %2").arg(preset.id, problem);
        return false;
    }
    for (const QString& name : preset.presentation)
        if (!EnvironmentsPlots::names().contains(name)) {
            *error = QStringLiteral("preset '%1': field 'presentation' names an unknown plot "
                                    "'%2' (known: %3)")
                         .arg(preset.id, name, EnvironmentsPlots::names().join(", "));
            return false;
        }
    return true;
}

QString EnvironmentsPage::sideTitle() const
{
    return tr("Environments");
}

QList<QCustomPlot*> EnvironmentsPage::plots() const
{
    return m_plots->plots();
}

QString EnvironmentsPage::narrativeText() const
{
    return m_narrative->toPlainText();
}

QString EnvironmentsPage::caption() const
{
    const core::EnvironmentsSettings& s = m_state.environments();
    return tr("Environments: %1, n = %2, γ = %3")
        .arg(s.model.environments >= 2 ? tr("%1 environments").arg(s.model.environments)
                                       : tr("continuous anchor"))
        .arg(s.n)
        .arg(QString::fromStdString(core::EnvironmentsStudy::gammaText(s.gamma)));
}

void EnvironmentsPage::addActions(const Menus& menus)
{
    auto* menu = new QMenu(tr("E&nvironments"), menus.bar);
    menus.bar->insertMenu(menus.view->menuAction(), menu);
    menu->setToolTipsVisible(true);
    QAction* open =
        menu->addAction(tr("Open the &Environments Mode"), this, &EnvironmentsPage::showRequested);
    open->setShortcut(QKeySequence(tr("Ctrl+Shift+E")));
    open->setToolTip(tr("What stays invariant when the world shifts: anchor regression and "
                        "invariant causal prediction"));
    QAction* leave =
        menu->addAction(tr("&Back to the Simulation"), this, &EnvironmentsPage::leaveRequested);
    menu->addSeparator();
    m_presetMenu->addTo(menu);
    menu->addSeparator();
    QAction* cancel = menu->addAction(tr("&Cancel ICP"), this, [this]() { m_controller.cancel(); });
    cancel->setObjectName(QStringLiteral("cancelIcpAction"));
    cancel->setToolTip(tr("Stop invariant causal prediction; it names nothing for these settings "
                          "until a setting changes"));
    m_pageActions << leave << cancel;
    for (QAction* action : m_pageActions)
        action->setEnabled(m_shown);
}

QList<QAction*> EnvironmentsPage::presentationActions() const
{
    return m_presentation->keys();
}

void EnvironmentsPage::setShown(bool shown)
{
    m_shown = shown;
    if (shown)
        m_state.setEnvironmentsInUse(true);
    for (QAction* action : m_pageActions)
        action->setEnabled(shown);
    if (shown && m_stale)
        requestCompute();
}

void EnvironmentsPage::onSettingsChanged(const core::EnvironmentsSettings& settings)
{
    const auto own = std::find(m_presetSettings.begin(), m_presetSettings.end(), settings);
    if (own != m_presetSettings.end())
        m_activePreset = int(own - m_presetSettings.begin());
    else if (activePreset() &&
             !(m_presetSettings[std::size_t(m_activePreset)].model == settings.model))
        m_activePreset = -1; // gamma, alpha, n and the rest may move; the story stays
    m_stale = true;
    if (m_shown)
        requestCompute();
    if (m_presentation->isPresenting())
        m_plots->setPresentation(presentationPlotNames());
    updateNarrative();
    emit captionChanged();
}

void EnvironmentsPage::requestCompute()
{
    m_controller.request(m_state.environments());
    m_stale = false;
}

void EnvironmentsPage::applyPreset(int index)
{
    if (index < 0 || index >= int(m_presets.size()))
        return;
    emit showRequested();
    m_state.replaceEnvironments(m_presetSettings[std::size_t(index)],
                                tr("Preset: %1").arg(m_presets[std::size_t(index)].title));
    m_activePreset = index;
    if (m_presentation->isPresenting())
        m_plots->setPresentation(presentationPlotNames());
    updateNarrative();
}

const core::Preset* EnvironmentsPage::activePreset() const
{
    return m_activePreset >= 0 && m_activePreset < int(m_presets.size())
               ? &m_presets[std::size_t(m_activePreset)]
               : nullptr;
}

QStringList EnvironmentsPage::presentationPlotNames() const
{
    if (const core::Preset* preset = activePreset())
        return preset->presentation;
    return {QStringLiteral("path"), QStringLiteral("risk"), QStringLiteral("icp")};
}

void EnvironmentsPage::showResult(const EnvironmentsController::ResultPointer& result)
{
    m_plots->showResult(*result);
    updateNarrative();
    if (!result->ok())
        emit statusChanged(QString::fromStdString(result->message));
    else if (result->icpState == core::IcpState::Cancelled)
        emit statusChanged(tr("ICP cancelled"));
    else
        emit statusChanged(tr("Environments: n = %1, γ = %2%3")
                               .arg(result->settings.n)
                               .arg(QString::fromStdString(
                                   core::EnvironmentsStudy::gammaText(result->settings.gamma)))
                               .arg(result->icpState == core::IcpState::Pending
                                        ? tr(", ICP running")
                                        : QString()));
}

void EnvironmentsPage::updateNarrative()
{
    const auto result = m_controller.latestResult();
    const bool current = result && result->settings == m_state.environments();
    const QStringList sentences = result ? EnvironmentsNarrative::describe(*result) : QStringList();
    const core::Preset* preset = activePreset();
    QString html;
    if (preset)
        html += QStringLiteral("<p><b>%1</b><br>%2</p>")
                    .arg(preset->title.toHtmlEscaped(), preset->story.join(' ').toHtmlEscaped());
    if (!result)
        html += tr("<p>Computing the first result…</p>");
    html += QStringLiteral("<ul style='margin-left:-20px'>");
    for (const QString& sentence : sentences)
        html += QStringLiteral("<li>%1</li>").arg(sentence.toHtmlEscaped());
    html += QStringLiteral("</ul>");
    if (result && !current)
        html += m_controller.wasCancelled()
                    ? tr("<p><i>Cancelled: the plots show the previous settings. Change a "
                         "setting to compute again.</i></p>")
                    : tr("<p><i>Updating for the new settings…</i></p>");
    m_narrative->setHtml(html);

    const core::EnvironmentsSettings& s = m_state.environments();
    const QString title = preset ? preset->title : tr("What stays invariant when the world shifts");
    const QString state =
        tr("Now: shift %1, hidden confounding %2, γ = %3")
            .arg(s.model.shift)
            .arg(s.model.confounding)
            .arg(QString::fromStdString(core::EnvironmentsStudy::gammaText(s.gamma)));
    QStringList body;
    if (result && current)
        body << EnvironmentsNarrative::icpSentence(*result);
    else if (preset)
        body << preset->story.mid(0, 1);
    m_presentation->setHeadline(title, state, body);
}

void EnvironmentsPage::setPresentation(bool on)
{
    m_presentation->setPresenting(on);
    m_plots->setPresentation(on ? presentationPlotNames() : QStringList());
    updateNarrative();
}

void EnvironmentsPage::applyStyle()
{
    m_plots->applyStyle();
    updateNarrative();
}

bool EnvironmentsPage::exportCsv(const QString& folder, QString* error) const
{
    const auto result = m_controller.latestResult();
    if (!result) {
        *error = tr("Nothing to export yet: the first result has not finished.");
        return false;
    }
    if (!result->ok()) {
        *error = tr("Nothing to export: %1").arg(QString::fromStdString(result->message));
        return false;
    }
    PlotExporter writer;
    QList<PlotExporter::Document> documents;
    for (const core::ResultCsv::Table& table : core::EnvironmentsCsv::tables(*result))
        documents.append(
            {QString::fromStdString(table.fileName), QByteArray::fromStdString(table.contents)});
    if (!writer.writeAll(folder, documents)) {
        *error = writer.errorString();
        return false;
    }
    return true;
}

} // namespace lev::ui
