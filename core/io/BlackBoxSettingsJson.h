// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#pragma once
// The JSON form of the black box's settings, for session files and presets, read back field by
// field like SettingsJson: every problem names its field, absent fields take the generator's
// defaults. "generator" is one of the simulation's generators or "curved" (the curved manifold).

#include "blackbox/BlackBoxSettings.h"

#include <QJsonObject>
#include <QString>

namespace lev::core {

class BlackBoxSettingsJson
{
public:
    /// Writes what a user sets: the generator and its knobs, n, R, seed, the learner, the linear
    /// estimator beside it ("estimator", "lambda", "components", as the command line names
    /// them; absent: OLS), and the features of the partial dependence and of the slice (counted
    /// from 1, as the plots label).
    static QJsonObject toJson(const BlackBoxSettings& settings);
    /// Reads `object` (found at `path`, for messages) into `settings`; false and `error` on the
    /// first bad field, `settings` untouched then.
    static bool fromJson(const QJsonObject& object, const QString& path, BlackBoxSettings* settings,
                         QString* error);
};

} // namespace lev::core
