// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#pragma once
// Lasso, as scikit-learn Lasso(alpha = lambda): minimize 1/(2n) ||y - Xw - w0||^2 + lambda ||w||_1,
// by cyclic coordinate descent on the Gram matrix G: w_j <- S(rho_j, n lambda) / G_jj with
// rho_j = (X_c^T y_c)_j - sum_{k != j} G_jk w_k and S the soft-thresholding operator; it stops
// when the duality gap is below tolerance * ||y_c||^2, or unconverged after maxSweeps sweeps.

#include "estimators/EstimatorSettings.h"
#include "estimators/LinearFit.h"
#include "estimators/SufficientStatistics.h"

namespace lev::core {

class LassoRegression
{
public:
    static LinearFit fit(const SufficientStatistics& stats, double lambda,
                         int maxSweeps = EstimatorSettings::kDefaultMaxIterations,
                         double tolerance = EstimatorSettings::kDefaultTolerance);
};

} // namespace lev::core
