// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#pragma once
// The JSON form of the environments mode's settings, for session files and presets: the shifted
// generator's keys as `simulate --generator shifted` names them (shift, child_shift,
// confounding, effect, child_weight, noise, child_noise, child_feature, environments) plus n,
// gamma (a number >= 0 or "inf"), alpha, risk_strength and seed. Read back field by field.

#include "environments/EnvironmentsSettings.h"

#include <QJsonObject>
#include <QString>

namespace lev::core {

class EnvironmentsSettingsJson
{
public:
    static QJsonObject toJson(const EnvironmentsSettings& settings);
    /// Reads `object` (found at `path`, e.g. "environments", for messages) into `settings`;
    /// absent fields take the defaults. False and `error` on the first bad field, `settings`
    /// untouched then.
    static bool fromJson(const QJsonObject& object, const QString& path,
                         EnvironmentsSettings* settings, QString* error);
};

} // namespace lev::core
