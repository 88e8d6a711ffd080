// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#include "shell/AppSettings.h"

#include "io/AtomicWriter.h"
#include "io/SessionFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>
#include <QStandardPaths>

namespace lev::ui {

namespace {

const char* const kFormat = "leverscope-settings";
constexpr int kVersion = 1;
constexpr qint64 kMaxBytes = 1 << 20;

const char* const kRecent = "recentSessions";
const char* const kLastState = "lastState";
const char* const kLastDirectory = "lastDirectory";
const char* const kWindowGeometry = "windowGeometry";
const char* const kWindowState = "windowState";
const char* const kTextSizeStep = "textSizeStep";
const char* const kHighContrast = "highContrast";

/// The preferences of versions that kept them in QSettings, read once when settings.json does
/// not exist yet (nothing is written back there).
QJsonObject legacySettings()
{
    const QSettings legacy;
    QJsonObject root;
    if (legacy.contains("sessions/recent"))
        root[kRecent] = QJsonArray::fromStringList(legacy.value("sessions/recent").toStringList());
    const QJsonDocument state =
        QJsonDocument::fromJson(legacy.value("sessions/lastState").toByteArray());
    if (state.isObject())
        root[kLastState] = state.object();
    if (legacy.contains("files/lastDirectory"))
        root[kLastDirectory] = legacy.value("files/lastDirectory").toString();
    return root;
}

/// The settings file's contents; an unreadable or foreign file counts as empty (the defaults).
QJsonObject load()
{
    QFile file(AppSettings::path());
    if (!file.exists())
        return legacySettings();
    if (!file.open(QIODevice::ReadOnly) || file.size() > kMaxBytes)
        return {};
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll());
    const QJsonObject root = document.object();
    if (root.value("format").toString() != QLatin1String(kFormat))
        return {};
    return root;
}

bool store(QJsonObject root, QString* error)
{
    root["format"] = QLatin1String(kFormat);
    root["version"] = kVersion;
    const QString file = AppSettings::path();
    QString problem;
    if (!QDir().mkpath(QFileInfo(file).absolutePath()))
        problem = QStringLiteral("cannot create the folder %1")
                      .arg(QDir::toNativeSeparators(QFileInfo(file).absolutePath()));
    else if (core::AtomicWriter::write(file, QJsonDocument(root).toJson(QJsonDocument::Indented),
                                       &problem))
        return true;
    if (error)
        *error = QStringLiteral("Settings not saved: %1").arg(problem);
    return false;
}

} // namespace

QString AppSettings::path()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation);
    return QDir(folder).filePath(QStringLiteral("settings.json"));
}

QStringList AppSettings::recentSessions()
{
    QStringList recent;
    for (const QJsonValue& value : load().value(kRecent).toArray())
        if (value.isString())
            recent.append(value.toString());
    return recent;
}

bool AppSettings::addRecentSession(const QString& path, QString* error)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList recent = recentSessions();
    recent.removeAll(absolute);
    recent.prepend(absolute);
    while (recent.size() > kMaxRecentSessions)
        recent.removeLast();
    QJsonObject root = load();
    root[kRecent] = QJsonArray::fromStringList(recent);
    return store(root, error);
}

bool AppSettings::removeRecentSession(const QString& path, QString* error)
{
    QStringList recent = recentSessions();
    recent.removeAll(QFileInfo(path).absoluteFilePath());
    QJsonObject root = load();
    root[kRecent] = QJsonArray::fromStringList(recent);
    return store(root, error);
}

std::optional<core::RecomputeSettings> AppSettings::lastState()
{
    const QJsonValue value = load().value(kLastState);
    if (!value.isObject())
        return std::nullopt;
    core::RecomputeSettings settings;
    QString error;
    if (!core::SessionFile::parse(QJsonDocument(value.toObject()).toJson(),
                                  QStringLiteral("saved state"), &settings, &error))
        return std::nullopt; // e.g. written by a newer version: start from the defaults
    return settings;
}

bool AppSettings::setLastState(const core::RecomputeSettings& settings, QString* error)
{
    core::RecomputeSettings state = settings;
    state.sweep.clear();
    QJsonObject root = load();
    root[kLastState] = QJsonDocument::fromJson(core::SessionFile::serialize(state)).object();
    return store(root, error);
}

QString AppSettings::lastDirectory()
{
    const QJsonValue value = load().value(kLastDirectory);
    return value.isString() ? value.toString() : QDir::homePath();
}

bool AppSettings::setLastDirectory(const QString& directory, QString* error)
{
    QJsonObject root = load();
    root[kLastDirectory] = directory;
    return store(root, error);
}

QByteArray AppSettings::windowGeometry()
{
    return QByteArray::fromBase64(load().value(kWindowGeometry).toString().toLatin1());
}

QByteArray AppSettings::windowState()
{
    return QByteArray::fromBase64(load().value(kWindowState).toString().toLatin1());
}

bool AppSettings::setWindowLayout(const QByteArray& geometry, const QByteArray& state,
                                  QString* error)
{
    QJsonObject root = load();
    root[kWindowGeometry] = QString::fromLatin1(geometry.toBase64());
    root[kWindowState] = QString::fromLatin1(state.toBase64());
    return store(root, error);
}

int AppSettings::textSizeStep()
{
    return load().value(kTextSizeStep).toInt(0); // anything but a whole number: the default
}

bool AppSettings::setTextSizeStep(int step, QString* error)
{
    QJsonObject root = load();
    root[kTextSizeStep] = step;
    return store(root, error);
}

bool AppSettings::highContrast()
{
    return load().value(kHighContrast).toBool(false);
}

bool AppSettings::setHighContrast(bool on, QString* error)
{
    QJsonObject root = load();
    root[kHighContrast] = on;
    return store(root, error);
}

} // namespace lev::ui
