// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#pragma once
// A saved what-if session (.leverscope): versioned JSON holding the settings, validated field by
// field on load and written through AtomicWriter, so a failed save leaves the previous file.
//   {"format": "leverscope-session", "version": 1, "settings": {...SettingsJson...},
//    "design": {...DesignSettingsJson...}}   ("design" optional: older files have none)

#include "design/DesignSettings.h"
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

    /// The same with the experiment designer's settings: `design` is left empty when the file
    /// has none; a null `design` to write leaves the field out.
    static bool read(const QString& path, RecomputeSettings* settings,
                     std::optional<DesignSettings>* design, QString* error);
    static bool write(const QString& path, const RecomputeSettings& settings,
                      const DesignSettings* design, QString* error);
    static bool parse(const QByteArray& text, const QString& source, RecomputeSettings* settings,
                      std::optional<DesignSettings>* design, QString* error);
    static QByteArray serialize(const RecomputeSettings& settings, const DesignSettings* design);
};

} // namespace lev::core
