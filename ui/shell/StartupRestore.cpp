// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#include "shell/StartupRestore.h"

#include "shell/AppSettings.h"
#include "shell/MainWindow.h"

#include <QStatusBar>

namespace lev::ui {

StartupRestore::StartupRestore()
{
    QString autosaveProblem;
    QString lastProblem;
    std::optional<SessionAutosave::State> state = SessionAutosave::recover(&autosaveProblem);
    m_recovered = state.has_value();
    if (!state)
        state = SessionAutosave::lastState(&lastProblem);
    if (state) {
        m_simulation = state->simulation;
        m_modes = state->modes;
    } else if (const auto old = AppSettings::lastState()) { // written by older versions
        m_simulation = *old;
    }
    const QString problem =
        (autosaveProblem.isEmpty() ? lastProblem : autosaveProblem).simplified();
    if (!problem.isEmpty())
        m_problem = state ? QObject::tr("The autosave could not be read (%1); the state of the "
                                        "last clean exit is shown instead.")
                                .arg(problem)
                          : QObject::tr("The saved state could not be restored (%1); starting "
                                        "afresh.")
                                .arg(problem);
}

void StartupRestore::restoreModes(MainWindow& window) const
{
    if (m_modes)
        window.restoreModes(*m_modes);
}

void StartupRestore::report(MainWindow& window) const
{
    if (m_recovered)
        window.statusBar()->showMessage(
            QObject::tr("Restored the state of the last session, which did not exit cleanly."),
            kMessageMs);
    else if (!m_problem.isEmpty())
        window.statusBar()->showMessage(m_problem, kMessageMs);
}

} // namespace lev::ui
