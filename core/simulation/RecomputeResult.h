// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#pragma once
// The immutable result of one recompute (docs/math.md §4): the exact truth of the model, its
// population spectrum, one displayed draw of real samples (and an interventional cloud), the
// Monte-Carlo spread of the estimator, and the sweep over collinearity.

#include "estimators/LinearFit.h"
#include "linalg/Spectrum.h"
#include "model/PopulationTruth.h"
#include "simulation/MonteCarloSummary.h"
#include "simulation/RecomputeSettings.h"
#include "simulation/RecomputeStatus.h"

#include <Eigen/Dense>
#include <optional>
#include <string>
#include <vector>

namespace lev::core {

/// One collinearity value of the sweep.
struct SweepPoint
{
    double collinearity = 0.0;
    std::optional<double> r2ObservationalMean;
    std::optional<double> r2InterventionalMean;
    std::optional<double> weightErrorMean;
    std::optional<double> conditionNumber; ///< of the population feature covariance
    std::optional<double> firstWeightSd;   ///< Monte-Carlo SD of the first feature's weight
};

/// One draw of n real rows, as plotted in the scatter, with the estimator fitted to it.
struct DisplayedDraw
{
    Eigen::MatrixXd features;               ///< n x p, observational
    Eigen::VectorXd outcome;                ///< n
    Eigen::MatrixXd interventionalFeatures; ///< n x p, drawn under do(X ~ independent draws)
    Eigen::VectorXd interventionalOutcome;  ///< n
    LinearFit fit;
};

struct RecomputeResult
{
    RecomputeSettings settings;
    RecomputeStatus status = RecomputeStatus::InvalidSettings;
    std::string message; ///< what is wrong, for any status but Ok

    PopulationTruth truth;
    Spectrum populationSpectrum; ///< of the population feature covariance
    DisplayedDraw draw;
    MonteCarloSummary monteCarlo;
    std::vector<SweepPoint> sweep;

    bool ok() const { return status == RecomputeStatus::Ok; }
};

} // namespace lev::core
