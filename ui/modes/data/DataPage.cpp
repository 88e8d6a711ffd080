// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#include "modes/data/DataPage.h"

#include "modes/data/DataControls.h"
#include "modes/data/DataMode.h"
#include "modes/data/DataNarrative.h"
#include "modes/data/DataView.h"
#include "plots/PlotContextMenu.h"
#include "shell/AppSettings.h"
#include "shell/SessionState.h"
#include "shell/SidePanel.h"

#include <QAction>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMenu>
#include <QTextBrowser>
#include <QVBoxLayout>
#include <algorithm>
#include <qcustomplot.h>

namespace lev::ui {

namespace {

const char* const kCsvFilter =
    QT_TRANSLATE_NOOP("lev::ui::DataPage", "CSV files (*.csv *.txt);;All files (*)");

} // namespace

DataPage::DataPage(SessionState& state, QWidget* window) : m_state(state), m_window(window)
{
    setObjectName(QStringLiteral("dataPage"));
    m_view = new DataView;
    m_mode = new DataMode(m_view, window, this);
    m_diagnostics = new DataDiagnosticsController(this);
    m_mode->setEstimation(m_state.data());
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_view);

    m_controls = new DataControls(m_state);
    m_side = SidePanel::create(m_controls, QStringLiteral("dataNarrative"),
                               tr("What the data can and cannot tell"), &m_narrative);

    for (QCustomPlot* plot : m_view->plots()) {
        PlotContextMenu* menu = installExportMenu(plot, window);
        connect(menu, &PlotContextMenu::exported, this,
                [this](const QString& path) { emit statusChanged(tr("Exported %1").arg(path)); });
        connect(menu, &PlotContextMenu::exportFailed, this, &DataPage::statusChanged);
    }

    connect(&m_state, &SessionState::dataChanged, m_mode, &DataMode::setEstimation);
    connect(&m_state, &SessionState::dataChanged, this, [this]() { diagnose(false); });
    connect(m_controls, &DataControls::problemReported, this, &DataPage::problemReported);
    connect(m_diagnostics, &DataDiagnosticsController::diagnosed, this,
            [this](DataDiagnosticsController::ReportPointer report) {
                m_latestDiagnostics = std::move(report);
                m_view->showDiagnostics(*m_latestDiagnostics);
                updateNarrative();
                emitIfAnalysisShown();
            });
    connect(m_diagnostics, &DataDiagnosticsController::diagnoseFailed, this,
            &DataPage::problemReported);
    connect(m_mode, &DataMode::activated, this, [this](int featureCount) {
        m_controls->setFeatureCount(featureCount);
        QStringList names;
        if (const auto table = m_mode->table())
            for (int j : m_mode->explorationSettings().features)
                names << QString::fromStdString(table->columns[std::size_t(j)]);
        m_controls->setFeatureNames(names);
        m_narrative->clear();
        diagnose(true);
        emit showRequested();
        emit captionChanged();
    });
    connect(m_mode, &DataMode::explorationShown, this, &DataPage::onExplorationShown);
    connect(m_mode, &DataMode::problem, this, &DataPage::problemReported);
    connect(m_mode, &DataMode::status, this, &DataPage::statusChanged);
}

QString DataPage::sideTitle() const
{
    return tr("Settings: your data");
}

QList<QCustomPlot*> DataPage::plots() const
{
    return m_view->plots();
}

QString DataPage::narrativeText() const
{
    return m_narrative->toPlainText();
}

QString DataPage::caption() const
{
    return tr("%1 (your data)").arg(m_mode->sourceName());
}

LatestJobRunner& DataPage::jobs()
{
    return m_mode->controller().runner();
}

