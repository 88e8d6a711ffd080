// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#pragma once
// The JSON form of data mode's diagnostics settings, for session files:
//   {"belsley": "scaled" | "centred", "standard_errors": "classical" | "hc3",
//    "sensitivity": {"treatment": D, "q": 1, "alpha": 0.05, "benchmark": Z, "kd": [1, 2, 3]}}
// ("sensitivity" only when a column D is chosen; columns by name). Every problem names its field.

#include "diagnostics/DataDiagnosticsSettings.h"

#include <QJsonObject>
#include <QString>

namespace lev::core {

class DataDiagnosticsJson
{
public:
    static QJsonObject toJson(const DataDiagnosticsSettings& settings);
    /// Reads `object` (found at `path`, e.g. "data", for messages) into `settings`; absent fields
    /// take the defaults. False and `error` on the first bad field, `settings` untouched then.
    static bool fromJson(const QJsonObject& object, const QString& path,
                         DataDiagnosticsSettings* settings, QString* error);
};

} // namespace lev::core
