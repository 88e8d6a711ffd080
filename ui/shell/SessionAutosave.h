// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#pragma once
// Nothing lost: the current state (every mode's settings and the mode shown) is written
// atomically, as a session file, a moment after every change, and removed on a clean exit. A
// file still there at the next start means the last run ended uncleanly, and its state is
// restored. A clean exit keeps the same state as the last state, for the next start.

#include "io/SessionFile.h"
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

    /// What is kept: the simulation's settings and the other modes' with the mode shown.
    struct State
    {
        core::RecomputeSettings simulation;
        core::SessionFile::ModeSettings modes;
    };

    explicit SessionAutosave(QObject* parent = nullptr);

    /// Saves `state` after kDelayMs of quiet (a slider drag writes once).
    void schedule(const State& state);
    /// Writes a pending save now.
    void flush();
    /// A clean exit: nothing to recover next time.
    void discard();

    static QString path();
    /// The state of a run that did not exit cleanly, if any (read once, then kept until the
    /// next discard()). An autosave of an older version has the simulation's settings only.
    /// A file there that cannot be read gives none and, if `problem` is given, says why.
    static std::optional<State> recover(QString* problem = nullptr);

    /// The last state of a clean exit: written to lastStatePath(); false with a message when
    /// it cannot be.
    static bool rememberLastState(const State& state, QString* error);
    static QString lastStatePath();
    /// The state rememberLastState() kept, if any and readable; as recover() for `problem`.
    static std::optional<State> lastState(QString* problem = nullptr);

signals:
    /// A write failed ("Autosave failed: cannot write FILE: No space left on device"); the
    /// previous autosave file is intact.
    void saveFailed(const QString& message);

private:
    static bool write(const QString& file, const State& state, QString* error);
    static std::optional<State> read(const QString& file, QString* problem);

    QTimer m_timer;
    std::optional<State> m_pending;
};

} // namespace lev::ui
