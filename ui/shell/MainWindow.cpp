// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#include "shell/MainWindow.h"

#include "help/HelpMenu.h"
#include "io/ProgramVersion.h"
#include "modes/Modes.h"
#include "shell/AppSettings.h"
#include "shell/ExportActions.h"
#include "shell/JobIndicator.h"
#include "shell/ModePage.h"
#include "shell/PresentationMode.h"
#include "shell/SessionAutosave.h"
#include "shell/SessionFileActions.h"
#include "shell/SessionState.h"

#include <QCloseEvent>
#include <QDebug>
#include <QDockWidget>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QStackedWidget>
#include <QStatusBar>
#include <QUndoStack>

namespace lev::ui {

MainWindow::MainWindow(const core::RecomputeSettings& initial, QWidget* parent)
    : QMainWindow(parent), m_state(new SessionState(initial, this)),
      m_autosave(new SessionAutosave(this)), m_sessionFiles(new SessionFileActions(*m_state, this)),
      m_exports(new ExportActions(this, [this]() { return &currentPage(); }))
{
    setObjectName(QStringLiteral("mainWindow"));
    m_askBeforeClosing = qEnvironmentVariableIsEmpty("LEVERSCOPE_NO_CLOSE_PROMPT");

    m_stack = new QStackedWidget;
    m_sides = new QStackedWidget;
    setCentralWidget(m_stack);
    m_dock = new QDockWidget(tr("Settings"), this);
    m_dock->setObjectName(QStringLiteral("settingsDock"));
    m_dock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable);
    m_dock->setWidget(m_sides);
    m_dock->setMinimumWidth(280);
    m_dock->setMaximumWidth(340);
    addDockWidget(Qt::LeftDockWidgetArea, m_dock);
    m_presentation = new PresentationMode(this, m_dock);

    m_status = new QLabel;
    m_status->setObjectName(QStringLiteral("statusLabel"));
    m_jobs = new JobIndicator;
    statusBar()->addWidget(m_status, 1);
    statusBar()->addPermanentWidget(m_jobs);

    m_pages = Modes::create(*m_state, this);
    Q_ASSERT(!m_pages.isEmpty());
    for (ModePage* page : m_pages) {
        m_stack->addWidget(page);
        m_sides->addWidget(page->sidePanel());
        connect(page, &ModePage::captionChanged, this, [this, page]() {
            if (page == &currentPage())
                updateTitle();
        });
        connect(page, &ModePage::statusChanged, this, [this, page](const QString& message) {
            if (page == &currentPage())
                m_status->setText(message);
        });
        connect(page, &ModePage::problemReported, this, &MainWindow::reportProblem);
        connect(page, &ModePage::showRequested, this, [this, page]() { showPage(page); });
        connect(page, &ModePage::leaveRequested, this, [this]() { showPage(m_pages.front()); });
    }
    createMenus();

    connect(m_state, &SessionState::modifiedChanged, this, &MainWindow::updateTitle);
    // Autosave keeps every mode's settings and the mode shown.
    const auto autosave = [this]() { m_autosave->schedule(savedState()); };
    connect(m_state, &SessionState::simulationChanged, this, autosave);
    connect(m_state, &SessionState::designChanged, this, autosave);
    connect(m_state, &SessionState::blackBoxChanged, this, autosave);
    connect(m_state, &SessionState::environmentsChanged, this, autosave);
    connect(m_state, &SessionState::dataChanged, this, autosave);
    connect(m_autosave, &SessionAutosave::saveFailed, this, &MainWindow::reportProblem);
    connect(m_sessionFiles, &SessionFileActions::aboutToOpen, this,
            [this]() { showPage(m_pages.front()); });
    connect(m_sessionFiles, &SessionFileActions::problemReported, this, &MainWindow::reportProblem);
    connect(m_exports, &ExportActions::exported, m_status, &QLabel::setText);
    connect(m_exports, &ExportActions::problemReported, this, &MainWindow::reportProblem);

    m_stack->setCurrentWidget(m_pages.front());
    m_sides->setCurrentWidget(m_pages.front()->sidePanel());
    m_jobs->watch(&m_pages.front()->jobs());
    m_presentation->setPage(m_pages.front());
    m_pages.front()->setShown(true);
    m_autosave->schedule(savedState());
    updateTitle();

    resize(1600, 1000);
}

bool MainWindow::restoreLayout()
{
    if (!restoreGeometry(AppSettings::windowGeometry()))
        return false;
    restoreState(AppSettings::windowState());
    return true;
}

MainWindow::~MainWindow()
{
    // The children outlive this object's own part: nothing they say may reach it any more.
    m_state->disconnect(this);
}

ModePage& MainWindow::currentPage() const
{
    return *static_cast<ModePage*>(m_stack->currentWidget());
}

void MainWindow::showPage(ModePage* page)
{
    ModePage* previous = &currentPage();
    if (page == previous)
        return;
    m_presentation->setPage(page);
    previous->setShown(false);
    m_stack->setCurrentWidget(page);
    m_sides->setCurrentWidget(page->sidePanel());
    m_dock->setWindowTitle(page->sideTitle());
    m_jobs->watch(&page->jobs());
    m_status->clear();
    page->setShown(true);
    updateTitle();
    m_autosave->schedule(savedState());
}

