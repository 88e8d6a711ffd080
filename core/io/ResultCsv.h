// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#pragma once
// The data and results of a recompute as tidy CSV tables (RFC 4180, "\n" line ends), one kind
// of row per table: the displayed draw, the weights per feature, the population spectrum per
// eigenvalue, the scores, the sweep per collinearity. Each table opens with comment lines ("# ")
// saying what it holds, in which units, and the settings that produced it. Numbers are the
// shortest text that reads back to the same double; a value that does not exist is an empty cell.

#include "simulation/RecomputeResult.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace lev::core {

class ResultCsv
{
public:
    /// One file of an export: its name and complete contents.
    struct Table
    {
        std::string fileName;
        std::string contents;
    };

    /// Every table of the result: draw.csv, weights.csv, spectrum.csv, scores.csv and, when the
    /// result has a sweep, sweep.csv.
    static std::vector<Table> tables(const RecomputeResult& result);

    /// The displayed draw, one row per sample: the features, Y and `regime` (`observational`
    /// rows first, then the `interventional` ones drawn under do(X)).
    static std::string draw(const RecomputeResult& result);
    /// One row per feature: feature, causal_weight, population_weight, total_effect,
    /// conditional_slope, weight_mean, weight_sd, weight_q5 ... weight_q95, vif.
    static std::string weights(const RecomputeResult& result);
    /// One row per eigenvalue of the population feature covariance, largest first: component,
    /// population_eigenvalue, population_inverse_eigenvalue, sample_eigenvalue_mean.
    static std::string spectrum(const RecomputeResult& result);
    /// One row per score (r2_observational, r2_interventional, weight_error): score,
    /// monte_carlo_mean, population (the value of the population weights).
    static std::string scores(const RecomputeResult& result);
    /// One row per collinearity of the sweep: collinearity, r2_observational_mean,
    /// r2_interventional_mean, weight_error_mean, condition_number, first_weight_sd.
    static std::string sweep(const RecomputeResult& result);

    /// The comment line of the settings that shaped a table ("settings: generator=proxy,
    /// collinearity=0.9, ..."); `sweep`: the table holds the sweep (adds sweep_reps).
    static std::string settingsLine(const RecomputeSettings& settings, bool sweep = false);

    /// A number cell: the shortest text that reads back to the same double; empty when the
    /// number is not finite or does not exist.
    static std::string number(double value);
    static std::string number(std::optional<double> value);
    /// A text cell, quoted when it holds a comma, a quote or a line break.
    static std::string text(std::string_view value);
};

} // namespace lev::core
