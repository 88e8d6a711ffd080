// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#include "shell/AppSettings.h"

#include "io/SessionFile.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>

namespace lev::ui {

namespace {
const char* const kRecent = "sessions/recent";
const char* const kLastState = "sessions/lastState";
const char* const kLastDirectory = "files/lastDirectory";
const char* const kWindowGeometry = "window/geometry";
const char* const kWindowState = "window/state";
} // namespace

QStringList AppSettings::recentSessions()
{
    return QSettings().value(kRecent).toStringList();
}

void AppSettings::addRecentSession(const QString& path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList recent = recentSessions();
    recent.removeAll(absolute);
    recent.prepend(absolute);
    while (recent.size() > kMaxRecentSessions)
        recent.removeLast();
    QSettings().setValue(kRecent, recent);
}

void AppSettings::removeRecentSession(const QString& path)
{
    QStringList recent = recentSessions();
    recent.removeAll(QFileInfo(path).absoluteFilePath());
    QSettings().setValue(kRecent, recent);
}

std::optional<core::RecomputeSettings> AppSettings::lastState()
{
    const QByteArray text = QSettings().value(kLastState).toByteArray();
    if (text.isEmpty())
        return std::nullopt;
    core::RecomputeSettings settings;
    QString error;
    if (!core::SessionFile::parse(text, QStringLiteral("saved state"), &settings, &error))
        return std::nullopt; // e.g. written by a newer version: start from the defaults
    return settings;
}

void AppSettings::setLastState(const core::RecomputeSettings& settings)
{
    core::RecomputeSettings state = settings;
    state.sweep.clear();
    QSettings().setValue(kLastState, core::SessionFile::serialize(state));
}

QString AppSettings::lastDirectory()
{
    return QSettings().value(kLastDirectory, QDir::homePath()).toString();
}

void AppSettings::setLastDirectory(const QString& directory)
{
    QSettings().setValue(kLastDirectory, directory);
}

QByteArray AppSettings::windowGeometry()
{
    return QSettings().value(kWindowGeometry).toByteArray();
}

QByteArray AppSettings::windowState()
{
    return QSettings().value(kWindowState).toByteArray();
}

void AppSettings::setWindowLayout(const QByteArray& geometry, const QByteArray& state)
{
    QSettings settings;
    settings.setValue(kWindowGeometry, geometry);
    settings.setValue(kWindowState, state);
}

} // namespace lev::ui