SessionAutosave::State MainWindow::savedState() const
{
    SessionAutosave::State state{m_state->simulation(), m_state->modeSettings()};
    state.modes.shownMode = currentPage().objectName().chopped(int(qstrlen("Page"))).toStdString();
    return state;
}

void MainWindow::restoreModes(const core::SessionFile::ModeSettings& modes)
{
    m_state->replaceModes(modes, QString());
    m_state->undoStack().clear(); // the starting state, not an edit
    // Data mode needs its data again: it is not shown without it.
    const QString shown = QString::fromStdString(modes.shownMode.value_or("simulation"));
    for (ModePage* page : m_pages)
        if (page->objectName() == shown + QLatin1String("Page") && shown != QLatin1String("data"))
            showPage(page);
}

QList<QCustomPlot*> MainWindow::plots() const
{
    return currentPage().plots();
}

QString MainWindow::narrativeText() const
{
    return currentPage().narrativeText();
}

void MainWindow::createMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    m_sessionFiles->addTo(file);
    file->addSeparator();
    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    QMenu* view = menuBar()->addMenu(tr("&View"));
    QMenu* help = HelpMenu::install(this, m_pages);
    for (ModePage* page : m_pages)
        page->addActions({menuBar(), file, view});
    file->addSeparator();
    m_exports->addTo(file);
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QAction* undo = m_state->undoStack().createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction* redo = m_state->undoStack().createRedoAction(this, tr("&Redo"));
    // Each key once: QKeySequence::Redo is Ctrl+Shift+Z on Linux and Ctrl+Y on Windows, and a key
    // bound twice is an ambiguous shortcut that does nothing.
    redo->setShortcuts(
        {QKeySequence(Qt::CTRL | Qt::Key_Y), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z)});
    edit->addAction(undo);
    edit->addAction(redo);

    m_presentation->addViewActions(view);
    help->addAction(tr("&About Leverscope"), this, &MainWindow::showAbout);
}

bool MainWindow::openSession(const QString& path, QString* error)
{
    return m_sessionFiles->openSession(path, error);
}

bool MainWindow::saveSession(const QString& path, QString* error)
{
    return m_sessionFiles->saveSession(path, error);
}

void MainWindow::setPresentationMode(bool on)
{
    m_presentation->setOn(on);
}

bool MainWindow::isPresentationMode() const
{
    return m_presentation->isOn();
}

bool MainWindow::saveScreenshot(const QString& path, QString* error)
{
    return m_exports->saveScreenshot(path, error);
}

void MainWindow::updateTitle()
{
    // [*] shows the unsaved changes (setWindowModified).
    const QString path = m_state->sessionPath();
    const QString caption = currentPage().caption();
    setWindowTitle(path.isEmpty()
                       ? tr("Leverscope — %1[*]").arg(caption)
                       : tr("%1[*] — Leverscope — %2").arg(QFileInfo(path).fileName(), caption));
    setWindowModified(m_state->isModified());
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
                                tr("<b>Leverscope %1</b><br>Leverscope shows why predicting well "
                                   "is not knowing the levers.<br>Held-out R² stays flat while "
                                   "the weights explode; with a confounder only an experiment "
                                   "finds the levers.<br><br>Free software under the GNU General "
                                   "Public License, version 3 or later.")
                                    .arg(core::ProgramVersion::number()),
                                QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("aboutBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void MainWindow::askAboutUnsavedChanges()
{
    auto* box =
        new QMessageBox(QMessageBox::Question, tr("Leverscope"),
                        tr("The session has unsaved changes. Save them before closing?"),
                        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("unsavedChangesBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, box]() {
        const auto choice = box->standardButton(box->clickedButton());
        if (choice == QMessageBox::Discard) {
            m_closeConfirmed = true;
            close();
        } else if (choice == QMessageBox::Save) {
            // Closes once the session is written; a failed or cancelled save keeps the window.
            auto* once = new QObject(this);
            connect(m_sessionFiles, &SessionFileActions::saved, once, [this, once]() {
                once->deleteLater();
                close();
            });
            connect(m_sessionFiles, &SessionFileActions::saveCancelled, once,
                    [once]() { once->deleteLater(); });
            connect(m_sessionFiles, &SessionFileActions::problemReported, once,
                    [once]() { once->deleteLater(); });
            m_sessionFiles->save(false);
        }
    });
    box->open(); // the close waits for the answer without blocking the event loop
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (m_askBeforeClosing && !m_closeConfirmed && m_state->isModified()) {
        event->ignore();
        askAboutUnsavedChanges();
        return;
    }
    m_closeConfirmed = false;
    setPresentationMode(false);
    currentPage().setShown(false);
    // The window is going away: a settings file that cannot be written is said on stderr.
    QString error;
    if (!AppSettings::setLastState(m_state->simulation(), &error) ||
        !SessionAutosave::rememberLastState(savedState(), &error) ||
        !AppSettings::setWindowLayout(saveGeometry(), saveState(), &error))
        qWarning().noquote() << error;
    m_autosave->discard(); // a clean exit: nothing to recover next time
    event->accept();
}

} // namespace lev::ui
