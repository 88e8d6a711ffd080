// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#pragma once
// Which estimator to fit and its tuning, with scikit-learn's objective conventions (docs/math.md
// §3).

#include <optional>
#include <string>

namespace lev::core {

enum class EstimatorKind
{
    Ols,
    Ridge,
    Lasso,
    Pcr
};

std::string estimatorName(EstimatorKind kind);
std::optional<EstimatorKind> estimatorFromName(const std::string& name);

struct EstimatorSettings
{
    EstimatorKind kind = EstimatorKind::Ols;
    double lambda =
        1.0; ///< ridge: ||y - Xw - w0||^2 + lambda ||w||^2; lasso: 1/(2n) ... + lambda ||w||_1
    int components = 1;       ///< PCR: number of principal components kept
    bool standardize = false; ///< scale features to unit (population) SD before fitting
    /// Lasso: coordinate-descent sweeps at most, and the duality gap (relative to ||y_c||^2)
    /// below which it has converged.
    int maxIterations = kDefaultMaxIterations;
    double tolerance = kDefaultTolerance;

    static constexpr int kDefaultMaxIterations = 20000;
    static constexpr double kDefaultTolerance = 1e-12;

    /// Empty when valid for p features, else one line naming the bad field.
    std::string validate(int featureCount) const;
};

bool operator==(const EstimatorSettings& a, const EstimatorSettings& b);

} // namespace lev::core
