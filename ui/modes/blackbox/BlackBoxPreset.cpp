// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#include "modes/blackbox/BlackBoxPreset.h"

#include "io/BlackBoxSettingsJson.h"
#include "io/Preset.h"
#include "modes/blackbox/BlackBoxPlots.h"

#include <QJsonArray>
#include <QJsonObject>

namespace lev::ui {

bool BlackBoxPreset::loadAll(std::vector<BlackBoxPreset>* presets, QString* error)
{
    std::vector<std::pair<QString, QJsonObject>> documents;
    if (!core::Preset::documentsOf(QStringLiteral("blackbox"), &documents, error))
        return false;
    presets->clear();
    for (const auto& [source, object] : documents) {
        BlackBoxPreset preset;
        preset.id = object.value("id").toString();
        preset.title = object.value("title").toString();
        if (preset.id.isEmpty() || preset.title.isEmpty()) {
            *error =
                QStringLiteral("%1: fields 'id' and 'title' must be non-empty strings").arg(source);
            return false;
        }
        for (const QJsonValue& sentence : object.value("story").toArray())
            preset.story << sentence.toString();
        if (preset.story.size() < 3 || preset.story.size() > 5 ||
            preset.story.contains(QString())) {
            *error =
                QStringLiteral("%1: field 'story' must hold three to five sentences").arg(source);
            return false;
        }
        for (const QJsonValue& name : object.value("presentation").toArray())
            preset.presentation << name.toString();
        for (const QString& name : preset.presentation)
            if (!BlackBoxPlots::names().contains(name)) {
                *error = QStringLiteral("%1: field 'presentation' names an unknown plot '%2' "
                                        "(known: %3)")
                             .arg(source, name, BlackBoxPlots::names().join(QStringLiteral(", ")));
                return false;
            }
        if (preset.presentation.isEmpty() || preset.presentation.size() > 4) {
            *error =
                QStringLiteral("%1: field 'presentation' must list one to four plots").arg(source);
            return false;
        }
        QString problem;
        if (!core::BlackBoxSettingsJson::fromJson(object.value("settings").toObject(),
                                                  QStringLiteral("settings"), &preset.settings,
                                                  &problem)) {
            *error = QStringLiteral("%1: field %2").arg(source, problem);
            return false;
        }
        presets->push_back(preset);
    }
    return true;
}

} // namespace lev::ui
