// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#include "modes/Modes.h"

#include "modes/blackbox/BlackBoxPage.h"
#include "modes/data/DataPage.h"
#include "modes/design/DesignPage.h"
#include "modes/environments/EnvironmentsPage.h"
#include "modes/simulation/SimulationPage.h"

namespace lev::ui {

QList<ModePage*> Modes::create(SessionState& state, QWidget* window)
{
    return {
        new SimulationPage(state, window),
        new DataPage(state, window),
        new DesignPage(state, window),
        new BlackBoxPage(state, window),
        new EnvironmentsPage(state, window),
    };
}

} // namespace lev::ui
