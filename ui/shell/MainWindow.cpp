// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#include "shell/MainWindow.h"

#include "export/PlotExporter.h"
#include "io/DataExample.h"
#include "io/ResultCsv.h"
#include "io/SessionFile.h"
#include "modes/data/DataMode.h"
#include "modes/data/DataNarrative.h"
#include "modes/data/DataView.h"
#include "modes/simulation/ControlPanel.h"
#include "modes/simulation/EffectLinesPlot.h"
#include "modes/simulation/HeatmapPlot.h"
#include "modes/simulation/Narrative.h"
#include "modes/simulation/ScatterPlot.h"
#include "modes/simulation/ScoreboardPlot.h"
#include "modes/simulation/SpectrumPlot.h"
#include "modes/simulation/SweepPlot.h"
#include "modes/simulation/WeightsPlot.h"
#include "plots/PlotContextMenu.h"
#include "plots/PlotStyle.h"
#include "shell/AppSettings.h"
#include "shell/SessionAutosave.h"
#include "shell/SettingsChangeCommand.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QSaveFile>
#include <QScrollArea>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTextBrowser>
#include <QTimer>
#include <QUndoStack>
#include <QVBoxLayout>

namespace lev::ui {

namespace {

constexpr double kPresentationScale = 1.6;
constexpr int kAnimationIntervalMs = 60;
constexpr int kAnimationStep = 10; ///< slider units (0.01 of collinearity) per frame
constexpr int kArrowStep = 10;     ///< presentation mode: the arrow keys move c by 0.01
const char* const kSessionFilter = "Leverscope sessions (*.leverscope);;All files (*)";
const char* const kCsvFilter = "CSV files (*.csv *.txt);;All files (*)";
constexpr int kProgressSteps = 1000; ///< data mode's progress in the status bar

} // namespace

MainWindow::MainWindow(const core::RecomputeSettings& initial, QWidget* parent)
    : QMainWindow(parent), m_controller(new RecomputeController(this)),
      m_undo(new QUndoStack(this)), m_animation(new QTimer(this)),
      m_autosave(new SessionAutosave(this))
{
    connect(m_autosave, &SessionAutosave::saveFailed, this, &MainWindow::reportProblem);
    setObjectName(QStringLiteral("mainWindow"));
    QString presetProblem;
    if (!core::Preset::loadAll(&m_presets, &presetProblem))
        QTimer::singleShot(0, this, [this, presetProblem]() { reportProblem(presetProblem); });

    m_controls = new ControlPanel;
    m_narrative = new QTextBrowser;
    m_narrative->setObjectName(QStringLiteral("narrative"));
    m_narrative->setFrameShape(QFrame::StyledPanel);
    m_narrative->setMinimumHeight(120);
    m_narrative->setToolTip(tr("What to notice in the current state"));
    auto* notice = new QLabel(tr("<b>What to notice</b>"));
    notice->setBuddy(m_narrative);

    auto* side = new QWidget;
    auto* sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(4, 0, 4, 4);
    sideLayout->addWidget(m_controls);
    sideLayout->addWidget(notice);
    sideLayout->addWidget(m_narrative, 1);
    auto* scroll = new QScrollArea;
    scroll->setWidget(side);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_dock = new QDockWidget(tr("Settings"), this);
    m_dock->setObjectName(QStringLiteral("settingsDock"));
    m_dock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable);
    m_dock->setWidget(scroll);
    m_dock->setMinimumWidth(280);
    m_dock->setMaximumWidth(340);
    addDockWidget(Qt::LeftDockWidgetArea, m_dock);

    m_spectrum = new SpectrumPlot;
    m_weights = new WeightsPlot;
    m_scoreboard = new ScoreboardPlot;
    m_sweep = new SweepPlot;
    m_scatter = new ScatterPlot;
    m_heatmap = new HeatmapPlot;
    m_effects = new EffectLinesPlot;
    m_plots = {m_spectrum, m_weights, m_scoreboard, m_sweep, m_scatter, m_heatmap, m_effects};

    m_headline = new QLabel;
    m_headline->setObjectName(QStringLiteral("headline"));
    m_headline->setWordWrap(true);
    m_headline->setTextFormat(Qt::RichText);
    m_headline->setContentsMargins(12, 8, 12, 8);
    m_headline->setVisible(false);

