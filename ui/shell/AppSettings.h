// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#pragma once
// The application's persistent preferences in one typed place (QSettings underneath): recent
// session files, the last state to restore on start, the last folder used in a file dialog,
// the main window's geometry and dock layout.

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

    /// QMainWindow::saveGeometry() and saveState() of the last run; empty if none.
    static QByteArray windowGeometry();
    static QByteArray windowState();
    static void setWindowLayout(const QByteArray& geometry, const QByteArray& state);
};

} // namespace lev::ui
