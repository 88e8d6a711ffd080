// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#pragma once
// A saved what-if session (.leverscope): versioned JSON holding the settings, validated field by
// field on load and written through AtomicWriter, so a failed save leaves the previous file.
//   {"format": "leverscope-session", "version": 1, "writer": "Leverscope x.y.z",
//    "settings": {...SettingsJson...}, "design": {...DesignSettingsJson...},
//    "blackbox": {...BlackBoxSettingsJson...}, "data": {...DataDiagnosticsJson...}}
//   ("writer" is informative and may be absent; "design", "blackbox" and "data" are optional: a
//   mode's settings, written once the mode has been used; older files have none)

#include "blackbox/BlackBoxSettings.h"
#include "design/DesignSettings.h"
#include "diagnostics/DataDiagnosticsSettings.h"
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

    /// The settings of the modes beyond the simulation, each present only when the file has it.
    struct ModeSettings
    {
        std::optional<DesignSettings> design;
        std::optional<BlackBoxSettings> blackBox;
        std::optional<DataDiagnosticsSettings> dataDiagnostics; ///< data mode's diagnostics
    };

    /// The same with the other modes' settings: read into `modes` (a field the file lacks is
    /// left empty); written for each one that is set.
    static bool read(const QString& path, RecomputeSettings* settings, ModeSettings* modes,
                     QString* error);
    static bool write(const QString& path, const RecomputeSettings& settings,
                      const ModeSettings& modes, QString* error);
    static bool parse(const QByteArray& text, const QString& source, RecomputeSettings* settings,
                      ModeSettings* modes, QString* error);
    static QByteArray serialize(const RecomputeSettings& settings, const ModeSettings& modes);
};

} // namespace lev::core
