// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#pragma once
// A saved what-if session (.leverscope): versioned JSON holding the settings, validated field by
// field on load and written through AtomicWriter, so a failed save leaves the previous file.
//   {"format": "leverscope-session", "version": 1, "writer": "Leverscope x.y.z",
//    "settings": {...SettingsJson...}, "blackbox": {...BlackBoxSettingsJson...}}
//   ("writer" is informative and may be absent; "blackbox" only in a session saved in the
//   black box)

#include "blackbox/BlackBoxSettings.h"
#include "simulation/RecomputeSettings.h"

#include <QString>
#include <optional>

namespace lev::core {

class SessionFile
{
public:
    static constexpr int kVersion = 1;
    static constexpr qint64 kMaxBytes = 1 << 20;

    /// False with `error` = one line naming the file and the problem (field, line:column).
    static bool read(const QString& path, RecomputeSettings* settings, QString* error);
    static bool write(const QString& path, const RecomputeSettings& settings, QString* error);

    /// The same for text already in memory (the autosave, tests, the fuzzer).
    static bool parse(const QByteArray& text, const QString& source, RecomputeSettings* settings,
                      QString* error);
    static QByteArray serialize(const RecomputeSettings& settings);

    /// The same with the black box's settings: read into `blackBox` when the file has them
    /// (else reset), written when `blackBox` is not null.
    static bool read(const QString& path, RecomputeSettings* settings,
                     std::optional<BlackBoxSettings>* blackBox, QString* error);
    static bool write(const QString& path, const RecomputeSettings& settings,
                      const BlackBoxSettings* blackBox, QString* error);
    static bool parse(const QByteArray& text, const QString& source, RecomputeSettings* settings,
                      std::optional<BlackBoxSettings>* blackBox, QString* error);
    static QByteArray serialize(const RecomputeSettings& settings,
                                const BlackBoxSettings* blackBox);
};

} // namespace lev::core
