// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#pragma once
// The application's persistent preferences in one typed place: recent session files, the last
// state to restore on start, the last folder used in a file dialog, the main window's geometry
// and dock layout, the text size and the theme. One JSON file, rewritten whole through
// core::AtomicWriter, so a failed write keeps the previous file and says why.

#include "simulation/RecomputeSettings.h"

#include <QString>
#include <QStringList>
#include <optional>

namespace lev::ui {

class AppSettings
{
public:
    static constexpr int kMaxRecentSessions = 8;

    /// settings.json in the application's configuration folder (QStandardPaths).
    static QString path();

    static QStringList recentSessions();
    /// The setters return false with `error` = one line naming the file and the cause ("No
    /// space left on device") when the settings cannot be written; the previous file is kept.
    static bool addRecentSession(const QString& path, QString* error = nullptr);
    static bool removeRecentSession(const QString& path, QString* error = nullptr);

    /// The state the app was left in, if it was saved and still reads back valid.
    static std::optional<core::RecomputeSettings> lastState();
    static bool setLastState(const core::RecomputeSettings& settings, QString* error = nullptr);

    static QString lastDirectory();
    static bool setLastDirectory(const QString& directory, QString* error = nullptr);

    /// QMainWindow::saveGeometry() and saveState() of the last run; empty if none.
    static QByteArray windowGeometry();
    static QByteArray windowState();
    static bool setWindowLayout(const QByteArray& geometry, const QByteArray& state,
                                QString* error = nullptr);

    /// The text size chosen with View ▸ Larger/Smaller Text, in steps from the default (0).
    static int textSizeStep();
    static bool setTextSizeStep(int step, QString* error = nullptr);
    /// Whether View ▸ High-Contrast Theme is on.
    static bool highContrast();
    static bool setHighContrast(bool on, QString* error = nullptr);
};

} // namespace lev::ui