    // Two rows of four: the forward/inverse story on top, the geometry below. Presentation
    // mode keeps only the top row's story plots.
    auto* central = new QWidget;
    auto* page = new QVBoxLayout(central); // a box layout sizes the wrapped headline right
    page->setContentsMargins(4, 4, 4, 4);
    page->setSpacing(4);
    page->addWidget(m_headline);
    auto* grid = new QGridLayout;
    m_grid = grid;
    grid->setSpacing(4);
    grid->addWidget(m_spectrum, 0, 0);
    grid->addWidget(m_weights, 0, 1);
    grid->addWidget(m_scoreboard, 0, 2);
    grid->addWidget(m_sweep, 0, 3);
    grid->addWidget(m_scatter, 1, 0);
    grid->addWidget(m_effects, 1, 1);
    grid->addWidget(m_heatmap, 1, 2, 1, 2);
    for (int column = 0; column < 4; ++column)
        grid->setColumnStretch(column, 1);
    grid->setRowStretch(0, 1);
    grid->setRowStretch(1, 1);
    page->addLayout(grid, 1);
    m_simulationPage = central;
    m_dataView = new DataView;
    m_pages = new QStackedWidget;
    m_pages->addWidget(central);
    m_pages->addWidget(m_dataView);
    setCentralWidget(m_pages);
    m_dataMode = new DataMode(m_dataView, this);

    m_status = new QLabel;
    m_status->setObjectName(QStringLiteral("statusLabel"));
    m_sweepProgress = new QProgressBar;
    m_sweepProgress->setObjectName(QStringLiteral("sweepProgress"));
    m_sweepProgress->setMaximumWidth(200);
    m_sweepProgress->setFormat(tr("sweep %v/%m"));
    m_sweepProgress->setToolTip(tr("The sweep over collinearity fills in point by point"));
    statusBar()->addWidget(m_status, 1);
    statusBar()->addPermanentWidget(m_sweepProgress);

    for (ResultPlot* plot : m_plots) {
        PlotContextMenu* menu = installExportMenu(plot, this);
        connect(menu, &PlotContextMenu::exported, this,
                [this](const QString& path) { m_status->setText(tr("Exported %1").arg(path)); });
        connect(menu, &PlotContextMenu::exportFailed, this,
                [this](const QString& message) { emit problemReported(message); });
    }

    m_animation->setInterval(kAnimationIntervalMs);
    connect(m_animation, &QTimer::timeout, this, &MainWindow::animationStep);

    createMenus();
    createPresentationActions();

    connect(m_controls, &ControlPanel::settingsChanged, this, &MainWindow::onControlsChanged);
    connect(m_dataMode, &DataMode::activated, this, &MainWindow::enterDataMode);
    connect(m_dataMode, &DataMode::explorationShown, this, [this]() {
        updateNarrative();
        updateTitle();
        const auto exploration = m_dataMode->latest();
        m_status->setText(exploration->bootstrap
                              ? tr("%1 rows; %2 bootstrap resamples; %3-fold cross-validation")
                                    .arg(exploration->fit.rows)
                                    .arg(exploration->bootstrap->replications)
                                    .arg(exploration->settings.folds)
                              : tr("%1 rows").arg(exploration->fit.rows));
    });
    connect(m_dataMode, &DataMode::problem, this, &MainWindow::reportProblem);
    connect(m_dataMode, &DataMode::status, m_status, &QLabel::setText);
    connect(m_dataMode, &DataMode::progress, this, &MainWindow::showDataProgress);
    connect(m_controller, &RecomputeController::resultReady, this, &MainWindow::showResult);
    connect(m_controller, &RecomputeController::sweepUpdated, this, &MainWindow::showSweep);
    connect(m_controller, &RecomputeController::busyChanged, this, [this](bool busy) {
        if (busy)
            m_status->setText(tr("Computing…"));
    });

    setStateWithoutUndo(initial);
    resize(1600, 1000);
}

MainWindow::~MainWindow() = default;

QList<QCustomPlot*> MainWindow::plots() const
{
    if (isDataMode())
        return m_dataView->plots();
    return {m_plots.begin(), m_plots.end()};
}

QString MainWindow::narrativeText() const
{
    return m_narrative->toPlainText();
}

