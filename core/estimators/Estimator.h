// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#pragma once
// One entry point for every estimator: fits the one EstimatorSettings names, standardizing the
// features first when asked and mapping the weights back to the original units.

#include "estimators/EstimatorSettings.h"
#include "estimators/LinearFit.h"
#include "estimators/SufficientStatistics.h"

namespace lev::core {

class Estimator
{
public:
    static LinearFit fit(const EstimatorSettings& settings, const SufficientStatistics& stats);
};

} // namespace lev::core
