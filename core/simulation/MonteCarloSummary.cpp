// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#include "simulation/MonteCarloSummary.h"

namespace lev::core {

const double MonteCarloSummary::kQuantileLevels[5] = {0.05, 0.25, 0.5, 0.75, 0.95};

} // namespace lev::core
