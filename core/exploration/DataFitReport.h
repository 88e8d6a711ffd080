// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#pragma once
// What can be known from a user's own data, which have no true causal weights: the fitted
// weights with their standard errors, the spectrum and condition of the feature correlation
// matrix, the VIFs and the in-sample fit.

#include "estimators/EstimatorSettings.h"
#include "estimators/LinearFit.h"
#include "linalg/Spectrum.h"

#include <Eigen/Dense>
#include <optional>
#include <string>
#include <vector>

namespace lev::core {

struct DataFitReport
{
    std::vector<std::string> features;
    std::string target;
    EstimatorSettings estimator;
    bool intercept = true;
    int rows = 0;              ///< the rows fitted
    long long rowsDropped = 0; ///< rows left out for a missing value in a chosen column
    bool dropMissing = false;  ///< whether such rows were to be dropped

    FitStatus status = FitStatus::NotIdentifiable;
    std::string message;
    std::optional<double> interceptValue;
    std::optional<double> interceptStandardError;
    Eigen::VectorXd coefficients;   ///< empty unless status is Ok
    Eigen::VectorXd standardErrors; ///< OLS only
    std::optional<double> r2;       ///< in sample; uncentered without an intercept
    std::optional<double> residualSumOfSquares;
    Spectrum correlationSpectrum; ///< of the features' correlation matrix (scale-free)
};

} // namespace lev::core