void DataPage::addActions(const Menus& menus)
{
    QAction* import = menus.file->addAction(tr("&Import CSV…"), this, &DataPage::openImportDialog);
    import->setShortcut(QKeySequence(tr("Ctrl+I")));
    import->setToolTip(tr("Your own data: its spectrum, how unstable its weights are and how "
                          "well it predicts"));
    QMenu* examples = menus.file->addMenu(tr("E&xamples"));
    examples->setToolTipsVisible(true);
    for (const core::DataExample& example : core::DataExample::all()) {
        QAction* action = examples->addAction(QString::fromStdString(example.title), this,
                                              [this, example]() { openExample(example); });
        action->setToolTip(QString::fromStdString(example.story));
    }
    m_mode->addReportAction(menus.file, this);
    m_leave = menus.file->addAction(tr("&Back to the Simulation"), this, &DataPage::leaveRequested);
    m_leave->setShortcut(QKeySequence(tr("Ctrl+Shift+I")));
    m_leave->setEnabled(false);
}

void DataPage::setShown(bool shown)
{
    if (m_leave)
        m_leave->setEnabled(shown);
    if (!shown) {
        m_mode->leave(); // cancels what runs and forgets the table
        m_diagnostics->cancel();
        m_latestDiagnostics.reset();
        m_diagnosed.reset();
    }
}

void DataPage::diagnose(bool always)
{
    const auto table = m_mode->table();
    const core::DataDiagnosticsSettings& settings = m_state.data().diagnostics;
    if (!table || (!always && m_diagnosed && *m_diagnosed == settings))
        return;
    if (always) {
        m_latestDiagnostics.reset();
        m_view->clearDiagnostics();
    }
    // A new feature D or Belsley variant is looked at on the tab that shows it, and so is new
    // data with a feature D of theirs chosen (a session's).
    const bool newChoice =
        m_diagnosed && (m_diagnosed->sensitivity.treatment != settings.sensitivity.treatment ||
                        m_diagnosed->belsley != settings.belsley);
    const std::string& d = settings.sensitivity.treatment;
    const std::vector<int>& features = m_mode->explorationSettings().features;
    const bool ownFeature = always && std::any_of(features.begin(), features.end(), [&](int j) {
                                return !d.empty() && table->columns[std::size_t(j)] == d;
                            });
    if (newChoice || ownFeature)
        m_view->showDiagnosticsTab();
    m_diagnosed = settings;
    m_diagnostics->diagnose(table, m_mode->explorationSettings(), settings);
}

void DataPage::applyStyle()
{
    m_view->applyStyle();
}

void DataPage::importCsv(const QString& path)
{
    m_mode->importFile(path);
}

void DataPage::openExample(const core::DataExample& example)
{
    m_mode->openExample(example);
}

void DataPage::openImportDialog()
{
    auto* dialog =
        new QFileDialog(m_window, tr("Import CSV"), AppSettings::lastDirectory(), tr(kCsvFilter));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString& path) {
        QString error;
        if (!AppSettings::setLastDirectory(QFileInfo(path).absolutePath(), &error))
            emit problemReported(error);
        importCsv(path);
    });
    dialog->open();
}

void DataPage::onExplorationShown()
{
    updateNarrative();
    emit captionChanged();
    const auto exploration = m_mode->latest();
    emit statusChanged(exploration->bootstrap
                           ? tr("%1 rows; %2 bootstrap resamples; %3-fold cross-validation")
                                 .arg(exploration->fit.rows)
                                 .arg(exploration->bootstrap->replications)
                                 .arg(exploration->settings.folds)
                           : tr("%1 rows").arg(exploration->fit.rows));
    emitIfAnalysisShown();
}

void DataPage::emitIfAnalysisShown()
{
    if (m_mode->latest() && m_latestDiagnostics)
        emit analysisShown();
}

void DataPage::updateNarrative()
{
    const auto exploration = m_mode->latest();
    QString html;
    if (!m_mode->story().isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(m_mode->story().toHtmlEscaped());
    html += QStringLiteral("<ul style='margin-left:-20px'>");
    if (exploration)
        for (const QString& sentence :
             DataNarrative::describe(*exploration, m_latestDiagnostics.get()))
            html += QStringLiteral("<li>%1</li>").arg(sentence.toHtmlEscaped());
    html += QStringLiteral("</ul>");
    m_narrative->setHtml(html);
}

bool DataPage::exportCsv(const QString&, QString* error) const
{
    *error = tr("Data mode has no simulated draw to export; 'leverscope fit --csv FILE "
                "--bootstrap R --cv K' prints its numbers as JSON.");
    return false;
}

} // namespace lev::ui
