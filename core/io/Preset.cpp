// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#include "io/Preset.h"

#include "io/SessionFile.h"
#include "io/SettingsJson.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

namespace lev::core {

namespace {

const char* const kPresetFolder = ":/presets";

bool readDocuments(std::vector<std::pair<QString, QJsonObject>>* documents, QString* error)
{
    const QDir folder(QString::fromLatin1(kPresetFolder));
    const QStringList names = folder.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    if (names.isEmpty()) {
        *error = QStringLiteral("no presets are bundled in %1").arg(kPresetFolder);
        return false;
    }
    for (const QString& name : names) {
        QFile file(folder.filePath(name));
        if (!file.open(QIODevice::ReadOnly)) {
            *error = QStringLiteral("%1: cannot open").arg(file.fileName());
            return false;
        }
        // Bounded like a session: a preset is one settings value and its story.
        const QByteArray text = file.read(SessionFile::kMaxBytes + 1);
        if (text.size() > SessionFile::kMaxBytes) {
            *error = QStringLiteral("%1: too large for a preset (more than %2 bytes)")
                         .arg(file.fileName())
                         .arg(SessionFile::kMaxBytes);
            return false;
        }
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(text, &parseError);
        if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
            *error = QStringLiteral("%1: not a JSON object: %2")
                         .arg(file.fileName(), parseError.errorString());
            return false;
        }
        documents->emplace_back(file.fileName(), document.object());
    }
    return true;
}

/// The preset's mode: "simulation" when absent; false and `error` when not a non-empty string.
bool modeOf(const QString& source, const QJsonObject& object, QString* mode, QString* error)
{
    const QJsonValue value = object.value("mode");
    *mode = value.isUndefined() ? QStringLiteral("simulation") : value.toString();
    if (mode->isEmpty()) {
        *error = QStringLiteral("%1: field 'mode' must be the name of a mode").arg(source);
        return false;
    }
    return true;
}

bool presetFrom(const QString& source, const QJsonObject& object, Preset* preset, QString* error)
{
    preset->id = object.value("id").toString();
    preset->title = object.value("title").toString();
    if (preset->id.isEmpty() || preset->title.isEmpty()) {
        *error =
            QStringLiteral("%1: fields 'id' and 'title' must be non-empty strings").arg(source);
        return false;
    }
    const QJsonValue mode = object.value("mode");
    preset->mode = mode.isUndefined() ? QStringLiteral("simulation") : mode.toString();
    if (!Preset::modeNames().contains(preset->mode)) {
        *error = QStringLiteral("%1: field 'mode' must be one of %2")
                     .arg(source, Preset::modeNames().join(QStringLiteral(", ")));
        return false;
    }
    const bool simulation = preset->mode == QLatin1String("simulation");
    preset->modeSettings = simulation ? QJsonObject() : object.value(preset->mode).toObject();
    const QJsonArray story = object.value("story").toArray();
    preset->story.clear();
    for (const QJsonValue& sentence : story)
        preset->story << sentence.toString();
    if (story.size() < 3 || story.size() > 5 || preset->story.contains(QString())) {
        *error = QStringLiteral("%1: field 'story' must hold three to five sentences").arg(source);
        return false;
    }
    preset->presentation.clear();
    const QJsonValue plots = object.value("presentation");
    for (const QJsonValue& name : plots.toArray())
        preset->presentation << name.toString();
    if (plots.isUndefined())
        preset->presentation = {QStringLiteral("weights"), QStringLiteral("scoreboard"),
                                QStringLiteral("sweep")};
    for (const QString& name : preset->presentation) {
        // Another mode's plots have names of their own, which that mode checks.
        if (simulation && !Preset::plotNames().contains(name)) {
            *error =
                QStringLiteral("%1: field 'presentation' names an unknown plot '%2' (known: %3)")
                    .arg(source, name, Preset::plotNames().join(QStringLiteral(", ")));
            return false;
        }
    }
    if (preset->presentation.isEmpty() || preset->presentation.size() > 4 ||
        !(plots.isUndefined() || plots.isArray())) {
        *error = QStringLiteral("%1: field 'presentation' must list one to four plots").arg(source);
        return false;
    }
    QString problem;
    if (!SettingsJson::fromJson(object.value("settings").toObject(), QStringLiteral("settings"),
                                &preset->settings, &problem)) {
        *error = QStringLiteral("%1: field %2").arg(source, problem);
        return false;
    }
    const int feature = object.value("conditioning_feature").toInt(1);
    if (feature < 1 || feature > preset->settings.model.features) {
        *error = QStringLiteral("%1: field 'conditioning_feature' must be a feature number from 1 "
                                "to %2")
                     .arg(source)
                     .arg(preset->settings.model.features);
        return false;
    }
    preset->conditioningFeature = feature - 1;
    return true;
}

} // namespace

const QStringList& Preset::plotNames()
{
    static const QStringList names = {QStringLiteral("spectrum"),   QStringLiteral("weights"),
                                      QStringLiteral("scoreboard"), QStringLiteral("sweep"),
                                      QStringLiteral("scatter"),    QStringLiteral("heatmap"),
                                      QStringLiteral("effect"),     QStringLiteral("graph")};
    return names;
}

const QStringList& Preset::modeNames()
{
    static const QStringList names = {QStringLiteral("simulation"), QStringLiteral("design"),
                                      QStringLiteral("blackbox"), QStringLiteral("environments")};
    return names;
}

bool Preset::loadAll(std::vector<Preset>* presets, QString* error)
{
    return loadAll(QStringLiteral("simulation"), presets, error);
}

bool Preset::loadAll(const QString& mode, std::vector<Preset>* presets, QString* error)
{
    std::vector<std::pair<QString, QJsonObject>> documents;
    if (!readDocuments(&documents, error))
        return false;
    presets->clear();
    for (const auto& [source, object] : documents) {
        QString own;
        if (!modeOf(source, object, &own, error))
            return false;
        if (own != mode)
            continue; // another mode's page reads it
        Preset preset;
        if (!presetFrom(source, object, &preset, error))
            return false;
        presets->push_back(preset);
    }
    return true;
}

bool Preset::allAsJson(QJsonArray* array, QString* error)
{
    std::vector<std::pair<QString, QJsonObject>> documents;
    if (!readDocuments(&documents, error))
        return false;
    for (const auto& [source, object] : documents) {
        QString mode;
        if (!modeOf(source, object, &mode, error))
            return false;
        Preset check;
        // The black box reads its presets' settings itself (BlackBoxPreset).
        if (mode != QLatin1String("blackbox") && !presetFrom(source, object, &check, error))
            return false;
        array->append(object);
    }
    return true;
}

bool Preset::documentsOf(const QString& mode, std::vector<std::pair<QString, QJsonObject>>* out,
                         QString* error)
{
    std::vector<std::pair<QString, QJsonObject>> documents;
    if (!readDocuments(&documents, error))
        return false;
    out->clear();
    for (auto& [source, object] : documents) {
        QString own;
        if (!modeOf(source, object, &own, error))
            return false;
        if (own == mode)
            out->emplace_back(source, object);
    }
    return true;
}

} // namespace lev::core
