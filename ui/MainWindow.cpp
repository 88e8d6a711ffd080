#include "MainWindow.h"

#include "ControlPanel.h"
#include "EffectLinesPlot.h"
#include "HeatmapPlot.h"
#include "PlotStyle.h"
#include "ScatterPlot.h"
#include "ScoreboardPlot.h"
#include "SpectrumPlot.h"
#include "SweepPlot.h"
#include "WeightsPlot.h"
#include "analysis/Narrative.h"

#include <QApplication>
#include <QDockWidget>
#include <QGridLayout>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QSaveFile>
#include <QScrollArea>
#include <QStatusBar>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace lev::ui {

MainWindow::MainWindow(const core::RecomputeSettings& initial, QWidget* parent)
    : QMainWindow(parent), m_controller(new RecomputeController(this))
{
    setObjectName(QStringLiteral("mainWindow"));

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
    auto* dock = new QDockWidget(tr("Settings"), this);
    dock->setObjectName(QStringLiteral("settingsDock"));
    dock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable);
    dock->setWidget(scroll);
    dock->setMinimumWidth(280);
    dock->setMaximumWidth(340);
    addDockWidget(Qt::LeftDockWidgetArea, dock);

    m_spectrum = new SpectrumPlot;
    m_weights = new WeightsPlot;
    m_scoreboard = new ScoreboardPlot;
    m_sweep = new SweepPlot;
    m_scatter = new ScatterPlot;
    m_heatmap = new HeatmapPlot;
    m_effects = new EffectLinesPlot;

    // Two rows of four: the forward/inverse story on top, the geometry below.
    auto* central = new QWidget;
    auto* grid = new QGridLayout(central);
    grid->setContentsMargins(4, 4, 4, 4);
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
    setCentralWidget(central);

    m_status = new QLabel;
    m_status->setObjectName(QStringLiteral("statusLabel"));
    m_sweepProgress = new QProgressBar;
    m_sweepProgress->setObjectName(QStringLiteral("sweepProgress"));
    m_sweepProgress->setMaximumWidth(200);
    m_sweepProgress->setFormat(tr("sweep %v/%m"));
    m_sweepProgress->setToolTip(tr("The sweep over collinearity fills in point by point"));
    statusBar()->addWidget(m_status, 1);
    statusBar()->addPermanentWidget(m_sweepProgress);

    createMenus();

    connect(m_controls, &ControlPanel::settingsChanged, this, &MainWindow::requestRecompute);
    connect(m_controller, &RecomputeController::resultReady, this, &MainWindow::showResult);
    connect(m_controller, &RecomputeController::sweepUpdated, this, &MainWindow::showSweep);
    connect(m_controller, &RecomputeController::busyChanged, this, [this](bool busy) {
        if (busy)
            m_status->setText(tr("Computing…"));
    });

    m_controls->setSettings(initial);
    requestRecompute(m_controls->settings());
    resize(1600, 1000);
}

MainWindow::~MainWindow() = default;

QList<QCustomPlot*> MainWindow::plots() const
{
    return {m_spectrum, m_weights, m_scoreboard, m_sweep, m_scatter, m_heatmap, m_effects};
}

QString MainWindow::narrativeText() const
{
    return m_narrative->toPlainText();
}

void MainWindow::createMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu* view = menuBar()->addMenu(tr("&View"));
    QAction* focusGenerator = view->addAction(tr("Choose &generator"));
    focusGenerator->setShortcut(QKeySequence(tr("Ctrl+G")));
    connect(focusGenerator, &QAction::triggered, this, [this]() {
        if (auto* combo = m_controls->findChild<QWidget*>(QStringLiteral("generatorCombo")))
            combo->setFocus(Qt::ShortcutFocusReason);
    });
    QAction* focusSlider = view->addAction(tr("&Collinearity slider"));
    focusSlider->setShortcut(QKeySequence(tr("Ctrl+L")));
    connect(focusSlider, &QAction::triggered, this, [this]() {
        if (auto* slider = m_controls->findChild<QWidget*>(QStringLiteral("collinearitySlider")))
            slider->setFocus(Qt::ShortcutFocusReason);
    });

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Leverscope"), this, &MainWindow::showAbout);
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
    box->open(); // not modal to the event loop: recomputes go on
}

void MainWindow::requestRecompute(const core::RecomputeSettings& settings)
{
    core::RecomputeSettings withSweep = settings;
    withSweep.sweep = core::RecomputeSettings::defaultSweepGrid();
    updateTitle(withSweep);
    m_controller->request(withSweep);
}

void MainWindow::updateTitle(const core::RecomputeSettings& s)
{
    setWindowTitle(tr("Leverscope — %1, c = %2")
                       .arg(QString::fromStdString(core::generatorName(s.model.generator)))
                       .arg(s.model.collinearity, 0, 'f', 3));
}

void MainWindow::showResult(const RecomputeController::ResultPointer& result)
{
    m_spectrum->showResult(*result);
    m_weights->showResult(*result);
    m_scoreboard->showResult(*result);
    m_sweep->showResult(*result);
    m_scatter->showResult(*result);
    m_heatmap->showResult(*result);
    m_effects->showResult(*result);
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
    const auto result = m_controller->latestResult();
    if (!result)
        return;
    const auto sentences = core::Narrative::describe(*result, m_controller->sweep());
    QString html = QStringLiteral("<ul style='margin-left:-20px'>");
    for (const std::string& sentence : sentences)
        html += QStringLiteral("<li>%1</li>").arg(QString::fromStdString(sentence).toHtmlEscaped());
    html += QStringLiteral("</ul>");
    m_narrative->setHtml(html);
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

} // namespace lev::ui
