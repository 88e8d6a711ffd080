// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#pragma once
// The current data and results of a recompute as CSV text (RFC 4180, "\n" line ends): the
// displayed draw with a `regime` column, and a per-feature results table. Numbers carry full
// precision (shortest round-trip form); a value that does not exist is an empty cell, never nan.

#include "simulation/RecomputeResult.h"

#include <optional>
#include <string>
#include <string_view>

namespace lev::core {

class ResultCsv
{
public:
    /// The displayed draw: one row per sample, columns = the feature names, Y and `regime`
    /// (`observational` rows first, then the `interventional` cloud drawn under do(X)).
    static std::string draw(const RecomputeResult& result);

    /// One row per feature: feature, causal_weight, population_weight, total_effect,
    /// conditional_slope, weight_mean, weight_sd, weight_q5, weight_q95, vif; then
    /// `component` i and `population_eigenvalue`, the i-th largest eigenvalue of the population
    /// feature covariance (these two columns are ranked by size, not tied to the row's feature).
    static std::string results(const RecomputeResult& result);

    /// A number cell: the shortest text that reads back to the same double; empty when the
    /// number is not finite or does not exist.
    static std::string number(double value);
    static std::string number(std::optional<double> value);
    /// A text cell, quoted when it holds a comma, a quote or a line break.
    static std::string text(std::string_view value);
};

} // namespace lev::core