void MainWindow::createMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* open = file->addAction(tr("&Open Session…"), this, &MainWindow::openSessionDialog);
    open->setShortcut(QKeySequence::Open);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::updateRecentMenu);
    QAction* save =
        file->addAction(tr("&Save Session"), this, [this]() { saveSessionDialog(false); });
    save->setShortcut(QKeySequence::Save);
    QAction* saveAs =
        file->addAction(tr("Save Session &As…"), this, [this]() { saveSessionDialog(true); });
    saveAs->setShortcut(QKeySequence::SaveAs);
    file->addSeparator();
    QAction* import = file->addAction(tr("&Import CSV…"), this, &MainWindow::openImportDialog);
    import->setShortcut(QKeySequence(tr("Ctrl+I")));
    import->setToolTip(tr("Your own data: its spectrum, how unstable its weights are and how "
                          "well it predicts"));
    QMenu* examples = file->addMenu(tr("E&xamples"));
    examples->setToolTipsVisible(true);
    for (const core::DataExample& example : core::DataExample::all()) {
        QAction* action =
            examples->addAction(QString::fromStdString(example.title), this, [this, example]() {
                m_dataMode->setEstimation(m_current);
                m_dataMode->openExample(example);
            });
        action->setToolTip(QString::fromStdString(example.story));
    }
    m_leaveDataAction =
        file->addAction(tr("&Back to the Simulation"), this, &MainWindow::leaveDataMode);
    m_leaveDataAction->setShortcut(QKeySequence(tr("Ctrl+Shift+I")));
    m_leaveDataAction->setEnabled(false);
    file->addSeparator();
    QAction* exportAll =
        file->addAction(tr("&Export All Plots…"), this, [this]() { chooseFolderAndExport(false); });
    exportAll->setShortcut(QKeySequence(tr("Ctrl+E")));
    exportAll->setToolTip(tr("Every plot as PNG (2×), PDF and SVG into a folder; right-click a "
                             "plot to export only that one"));
    file->addAction(tr("Export &Data and Results as CSV…"), this,
                    [this]() { chooseFolderAndExport(true); });
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    QAction* undo = m_undo->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction* redo = m_undo->createRedoAction(this, tr("&Redo"));
    redo->setShortcuts({QKeySequence(tr("Ctrl+Shift+Z")), QKeySequence::Redo});
    edit->addAction(undo);
    edit->addAction(redo);

    QMenu* presets = menuBar()->addMenu(tr("&Presets"));
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

    QMenu* view = menuBar()->addMenu(tr("&View"));
    QAction* pin = view->addAction(tr("&Pin Current State"), this, &MainWindow::pinCurrentState);
    pin->setShortcut(QKeySequence(tr("Ctrl+P")));
    pin->setToolTip(tr("Keep the current state as a faint ghost in every plot, to compare"));
    QAction* unpin = view->addAction(tr("C&lear Pin"), this, &MainWindow::clearPin);
    unpin->setShortcut(QKeySequence(tr("Ctrl+Shift+P")));
    m_simulationOnly << pin << unpin;
    view->addSeparator();
    m_presentationAction = view->addAction(tr("&Presentation Mode"));
    m_presentationAction->setCheckable(true);
    m_presentationAction->setShortcut(QKeySequence(Qt::Key_F11));
    m_presentationAction->setToolTip(tr("Full screen, large type, the plots that carry the story. "
                                        "Keys: 1–9 presets, Space animates c, ←/→ step c, Esc "
                                        "leaves."));
    connect(m_presentationAction, &QAction::toggled, this, &MainWindow::setPresentationMode);
    m_simulationOnly << m_presentationAction;
    view->addSeparator();
    QAction* focusGenerator = view->addAction(tr("Choose &Generator"));
    focusGenerator->setShortcut(QKeySequence(tr("Ctrl+G")));
    connect(focusGenerator, &QAction::triggered, this, [this]() {
        if (auto* combo = m_controls->findChild<QWidget*>(QStringLiteral("generatorCombo")))
            combo->setFocus(Qt::ShortcutFocusReason);
    });
    QAction* focusSlider = view->addAction(tr("&Collinearity Slider"));
    focusSlider->setShortcut(QKeySequence(tr("Ctrl+L")));
    connect(focusSlider, &QAction::triggered, this, [this]() {
        if (auto* slider = m_controls->findChild<QWidget*>(QStringLiteral("collinearitySlider")))
            slider->setFocus(Qt::ShortcutFocusReason);
    });

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Leverscope"), this, &MainWindow::showAbout);
}

