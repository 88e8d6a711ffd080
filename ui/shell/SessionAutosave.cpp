// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#include "shell/SessionAutosave.h"

#include "io/SessionFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

namespace lev::ui {

SessionAutosave::SessionAutosave(QObject* parent) : QObject(parent)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(kDelayMs);
    connect(&m_timer, &QTimer::timeout, this, &SessionAutosave::flush);
}

QString SessionAutosave::path()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(folder).filePath(QStringLiteral("autosave.leverscope"));
}

void SessionAutosave::schedule(const core::RecomputeSettings& settings)
{
    m_pending = settings;
    m_pending->sweep.clear();
    m_timer.start();
}

void SessionAutosave::flush()
{
    m_timer.stop();
    if (!m_pending)
        return;
    const QString file = path();
    const QString folder = QFileInfo(file).absolutePath();
    QString error;
    bool saved = QDir().mkpath(folder);
    if (!saved)
        error = tr("cannot create the folder %1").arg(QDir::toNativeSeparators(folder));
    else
        saved = core::SessionFile::write(file, *m_pending, &error);
    // A failed write leaves the previous autosave as it was (SessionFile writes atomically).
    if (!saved)
        emit saveFailed(tr("Autosave failed: %1").arg(error));
    m_pending.reset();
}

void SessionAutosave::discard()
{
    m_timer.stop();
    m_pending.reset();
    QFile::remove(path());
}

std::optional<core::RecomputeSettings> SessionAutosave::recover()
{
    if (!QFile::exists(path()))
        return std::nullopt;
    core::RecomputeSettings settings;
    QString error;
    if (!core::SessionFile::read(path(), &settings, &error))
        return std::nullopt; // unreadable (e.g. a newer version's): start afresh
    return settings;
}

} // namespace lev::ui
