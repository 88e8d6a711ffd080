// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#pragma once
// The application's persistent preferences in one typed place (QSettings underneath): recent
// session files, the last state to restore on start, the last folder used in a file dialog.

#include "simulation/RecomputeSettings.h"

#include <QString>
#include <QStringList>
#include <optional>

namespace lev::ui {

class AppSettings
{
public:
    static constexpr int kMaxRecentSessions = 8;

    static QStringList recentSessions();
    static void addRecentSession(const QString& path);
    static void removeRecentSession(const QString& path);

    /// The state the app was left in, if it was saved and still reads back valid.
    static std::optional<core::RecomputeSettings> lastState();
    static void setLastState(const core::RecomputeSettings& settings);

    static QString lastDirectory();
    static void setLastDirectory(const QString& directory);
};

} // namespace lev::ui
