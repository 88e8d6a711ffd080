// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#pragma once
// A black-box result as tidy CSV tables (RFC 4180, "\n" line ends), like ResultCsv: the scores
// per refit, the credit per feature, the partial dependence per grid point, the sweep per
// collinearity. Each opens with "# " lines saying what it holds; a missing value is an empty cell.

#include "blackbox/BlackBoxResult.h"
#include "io/ResultCsv.h"

#include <string>
#include <vector>

namespace lev::core {

class BlackBoxCsv
{
public:
    /// scores.csv, credit.csv, partial_dependence.csv and, when given, sweep.csv.
    static std::vector<ResultCsv::Table> tables(const BlackBoxResult& result,
                                                const std::vector<BlackBoxSweepPoint>& sweep);
    /// One row per refit: replication, r2_observational, r2_interventional.
    static std::string scores(const BlackBoxResult& result);
    /// One row per feature: feature, causal_effect, mean_abs_shap, permutation_importance,
    /// permutation_importance_se.
    static std::string credit(const BlackBoxResult& result);
    /// One row per grid point: x, partial_dependence, do_curve, off_manifold_fraction.
    static std::string partialDependence(const BlackBoxResult& result);
    /// One row per computed sweep point and feature: collinearity, feature, r2_observational,
    /// r2_interventional, causal_effect, mean_abs_shap, permutation_importance.
    static std::string sweep(const BlackBoxResult& result,
                             const std::vector<BlackBoxSweepPoint>& points);
};

} // namespace lev::core
