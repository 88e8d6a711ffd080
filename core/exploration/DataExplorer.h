// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#pragma once
// Computes a DataExploration in one call, meant for a worker thread: validates the settings,
// z-scores the features when asked (x_j <- (x_j - mean_j) / sd_j, sd with divisor n; without an
// intercept only divided by sd_j, so that the model is unchanged), fits, bootstraps and
// cross-validates.

#include "exploration/DataExploration.h"
#include "io/CsvTable.h"

#include <atomic>
#include <functional>
#include <string>

namespace lev::core {

class DataExplorer
{
public:
    /// Bad settings (target among the features, no features, an index out of range, fewer than
    /// 2 rows, replications outside 0..Bootstrap::kMaxReplications, more than FitLimits), a
    /// column out of ColumnRange or too little memory give fit.status InvalidSettings with a
    /// one-line message (validate() for the settings) and nothing else. Nothing is thrown.
    /// `progress(fraction in [0, 1], phase such as "bootstrap 40/200")` is called from the calling
    /// thread. When `cancel` is set the result has cancelled = true and what was done until then.
    static DataExploration
    run(const CsvTable& table, const DataExplorationSettings& settings,
        const std::atomic<bool>* cancel = nullptr,
        const std::function<void(double fraction, const std::string& phase)>& progress = {});

    /// Empty when `settings` suit `table` (within FitLimits), else one line naming the problem.
    static std::string validate(const CsvTable& table, const DataExplorationSettings& settings);

    /// The z-scoring of `run` (the fitted features when settings.standardize): x_j <- (x_j -
    /// mean_j) / sd_j, only / sd_j without an intercept; a constant column becomes 0 (is kept
    /// without an intercept).
    static void standardize(Eigen::MatrixXd& x, bool intercept);

private:
    static DataExploration
    explore(const CsvTable& table, const DataExplorationSettings& settings,
            const std::atomic<bool>* cancel,
            const std::function<void(double fraction, const std::string& phase)>& progress);
};

} // namespace lev::core
