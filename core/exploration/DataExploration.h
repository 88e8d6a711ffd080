// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#pragma once
// What the data mode shows for a user's table: the fit of the chosen estimator, the bootstrap
// spread of its weights, the cross-validated R^2 of every estimator and the features'
// correlations with their most correlated pair. Made by DataExplorer::run.

#include "exploration/BootstrapSummary.h"
#include "exploration/CrossValidationScore.h"
#include "exploration/DataExplorationSettings.h"
#include "exploration/DataFitReport.h"

#include <Eigen/Dense>
#include <optional>
#include <vector>

namespace lev::core {

struct DataExploration
{
    DataExplorationSettings settings;
    DataFitReport fit; ///< DataFit::run on the (possibly standardized) features
    std::optional<BootstrapSummary> bootstrap;
    /// ols, ridge, lasso, pcr in that order, with the estimator's lambda (ridge, lasso),
    /// components (pcr) and standardize flag.
    std::vector<CrossValidationScore> crossValidation;
    /// The features' correlation matrix (a constant column: zero row and column, 1 on the
    /// diagonal).
    Eigen::MatrixXd correlation;
    /// Positions in settings.features of the largest |r| off the diagonal; -1 if p < 2.
    int mostCorrelatedFirst = -1, mostCorrelatedSecond = -1;
    double mostCorrelatedR = 0.0;
    /// Each feature's correlation with the target (0 where either is constant).
    Eigen::VectorXd targetCorrelation;
    bool cancelled = false;
};

} // namespace lev::core
