// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#pragma once
// Nothing lost: the current state is written (atomically, as a session file) a moment after
// every change, and removed on a clean exit. A file still there at the next start means the
// last run ended uncleanly, and its state is restored.

#include "simulation/RecomputeSettings.h"

#include <QObject>
#include <QTimer>
#include <optional>

namespace lev::ui {

class SessionAutosave : public QObject
{
    Q_OBJECT

public:
    static constexpr int kDelayMs = 1000;

    explicit SessionAutosave(QObject* parent = nullptr);

    /// Saves `settings` after kDelayMs of quiet (a slider drag writes once).
    void schedule(const core::RecomputeSettings& settings);
    /// Writes a pending save now.
    void flush();
    /// A clean exit: nothing to recover next time.
    void discard();

    static QString path();
    /// The state of a run that did not exit cleanly, if any (read once, then kept until the
    /// next discard()).
    static std::optional<core::RecomputeSettings> recover();

signals:
    /// A write failed ("Autosave failed: cannot write FILE: No space left on device"); the
    /// previous autosave file is intact.
    void saveFailed(const QString& message);

private:
    QTimer m_timer;
    std::optional<core::RecomputeSettings> m_pending;
};

} // namespace lev::ui
