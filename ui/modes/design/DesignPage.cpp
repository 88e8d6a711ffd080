// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#include "modes/design/DesignPage.h"

#include "design/ExperimentDesign.h"
#include "export/PlotExporter.h"
#include "io/DesignSettingsJson.h"
#include "io/SettingsJson.h"
#include "modes/design/DesignControls.h"
#include "modes/design/DesignCsv.h"
#include "modes/design/DesignNarrative.h"
#include "modes/design/DesignPin.h"
#include "modes/design/DesignPlots.h"
#include "plots/PlotStyle.h"
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

namespace lev::ui {

namespace {

constexpr int kArrowStep = 5; ///< presentation mode: the arrow keys move π by 0.05

} // namespace

DesignPage::DesignPage(SessionState& state, QWidget* window) : m_state(state)
{
    setObjectName(QStringLiteral("designPage"));
    QString problem;
    bool loaded = core::Preset::loadAll(QStringLiteral("design"), &m_presets, &problem);
    for (const core::Preset& preset : m_presets) {
        core::DesignSettings settings;
        loaded = loaded && presetSettings(preset, &settings, &problem);
        m_presetSettings.push_back(settings);
    }
    if (!loaded) {
        m_presets.clear();
        m_presetSettings.clear();
        QTimer::singleShot(0, this, [this, problem]() { emit problemReported(problem); });
    }

    m_controls = new DesignControls(m_state);
    m_side = SidePanel::create(m_controls, QStringLiteral("designNarrative"),
                               tr("What to notice in the current design"), &m_narrative);
    m_plots = new DesignPlots;
    m_presentation = new PresentationLayout(this, m_plots, m_plots->plots(), window,
                                            QStringLiteral("designHeadline"));
    m_presetMenu = new PresetMenu(PresetMenu::entriesOf(m_presets), {9, false, -1}, this);
    connect(m_presetMenu, &PresetMenu::presetChosen, this, &DesignPage::applyPreset);
    m_presentation->addKeys(m_presetMenu->presentationActions());
    m_presentation->addKey(QKeySequence(Qt::Key_Right),
                           [this]() { m_controls->nudgeFraction(kArrowStep); });
    m_presentation->addKey(QKeySequence(Qt::Key_Left),
                           [this]() { m_controls->nudgeFraction(-kArrowStep); });
    m_pin = new DesignPin(m_controller, m_plots->plots(), this);
    connect(m_pin, &DesignPin::statusChanged, this, &DesignPage::statusChanged);

    connect(&m_state, &SessionState::designChanged, this, &DesignPage::onSettingsChanged);
    connect(&m_controller, &DesignController::resultReady, this, &DesignPage::showResult);
    connect(&m_controller.runner(), &LatestJobRunner::failed, this,
            [this](quint64, const QString& message) { emit problemReported(message); });
    updateNarrative();
}

bool DesignPage::presetSettings(const core::Preset& preset, core::DesignSettings* settings,
                                QString* error)
{
    // The generator comes from the preset's "settings", the rest from its "design" object.
    QJsonObject object = preset.modeSettings;
    const QJsonObject model = core::SettingsJson::toJson(preset.settings);
    for (const char* key : {"generator", "collinearity", "noise", "effect", "confounding", "p", "k",
                            "levers", "seed"})
        if (!object.contains(QLatin1String(key)))
            object[QLatin1String(key)] = model.value(QLatin1String(key));
    QString problem;
    if (!core::DesignSettingsJson::fromJson(object, QStringLiteral("design"), settings, &problem)) {
        *error = QStringLiteral("preset '%1': %2").arg(preset.id, problem);
        return false;
    }
    return true;
}

QString DesignPage::sideTitle() const
{
    return tr("Experiment design");
}

QList<QCustomPlot*> DesignPage::plots() const
{
    return m_plots->plots();
}

QString DesignPage::narrativeText() const
{
    return m_narrative->toPlainText();
}

QString DesignPage::caption() const
{
    const core::DesignSettings& s = m_state.design();
    return tr("Experiment designer: %1, n = %2, π = %3")
        .arg(QString::fromStdString(core::generatorName(s.model.generator)))
        .arg(s.n)
        .arg(s.fraction, 0, 'f', 2);
}

void DesignPage::addActions(const Menus& menus)
{
    auto* menu = new QMenu(tr("E&xperiment"), menus.bar);
    menus.bar->insertMenu(menus.view->menuAction(), menu);
    menu->setToolTipsVisible(true);
    QAction* open =
        menu->addAction(tr("Open the Experiment &Designer"), this, &DesignPage::showRequested);
    open->setShortcut(QKeySequence(tr("Ctrl+D")));
    open->setToolTip(tr("What randomized rows buy: the experiment designer"));
    QAction* leave =
        menu->addAction(tr("&Back to the Simulation"), this, &DesignPage::leaveRequested);
    leave->setShortcut(QKeySequence(tr("Ctrl+Shift+D")));
    menu->addSeparator();
    m_presetMenu->addTo(menu);
    menu->addSeparator();
    m_pageActions << m_pin->addActions(menu);
    menu->addSeparator();
    QAction* cancel =
        menu->addAction(tr("&Cancel the Computation"), this, [this]() { m_controller.cancel(); });
    cancel->setToolTip(tr("Stop the running Monte-Carlo replications; the plots keep the last "
                          "result"));
    m_pageActions << leave << cancel;
    for (QAction* action : m_pageActions)
        action->setEnabled(m_shown);
}

QList<QAction*> DesignPage::presentationActions() const
{
    return m_presentation->keys();
}

void DesignPage::setShown(bool shown)
{
    m_shown = shown;
    for (QAction* action : m_pageActions)
        action->setEnabled(shown);
    if (shown && m_stale)
        requestCompute();
}

void DesignPage::onSettingsChanged(const core::DesignSettings& settings)
{
    const auto own = std::find(m_presetSettings.begin(), m_presetSettings.end(), settings);
    if (own != m_presetSettings.end())
        m_activePreset = int(own - m_presetSettings.begin());
    else if (activePreset())
        if (m_presetSettings[std::size_t(m_activePreset)].model != settings.model ||
            m_presetSettings[std::size_t(m_activePreset)].randomized != settings.randomized)
            m_activePreset = -1; // π, n and the rest may move; the story stays
    m_stale = true;
    if (m_shown)
        requestCompute();
    if (m_presentation->isPresenting())
        m_plots->setPresentation(presentationPlotNames());
    updateNarrative();
    emit captionChanged();
}

void DesignPage::requestCompute()
{
    m_controller.request(m_state.design());
    m_stale = false;
}

void DesignPage::applyPreset(int index)
{
    if (index < 0 || index >= int(m_presets.size()))
        return;
    emit showRequested();
    m_state.replaceDesign(m_presetSettings[std::size_t(index)],
                          tr("Preset: %1").arg(m_presets[std::size_t(index)].title));
    m_activePreset = index;
    if (m_presentation->isPresenting())
        m_plots->setPresentation(presentationPlotNames());
    updateNarrative();
}

const core::Preset* DesignPage::activePreset() const
{
    return m_activePreset >= 0 && m_activePreset < int(m_presets.size())
               ? &m_presets[std::size_t(m_activePreset)]
               : nullptr;
}

QStringList DesignPage::presentationPlotNames() const
{
    if (const core::Preset* preset = activePreset())
        return preset->presentation;
    return {QStringLiteral("fraction"), QStringLiteral("power"), QStringLiteral("intervals"),
            QStringLiteral("graph")};
}

void DesignPage::showResult(const DesignController::ResultPointer& result)
{
    m_plots->showResult(*result);
    m_controls->showResult(*result);
    updateNarrative();
    if (result->ok() && !result->refined)
        emit statusChanged(tr("Exact curves of n = %1, π = %2; refining with %3 replications…")
                               .arg(result->settings.n)
                               .arg(result->settings.fraction, 0, 'f', 2)
                               .arg(result->settings.replications));
    else if (result->ok())
        emit statusChanged(tr("%1 replications of a study of n = %2, π = %3")
                               .arg(result->settings.replications)
                               .arg(result->settings.n)
                               .arg(result->settings.fraction, 0, 'f', 2));
    else
        emit statusChanged(QString::fromStdString(result->message));
}

void DesignPage::updateNarrative()
{
    const auto result = m_controller.latestResult();
    const bool current = result && result->settings == m_state.design();
    const QStringList sentences = result ? DesignNarrative::describe(*result) : QStringList();
    const core::Preset* preset = activePreset();
    QString html = preset ? NarrativeHtml::story(preset->title, preset->story) : QString();
    if (!result)
        html += tr("<p>Computing the first design…</p>");
    html += NarrativeHtml::list(sentences);
    if (result && !current)
        html += tr("<p><i>Updating for the new settings…</i></p>");
    m_narrative->setHtml(html);

    const core::DesignSettings& s = m_state.design();
    QStringList randomized;
    for (int j : s.randomized)
        randomized << PlotStyle::featureLabel("X" + std::to_string(j + 1));
    const QString title = preset ? preset->title : tr("What randomized rows buy");
    const QString state = tr("Now: n = %1, π = %2, randomized: %3")
                              .arg(s.n)
                              .arg(s.fraction, 0, 'f', 2)
                              .arg(s.allocate             ? tr("every feature (allocated)")
                                   : randomized.isEmpty() ? tr("none")
                                                          : randomized.join(QStringLiteral(", ")));
    const QStringList body = preset ? preset->story : sentences.mid(0, 2);
    m_presentation->setHeadline(title, state, body);
}

void DesignPage::setPresentation(bool on)
{
    m_presentation->setPresenting(on);
    m_plots->setPresentation(on ? presentationPlotNames() : QStringList());
    updateNarrative();
}

void DesignPage::applyStyle()
{
    m_plots->applyStyle();
    updateNarrative();
}

bool DesignPage::exportCsv(const QString& folder, QString* error) const
{
    const auto result = m_controller.latestResult();
    if (!result) {
        *error = tr("Nothing to export yet: the first design has not finished.");
        return false;
    }
    if (!result->ok()) {
        *error = tr("Nothing to export: %1").arg(QString::fromStdString(result->message));
        return false;
    }
    PlotExporter writer;
    QList<PlotExporter::Document> documents;
    for (const DesignCsv::Table& table : DesignCsv::tables(*result))
        documents.append({table.fileName, table.contents});
    if (!writer.writeAll(folder, documents)) {
        *error = writer.errorString();
        return false;
    }
    return true;
}

} // namespace lev::ui
