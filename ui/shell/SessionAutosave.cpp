// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#include "shell/SessionAutosave.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

namespace lev::ui {

namespace {

QString dataFile(const char* name)
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(folder).filePath(QLatin1String(name));
}

} // namespace

SessionAutosave::SessionAutosave(QObject* parent) : QObject(parent)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(kDelayMs);
    connect(&m_timer, &QTimer::timeout, this, &SessionAutosave::flush);
}

QString SessionAutosave::path()
{
    return dataFile("autosave.leverscope");
}

QString SessionAutosave::lastStatePath()
{
    return dataFile("last-state.leverscope");
}

void SessionAutosave::schedule(const State& state)
{
    m_pending = state;
    m_pending->simulation.sweep.clear();
    m_timer.start();
}

bool SessionAutosave::write(const QString& file, const State& state, QString* error)
{
    const QString folder = QFileInfo(file).absolutePath();
    if (!QDir().mkpath(folder)) {
        *error = tr("cannot create the folder %1").arg(QDir::toNativeSeparators(folder));
        return false;
    }
    core::RecomputeSettings simulation = state.simulation;
    simulation.sweep.clear();
    return core::SessionFile::write(file, simulation, state.modes, error);
}

void SessionAutosave::flush()
{
    m_timer.stop();
    if (!m_pending)
        return;
    QString error;
    // A failed write leaves the previous autosave as it was (SessionFile writes atomically).
    if (!write(path(), *m_pending, &error))
        emit saveFailed(tr("Autosave failed: %1").arg(error));
    m_pending.reset();
}

void SessionAutosave::discard()
{
    m_timer.stop();
    m_pending.reset();
    QFile::remove(path());
}

std::optional<SessionAutosave::State> SessionAutosave::read(const QString& file, QString* problem)
{
    if (!QFile::exists(file))
        return std::nullopt;
    State state;
    QString error;
    if (!core::SessionFile::read(file, &state.simulation, &state.modes, &error)) {
        if (problem) // unreadable (e.g. damaged, or a newer version's): start afresh
            *problem = error;
        return std::nullopt;
    }
    return state;
}

std::optional<SessionAutosave::State> SessionAutosave::recover(QString* problem)
{
    return read(path(), problem);
}

bool SessionAutosave::rememberLastState(const State& state, QString* error)
{
    return write(lastStatePath(), state, error);
}

std::optional<SessionAutosave::State> SessionAutosave::lastState(QString* problem)
{
    return read(lastStatePath(), problem);
}

} // namespace lev::ui
