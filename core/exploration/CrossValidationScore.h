// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#pragma once
// How well one estimator predicts rows it was not fitted on: K-fold cross-validated R^2.

#include "estimators/EstimatorSettings.h"
#include "estimators/LinearFit.h"

#include <optional>
#include <string>
#include <vector>

namespace lev::core {

struct CrossValidationScore
{
    EstimatorSettings estimator;
    int folds = 0;
    FitStatus status = FitStatus::Ok; ///< not Ok if any fold's fit failed (or bad settings)
    std::string message;              ///< why, when not Ok; or a fit's remark (lasso)
    /// Pooled out of fold: 1 - sum_i (y_i - yhat_{-fold(i)})^2 / sum_i (y_i - y-bar)^2
    /// (uncentered, sum y_i^2, without an intercept, like the in-sample r2); none when not Ok or
    /// when y is constant.
    std::optional<double> r2;
    /// Per fold, the R^2 of its held-out rows against their own mean (uncentered without an
    /// intercept); empty when not Ok or when a fold's target has no spread (e.g. folds of 1 row).
    std::vector<double> foldR2;
};

} // namespace lev::core