void MainWindow::createPresentationActions()
{
    // Window-wide keys that only make sense (and only work) in presentation mode, where no
    // text field has the focus.
    auto add = [this](const QKeySequence& key, auto slot) {
        auto* action = new QAction(this);
        action->setShortcut(key);
        action->setShortcutContext(Qt::WindowShortcut);
        action->setEnabled(false);
        connect(action, &QAction::triggered, this, slot);
        addAction(action);
        m_presentationOnly << action;
    };
    for (int i = 0; i < 9; ++i)
        add(QKeySequence(Qt::Key_1 + i), [this, i]() { applyPreset(i); });
    add(QKeySequence(Qt::Key_Space), [this]() { toggleAnimation(); });
    add(QKeySequence(Qt::Key_Right), [this]() { stepCollinearity(kArrowStep); });
    add(QKeySequence(Qt::Key_Left), [this]() { stepCollinearity(-kArrowStep); });
    add(QKeySequence(Qt::Key_Escape), [this]() { m_presentationAction->setChecked(false); });
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = AppSettings::recentSessions();
    for (const QString& path : recent) {
        m_recentMenu
            ->addAction(QFileInfo(path).fileName(), this,
                        [this, path]() {
                            QString error;
                            if (!openSession(path, &error)) {
                                AppSettings::removeRecentSession(path);
                                reportProblem(error);
                            }
                        })
            ->setToolTip(path);
    }
    if (recent.isEmpty())
        m_recentMenu->addAction(tr("(no recent sessions)"))->setEnabled(false);
}

void MainWindow::reportProblem(const QString& message)
{
    m_status->setText(message);
    auto* box =
        new QMessageBox(QMessageBox::Warning, tr("Leverscope"), message, QMessageBox::Ok, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open(); // never blocks the event loop: recomputes and the animation go on
    emit problemReported(message);
}

void MainWindow::showAbout()
{
    auto* box = new QMessageBox(QMessageBox::Information, tr("About Leverscope"),
                                tr("<b>Leverscope</b> shows why predicting well is not knowing "
                                   "the levers.<br>Held-out R² stays flat while the weights "
                                   "explode; with a confounder only an experiment finds the "
                                   "levers."),
                                QMessageBox::Ok, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void MainWindow::onControlsChanged(const core::RecomputeSettings& settings)
{
    if (settings.model.generator != m_current.model.generator)
        m_activePresetTitle.clear();
    applySettings(settings, QString());
}

void MainWindow::applySettings(const core::RecomputeSettings& settings, const QString& what)
{
    if (settings == m_current)
        return;
    auto* command = new SettingsChangeCommand(
        m_current, settings, [this](const core::RecomputeSettings& s) { setStateWithoutUndo(s); });
    if (!what.isEmpty())
        command->setText(what);
    m_undo->push(command); // runs redo(): shows and computes `settings`
}

void MainWindow::setStateWithoutUndo(const core::RecomputeSettings& settings)
{
    m_current = settings;
    m_current.sweep.clear();
    m_controls->setSettings(m_current);
    requestRecompute(m_current);
    updateTitle();
    m_autosave->schedule(m_current);
}

void MainWindow::requestRecompute(const core::RecomputeSettings& settings)
{
    if (isDataMode()) { // the estimator controls act on the user's data
        m_dataMode->setEstimation(settings);
        return;
    }
    core::RecomputeSettings withSweep = settings;
    withSweep.sweep = core::RecomputeSettings::defaultSweepGrid();
    m_controller->request(withSweep);
}

void MainWindow::applyPreset(int index)
{
    if (index < 0 || index >= int(m_presets.size()))
        return;
    const core::Preset& preset = m_presets[std::size_t(index)];
    leaveDataMode();
    m_activePresetTitle = preset.title;
    applySettings(preset.settings, tr("Preset: %1").arg(preset.title));
    updateNarrative();
}

bool MainWindow::openSession(const QString& path, QString* error)
{
    core::RecomputeSettings settings;
    if (!core::SessionFile::read(path, &settings, error))
        return false;
    leaveDataMode();
    m_activePresetTitle.clear();
    applySettings(settings, tr("Open %1").arg(QFileInfo(path).fileName()));
    m_sessionPath = path;
    AppSettings::addRecentSession(path);
    updateTitle();
    return true;
}

bool MainWindow::saveSession(const QString& path, QString* error)
{
    if (!core::SessionFile::write(path, m_current, error))
        return false;
    m_sessionPath = path;
    AppSettings::addRecentSession(path);
    m_undo->setClean();
    updateTitle();
    return true;
}

void MainWindow::openSessionDialog()
{
    auto* dialog =
        new QFileDialog(this, tr("Open Session"), AppSettings::lastDirectory(), tr(kSessionFilter));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString& path) {
        AppSettings::setLastDirectory(QFileInfo(path).absolutePath());
        QString error;
        if (!openSession(path, &error))
            reportProblem(error);
    });
    dialog->open();
}

bool MainWindow::saveSessionDialog(bool askForName)
{
    if (!askForName && !m_sessionPath.isEmpty()) {
        QString error;
        if (!saveSession(m_sessionPath, &error)) {
            reportProblem(error);
            return false;
        }
        return true;
    }
    auto* dialog =
        new QFileDialog(this, tr("Save Session"), AppSettings::lastDirectory(), tr(kSessionFilter));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("leverscope"));
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString& path) {
        AppSettings::setLastDirectory(QFileInfo(path).absolutePath());
        QString error;
        if (!saveSession(path, &error))
            reportProblem(error);
    });
    dialog->open();
    return true;
}

