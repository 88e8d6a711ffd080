// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#include "io/SessionFile.h"

#include "io/AtomicWriter.h"
#include "io/BlackBoxSettingsJson.h"
#include "io/DataDiagnosticsJson.h"
#include "io/DesignSettingsJson.h"
#include "io/InputFile.h"
#include "io/ProgramVersion.h"
#include "io/SettingsJson.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>
#include <new>

namespace lev::core {

namespace {

const char* const kFormat = "leverscope-session";

// QJsonParseError gives a byte offset; people count lines and columns.
QString lineAndColumn(const QByteArray& text, int offset)
{
    int line = 1;
    int column = 1;
    for (int i = 0; i < offset && i < text.size(); ++i) {
        if (text[i] == '\n') {
            ++line;
            column = 1;
        } else {
            ++column;
        }
    }
    return QStringLiteral("%1:%2").arg(line).arg(column);
}

} // namespace

bool SessionFile::parse(const QByteArray& text, const QString& source, RecomputeSettings* settings,
                        QString* error)
{
    ModeSettings modes;
    return parse(text, source, settings, &modes, error);
}

bool SessionFile::parse(const QByteArray& text, const QString& source, RecomputeSettings* settings,
                        ModeSettings* modes, QString* error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(text, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = QStringLiteral("%1:%2: not valid JSON: %3")
                     .arg(source, lineAndColumn(text, parseError.offset), parseError.errorString());
        return false;
    }
    if (!document.isObject()) {
        *error = QStringLiteral("%1: a session must be a JSON object").arg(source);
        return false;
    }
    const QJsonObject root = document.object();
    if (root.value("format").toString() != QLatin1String(kFormat)) {
        *error = QStringLiteral("%1: field 'format' must be \"%2\": not a Leverscope session")
                     .arg(source, QLatin1String(kFormat));
        return false;
    }
    // Compared as a double: a huge version (1e30) must not be converted to int first.
    const QJsonValue version = root.value("version");
    const double number = version.isDouble() ? version.toDouble() : 0.0;
    if (!(number >= 1.0) || number != std::floor(number)) {
        *error = QStringLiteral("%1: field 'version' must be a whole number >= 1").arg(source);
        return false;
    }
    if (number > kVersion) {
        *error = QStringLiteral("%1: field 'version': version %2 is newer than this Leverscope "
                                "reads (%3); please update Leverscope")
                     .arg(source)
                     .arg(number, 0, 'g', 15)
                     .arg(kVersion);
        return false;
    }
    for (auto it = root.begin(); it != root.end(); ++it) {
        if (it.key() != "format" && it.key() != "version" && it.key() != "settings" &&
            it.key() != "writer" && it.key() != "design" && it.key() != "blackbox" &&
            it.key() != "data") {
            *error = QStringLiteral("%1: field '%2': unknown field")
                         .arg(source, SettingsJson::printable(it.key()));
            return false;
        }
    }
    // Which program wrote the file: informative only, older files have none.
    if (root.contains("writer") && !root.value("writer").isString()) {
        *error = QStringLiteral("%1: field 'writer' must be a string").arg(source);
        return false;
    }
    if (!root.value("settings").isObject()) {
        *error = QStringLiteral("%1: field 'settings' must be an object").arg(source);
        return false;
    }
    QString problem;
    if (!SettingsJson::fromJson(root.value("settings").toObject(), QStringLiteral("settings"),
                                settings, &problem)) {
        *error = QStringLiteral("%1: field %2").arg(source, problem);
        return false;
    }
    ModeSettings read;
    if (root.contains("design")) {
        if (!root.value("design").isObject()) {
            *error = QStringLiteral("%1: field 'design' must be an object").arg(source);
            return false;
        }
        DesignSettings value;
        if (!DesignSettingsJson::fromJson(root.value("design").toObject(), QStringLiteral("design"),
                                          &value, &problem)) {
            *error = QStringLiteral("%1: field %2").arg(source, problem);
            return false;
        }
        read.design = value;
    }
    if (root.contains("blackbox")) {
        if (!root.value("blackbox").isObject()) {
            *error = QStringLiteral("%1: field 'blackbox' must be an object").arg(source);
            return false;
        }
        BlackBoxSettings value;
        if (!BlackBoxSettingsJson::fromJson(root.value("blackbox").toObject(),
                                            QStringLiteral("blackbox"), &value, &problem)) {
            *error = QStringLiteral("%1: field %2").arg(source, problem);
            return false;
        }
        read.blackBox = value;
    }
    if (root.contains("data")) {
        if (!root.value("data").isObject()) {
            *error = QStringLiteral("%1: field 'data' must be an object").arg(source);
            return false;
        }
        DataDiagnosticsSettings value;
        if (!DataDiagnosticsJson::fromJson(root.value("data").toObject(), QStringLiteral("data"),
                                           &value, &problem)) {
            *error = QStringLiteral("%1: field %2").arg(source, problem);
            return false;
        }
        read.dataDiagnostics = value;
    }
    *modes = read;
    return true;
}

QByteArray SessionFile::serialize(const RecomputeSettings& settings)
{
    return serialize(settings, ModeSettings{});
}

QByteArray SessionFile::serialize(const RecomputeSettings& settings, const ModeSettings& modes)
{
    QJsonObject root;
    root["format"] = QLatin1String(kFormat);
    root["version"] = kVersion;
    root["writer"] = ProgramVersion::writer();
    root["settings"] = SettingsJson::toJson(settings);
    if (modes.design)
        root["design"] = DesignSettingsJson::toJson(*modes.design);
    if (modes.blackBox)
        root["blackbox"] = BlackBoxSettingsJson::toJson(*modes.blackBox);
    if (modes.dataDiagnostics)
        root["data"] = DataDiagnosticsJson::toJson(*modes.dataDiagnostics);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

bool SessionFile::read(const QString& path, RecomputeSettings* settings, QString* error)
{
    ModeSettings modes;
    return read(path, settings, &modes, error);
}

bool SessionFile::read(const QString& path, RecomputeSettings* settings, ModeSettings* modes,
                       QString* error)
{
    InputFile file(QFile::encodeName(path).toStdString(), static_cast<std::size_t>(kMaxBytes),
                   "a session");
    if (!file.read()) {
        *error = QString::fromStdString(file.errorString());
        return false;
    }
    try {
        return parse(QByteArray::fromStdString(file.data()), path, settings, modes, error);
    } catch (const std::bad_alloc&) {
        *error = QStringLiteral("%1: not enough memory to read the session").arg(path);
        return false;
    }
}

bool SessionFile::write(const QString& path, const RecomputeSettings& settings, QString* error)
{
    return write(path, settings, ModeSettings{}, error);
}

bool SessionFile::write(const QString& path, const RecomputeSettings& settings,
                        const ModeSettings& modes, QString* error)
{
    return AtomicWriter::write(path, serialize(settings, modes), error);
}

} // namespace lev::core
