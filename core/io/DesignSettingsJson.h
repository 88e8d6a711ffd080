// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#pragma once
// The JSON form of the experiment designer's settings, for session files and design presets:
// the generator keys of SettingsJson (generator, collinearity, noise, effect, confounding, p,
// k, levers, n, reps, seed) plus fraction, randomize (features counted from 1), variances,
// allocate and budget. Read back field by field; every problem names its field.

#include "design/DesignSettings.h"

#include <QJsonObject>
#include <QString>

namespace lev::core {

class DesignSettingsJson
{
public:
    static QJsonObject toJson(const DesignSettings& settings);
    /// Reads `object` (found at `path`, e.g. "design", for messages) into `settings`; absent
    /// fields take the generator's design defaults. False and `error` on the first bad field,
    /// `settings` untouched then.
    static bool fromJson(const QJsonObject& object, const QString& path, DesignSettings* settings,
                         QString* error);
};

} // namespace lev::core