void MainWindow::chooseFolderAndExport(bool csv)
{
    auto* dialog = new QFileDialog(
        this, csv ? tr("Export Data and Results as CSV into") : tr("Export All Plots into"),
        AppSettings::lastDirectory());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::Directory);
    dialog->setOption(QFileDialog::ShowDirsOnly);
    connect(dialog, &QFileDialog::fileSelected, this, [this, csv](const QString& folder) {
        AppSettings::setLastDirectory(folder);
        QString error;
        const bool ok = csv ? exportCsv(folder, &error) : exportPlots(folder, &error);
        if (ok)
            m_status->setText(tr("Exported into %1").arg(folder));
        else
            reportProblem(error);
    });
    dialog->open();
}

bool MainWindow::exportPlots(const QString& folder, QString* error)
{
    PlotExporter exporter;
    exporter.setScale(2.0);
    if (!exporter.exportAll(
            plots(), folder,
            {PlotExporter::Format::Png, PlotExporter::Format::Pdf, PlotExporter::Format::Svg})) {
        *error = exporter.errorString();
        return false;
    }
    return true;
}

bool MainWindow::exportCsv(const QString& folder, QString* error)
{
    if (isDataMode()) {
        *error = tr("Data mode has no simulated draw to export; 'leverscope fit --csv FILE "
                    "--bootstrap R --cv K' prints its numbers as JSON.");
        return false;
    }
    const auto result = m_controller->latestResult();
    if (!result) {
        *error = tr("Nothing to export yet: the first recompute has not finished.");
        return false;
    }
    PlotExporter writer;
    const QDir dir(folder);
    if (!writer.writeFile(dir.filePath(QStringLiteral("draw.csv")),
                          QByteArray::fromStdString(core::ResultCsv::draw(*result))) ||
        !writer.writeFile(dir.filePath(QStringLiteral("results.csv")),
                          QByteArray::fromStdString(core::ResultCsv::results(*result)))) {
        *error = writer.errorString();
        return false;
    }
    return true;
}

void MainWindow::updateTitle()
{
    if (isDataMode()) {
        setWindowTitle(tr("Leverscope — %1 (your data)").arg(m_dataMode->sourceName()));
        return;
    }
    const QString session =
        m_sessionPath.isEmpty() ? QString() : QFileInfo(m_sessionPath).fileName() + " — ";
    setWindowTitle(
        tr("%1Leverscope — %2, c = %3")
            .arg(session, QString::fromStdString(core::generatorName(m_current.model.generator)))
            .arg(m_current.model.collinearity, 0, 'f', 3));
}

void MainWindow::showResult(const RecomputeController::ResultPointer& result)
{
    for (ResultPlot* plot : m_plots)
        plot->showResult(*result);
    updateNarrative();
    if (result->status == core::RecomputeStatus::Ok)
        m_status->setText(
            tr("%1 replications of n = %2").arg(result->monteCarlo.fitted).arg(result->settings.n));
    else
        m_status->setText(QString::fromStdString(result->message));
}

