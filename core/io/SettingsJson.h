// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#pragma once
// The JSON form of RecomputeSettings shared by session files and presets, read back field by
// field: every problem names its field ("settings.collinearity: must be a number in [0, 1)").
// Fields that are absent take the generator's defaults, so hand-written files can be short.

#include "simulation/RecomputeSettings.h"

#include <QJsonObject>
#include <QString>

#include <cstdint>
#include <optional>

namespace lev::core {

class SettingsJson
{
public:
    /// Seeds go from 0 to 2^63 - 1, the range the command line and the JSON results print.
    static constexpr std::uint64_t kMaxSeed = 9223372036854775807ULL;
    /// Up to 2^53 a seed is stored as a JSON number; above, as a string of decimal digits.
    static constexpr std::uint64_t kMaxExactDoubleSeed = 9007199254740992ULL;

    static QJsonObject toJson(const RecomputeSettings& settings);
    /// Reads `object` (found at `path`, e.g. "settings", for messages) into `settings`.
    /// False and `error` set on the first bad field; `settings` is untouched then.
    static bool fromJson(const QJsonObject& object, const QString& path,
                         RecomputeSettings* settings, QString* error);
    /// A name or value from a file, safe to quote in a one-line message: control characters
    /// escaped, at most 40 characters.
    static QString printable(const QString& text);
    /// A seed written as decimal digits only (no sign, no spaces), if it is in range.
    static std::optional<std::uint64_t> parseSeed(const QString& text);
    /// "must be a whole number from 0 to 9223372036854775807".
    static QString seedRangeProblem();
};

} // namespace lev::core
