// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#pragma once
// The JSON form of RecomputeSettings shared by session files and presets, read back field by
// field: every problem names its field ("settings.collinearity: must be a number in [0, 1)").
// Fields that are absent take the generator's defaults, so hand-written files can be short.

#include "simulation/RecomputeSettings.h"

#include <QJsonObject>
#include <QString>

namespace lev::core {

class SettingsJson
{
public:
    static QJsonObject toJson(const RecomputeSettings& settings);
    /// Reads `object` (found at `path`, e.g. "settings", for messages) into `settings`.
    /// False and `error` set on the first bad field; `settings` is untouched then.
    static bool fromJson(const QJsonObject& object, const QString& path,
                         RecomputeSettings* settings, QString* error);
    /// A name or value from a file, safe to quote in a one-line message: control characters
    /// escaped, at most 40 characters.
    static QString printable(const QString& text);
};

} // namespace lev::core