void MainWindow::showSweep(const std::vector<core::SweepPoint>& points, bool complete)
{
    const auto result = m_controller->latestResult();
    const double c = result ? result->settings.model.collinearity : 0.0;
    m_sweep->showSweep(points, c);
    int done = 0;
    for (const core::SweepPoint& point : points)
        done += point.r2ObservationalMean || point.weightErrorMean || point.conditionNumber ? 1 : 0;
    m_sweepProgress->setRange(0, int(points.size()));
    m_sweepProgress->setValue(complete ? int(points.size()) : done);
    updateNarrative();
}

void MainWindow::updateNarrative()
{
    if (isDataMode()) {
        const auto exploration = m_dataMode->latest();
        QString html;
        if (!m_dataMode->story().isEmpty())
            html += QStringLiteral("<p>%1</p>").arg(m_dataMode->story().toHtmlEscaped());
        html += QStringLiteral("<ul style='margin-left:-20px'>");
        if (exploration)
            for (const QString& sentence : DataNarrative::describe(*exploration))
                html += QStringLiteral("<li>%1</li>").arg(sentence.toHtmlEscaped());
        html += QStringLiteral("</ul>");
        m_narrative->setHtml(html);
        return;
    }
    const auto result = m_controller->latestResult();
    const QStringList sentences =
        result ? Narrative::describe(*result, m_controller->sweep()) : QStringList();
    QString html;
    const core::Preset* preset = nullptr;
    for (const core::Preset& candidate : m_presets)
        if (candidate.title == m_activePresetTitle)
            preset = &candidate;
    if (preset)
        html += QStringLiteral("<p><b>%1</b><br>%2</p>")
                    .arg(preset->title.toHtmlEscaped(), preset->story.join(' ').toHtmlEscaped());
    html += QStringLiteral("<ul style='margin-left:-20px'>");
    for (const QString& sentence : sentences)
        html += QStringLiteral("<li>%1</li>").arg(sentence.toHtmlEscaped());
    html += QStringLiteral("</ul>");
    m_narrative->setHtml(html);

    const QString title =
        preset ? preset->title
               : QString::fromStdString(core::generatorLesson(m_current.model.generator));
    const QString first = sentences.empty() ? QString() : sentences.front();
    m_headline->setText(QStringLiteral("<span style='font-size:%1pt'><b>%2</b></span><br>"
                                       "<span style='font-size:%3pt'>%4</span>")
                            .arg(int(16 * PlotStyle::scale()))
                            .arg(title.toHtmlEscaped())
                            .arg(int(12 * PlotStyle::scale()))
                            .arg(first.toHtmlEscaped()));
}

void MainWindow::pinCurrentState()
{
    m_pinned = m_controller->latestResult();
    if (!m_pinned)
        return;
    m_pinnedSweep = m_controller->sweep();
    for (ResultPlot* plot : m_plots)
        plot->showPinned(m_pinned.get());
    m_sweep->showPinnedSweep(m_pinnedSweep, m_pinned->settings.model.collinearity);
    m_status->setText(
        tr("Pinned %1 at c = %2: shown faintly in every plot (Ctrl+Shift+P clears)")
            .arg(QString::fromStdString(core::generatorName(m_pinned->settings.model.generator)))
            .arg(m_pinned->settings.model.collinearity, 0, 'f', 3));
}

void MainWindow::clearPin()
{
    m_pinned.reset();
    m_pinnedSweep.clear();
    for (ResultPlot* plot : m_plots)
        plot->showPinned(nullptr);
    m_sweep->showPinnedSweep({}, 0.0);
}

void MainWindow::setPresentationMode(bool on)
{
    if (on == m_presentation)
        return;
    m_presentation = on;
    if (m_presentationAction->isChecked() != on)
        m_presentationAction->setChecked(on);
    for (QAction* action : m_presentationOnly)
        action->setEnabled(on);
    if (!on)
        m_animation->stop();
    m_dock->setVisible(!on);
    menuBar()->setVisible(!on);
    statusBar()->setVisible(!on);
    m_headline->setVisible(on);
    // The story plots: what the weights do, the scoreboard, and the sweep.
    for (QWidget* detail :
         std::initializer_list<QWidget*>{m_spectrum, m_scatter, m_effects, m_heatmap})
        detail->setVisible(!on);
    // The hidden row and column give their room to the story plots.
    m_grid->setRowStretch(1, on ? 0 : 1);
    m_grid->setColumnStretch(0, on ? 0 : 1);
    PlotStyle::setScale(on ? kPresentationScale : 1.0);
    for (ResultPlot* plot : m_plots)
        plot->applyStyle();
    updateNarrative();
    if (on)
        showFullScreen();
    else
        showNormal();
    setFocus(Qt::OtherFocusReason);
}

