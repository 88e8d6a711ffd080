// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#include "shell/SessionFileActions.h"

#include "io/SessionFile.h"
#include "shell/AppSettings.h"
#include "shell/SessionState.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>

namespace lev::ui {

namespace {
const char* const kSessionFilter =
    QT_TRANSLATE_NOOP("lev::ui::SessionFileActions", "Leverscope sessions (*.leverscope);;All "
                                                     "files (*)");
} // namespace

SessionFileActions::SessionFileActions(SessionState& state, QWidget* window)
    : QObject(window), m_state(state), m_window(window)
{
}

void SessionFileActions::addTo(QMenu* file)
{
    QAction* open = file->addAction(tr("&Open Session…"), this, &SessionFileActions::openDialog);
    open->setShortcut(QKeySequence::Open);
    m_recent = file->addMenu(tr("Open &Recent"));
    connect(m_recent, &QMenu::aboutToShow, this, &SessionFileActions::updateRecentMenu);
    QAction* save = file->addAction(tr("&Save Session"), this, [this]() { this->save(false); });
    save->setShortcut(QKeySequence::Save);
    QAction* saveAs =
        file->addAction(tr("Save Session &As…"), this, [this]() { this->save(true); });
    saveAs->setShortcut(QKeySequence::SaveAs);
}

bool SessionFileActions::openSession(const QString& path, QString* error)
{
    core::RecomputeSettings settings;
    core::SessionFile::ModeSettings modes;
    if (!core::SessionFile::read(path, &settings, &modes, error))
        return false;
    emit aboutToOpen();
    const QString what = tr("Open %1").arg(QFileInfo(path).fileName());
    m_state.replaceSimulation(settings, what);
    m_state.replaceModes(modes, what);
    m_state.markSaved(path);
    rememberSetting(AppSettings::addRecentSession(path, &m_settingsError));
    return true;
}

bool SessionFileActions::saveSession(const QString& path, QString* error)
{
    if (!core::SessionFile::write(path, m_state.simulation(), m_state.modeSettings(), error))
        return false; // the state stays modified
    m_state.markSaved(path);
    rememberSetting(AppSettings::addRecentSession(path, &m_settingsError));
    emit saved();
    return true;
}

void SessionFileActions::save(bool askForName)
{
    if (!askForName && !m_state.sessionPath().isEmpty()) {
        QString error;
        if (!saveSession(m_state.sessionPath(), &error))
            emit problemReported(error);
        return;
    }
    auto* dialog = new QFileDialog(m_window, tr("Save Session"), AppSettings::lastDirectory(),
                                   tr(kSessionFilter));
    dialog->setObjectName(QStringLiteral("saveSessionDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("leverscope"));
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString& path) {
        rememberSetting(
            AppSettings::setLastDirectory(QFileInfo(path).absolutePath(), &m_settingsError));
        QString error;
        if (!saveSession(path, &error))
            emit problemReported(error);
    });
    connect(dialog, &QFileDialog::rejected, this, &SessionFileActions::saveCancelled);
    dialog->open();
}

void SessionFileActions::openDialog()
{
    auto* dialog = new QFileDialog(m_window, tr("Open Session"), AppSettings::lastDirectory(),
                                   tr(kSessionFilter));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString& path) {
        rememberSetting(
            AppSettings::setLastDirectory(QFileInfo(path).absolutePath(), &m_settingsError));
        QString error;
        if (!openSession(path, &error))
            emit problemReported(error);
    });
    dialog->open();
}

void SessionFileActions::rememberSetting(bool written)
{
    if (!written)
        emit problemReported(m_settingsError);
}

void SessionFileActions::updateRecentMenu()
{
    m_recent->clear();
    const QStringList recent = AppSettings::recentSessions();
    for (const QString& path : recent) {
        m_recent
            ->addAction(QFileInfo(path).fileName(), this,
                        [this, path]() {
                            QString error;
                            if (!openSession(path, &error)) {
                                rememberSetting(
                                    AppSettings::removeRecentSession(path, &m_settingsError));
                                emit problemReported(error);
                            }
                        })
            ->setToolTip(path);
    }
    if (recent.isEmpty())
        m_recent->addAction(tr("(no recent sessions)"))->setEnabled(false);
}

} // namespace lev::ui
