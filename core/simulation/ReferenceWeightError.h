// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#pragma once
// The weight error of OLS at c = 0 for the same model and n, in closed form (docs/math.md §4.9):
// E‖w − β‖² = ‖β_pop − β‖² + σ²_ε tr(Σ⁻¹) / (n − p − 2), its square root: a scale fixed by the
// settings (not by c), against which a plot shows how the error grows with collinearity.

#include "simulation/RecomputeSettings.h"

#include <optional>

namespace lev::core {

/// The root-mean-square OLS weight error at c = 0; for n ≤ p + 2, where it is infinite, the
/// denominator is taken as 1. None when the settings are invalid or Σ is singular at c = 0.
std::optional<double> referenceWeightError(const RecomputeSettings& settings);

} // namespace lev::core