void MainWindow::stepCollinearity(int steps)
{
    m_controls->nudgeCollinearity(steps);
}

bool MainWindow::isAnimating() const
{
    return m_animation->isActive();
}

void MainWindow::toggleAnimation()
{
    if (m_animation->isActive()) {
        m_animation->stop();
        return;
    }
    // From the end, start again at c = 0 so Space always shows the whole story.
    if (m_current.model.collinearity >= 0.99)
        m_controls->nudgeCollinearity(-ControlPanel::kCollinearitySteps);
    m_animation->start();
}

void MainWindow::animationStep()
{
    if (!m_controls->nudgeCollinearity(kAnimationStep))
        m_animation->stop(); // reached the end of the slider
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    m_animation->stop();
    AppSettings::setLastState(m_current);
    m_autosave->discard(); // a clean exit: nothing to recover next time
    event->accept();
}

bool MainWindow::saveScreenshot(const QString& path, QString* error)
{
    for (QCustomPlot* plot : plots())
        plot->replot(QCustomPlot::rpImmediateRefresh);
    const QPixmap pixmap = grab();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = tr("%1: cannot write: %2").arg(path, file.errorString());
        return false;
    }
    if (!pixmap.save(&file, "PNG") || !file.commit()) {
        *error = tr("%1: cannot write the PNG: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

bool MainWindow::isDataMode() const
{
    return m_pages->currentWidget() == m_dataView;
}

void MainWindow::openImportDialog()
{
    auto* dialog =
        new QFileDialog(this, tr("Import CSV"), AppSettings::lastDirectory(), tr(kCsvFilter));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString& path) {
        AppSettings::setLastDirectory(QFileInfo(path).absolutePath());
        importCsv(path);
    });
    dialog->open();
}

void MainWindow::importCsv(const QString& path)
{
    m_dataMode->setEstimation(m_current);
    m_dataMode->importFile(path);
}

void MainWindow::enterDataMode(int featureCount)
{
    if (m_presentation)
        setPresentationMode(false);
    m_animation->stop();
    clearPin();
    m_pages->setCurrentWidget(m_dataView);
    m_controls->setDataMode(featureCount);
    m_dock->setWindowTitle(tr("Settings: your data"));
    for (QAction* action : m_simulationOnly)
        action->setEnabled(false);
    m_leaveDataAction->setEnabled(true);
    m_sweepProgress->setToolTip(tr("Bootstrap and cross-validation of your data"));
    m_status->setText(tr("Exploring…"));
    updateNarrative();
    updateTitle();
}

void MainWindow::leaveDataMode()
{
    if (!isDataMode())
        return;
    m_dataMode->leave();
    m_pages->setCurrentWidget(m_simulationPage);
    m_controls->setDataMode(0);
    m_dock->setWindowTitle(tr("Settings"));
    for (QAction* action : m_simulationOnly)
        action->setEnabled(true);
    m_leaveDataAction->setEnabled(false);
    m_sweepProgress->setFormat(tr("sweep %v/%m"));
    m_sweepProgress->setToolTip(tr("The sweep over collinearity fills in point by point"));
    requestRecompute(m_current);
    updateNarrative();
    updateTitle();
}

void MainWindow::showDataProgress(double fraction, const QString& phase)
{
    if (!isDataMode())
        return;
    m_sweepProgress->setRange(0, kProgressSteps);
    if (fraction < 0.0) {
        m_sweepProgress->setFormat(tr("done"));
        m_sweepProgress->setValue(kProgressSteps);
        return;
    }
    m_sweepProgress->setFormat(phase.isEmpty() ? QStringLiteral("%p%") : phase + " %p%");
    m_sweepProgress->setValue(static_cast<int>(fraction * kProgressSteps));
}

} // namespace lev::ui
