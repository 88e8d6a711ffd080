// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#pragma once
// Where the window starts when the command line names no state: an autosave left by a run that
// did not exit cleanly first, else the last state of a clean exit (every mode's settings and the
// mode shown), else the simulation settings an older version kept. A file that cannot be read
// is skipped and reported in one line on the status bar; the window then starts from defaults.

#include "shell/SessionAutosave.h"

#include <QString>
#include <optional>

namespace lev::ui {

class MainWindow;

class StartupRestore
{
public:
    /// Reads the saved states (see the header comment); nothing is applied yet.
    StartupRestore();

    /// The simulation settings to build the window with; none: the caller's defaults.
    const std::optional<core::RecomputeSettings>& simulation() const { return m_simulation; }
    /// Whether the state comes from the autosave of a run that did not exit cleanly.
    bool recovered() const { return m_recovered; }
    /// Why a saved state could not be used, in one line; empty when nothing went wrong.
    const QString& problem() const { return m_problem; }

    /// Gives `window` (built with simulation()) every other mode's settings and shows the mode
    /// that was shown.
    void restoreModes(MainWindow& window) const;
    /// Says on the window's status bar what happened: a recovered state, or the problem.
    void report(MainWindow& window) const;

    /// How long report()'s line stays on the status bar.
    static constexpr int kMessageMs = 15000;

private:
    std::optional<core::RecomputeSettings> m_simulation;
    std::optional<core::SessionFile::ModeSettings> m_modes;
    bool m_recovered = false;
    QString m_problem;
};

} // namespace lev::ui
