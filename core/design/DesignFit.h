// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#pragma once
// OLS with an intercept from sufficient statistics, with the classical standard errors
// se_j^2 = s^2 (X_c^T X_c)^{-1}_jj, s^2 = RSS / (n - p - 1), and 95 % t intervals
// w_j -/+ t_{0.975, n-p-1} se_j; the two-sample pooling of sufficient statistics.

#include "estimators/SufficientStatistics.h"

#include <Eigen/Core>

namespace lev::core {

struct DesignFit
{
    bool ok = false;
    Eigen::VectorXd weights;
    Eigen::VectorXd standardErrors;
    double criticalValue = 0.0; ///< the t (or normal) 97.5 % quantile of the intervals

    /// Fails (ok false) when n < p + 3 or the features are numerically collinear.
    /// `criticalValue`: tQuantile975(n - p - 1), computed once by the caller for many fits.
    static DesignFit ols(const SufficientStatistics& stats, double criticalValue);
    /// tQuantile975(rows - p - 1) when rows >= p + 3, else 0 (no fit).
    static double criticalValueFor(int rows, int p);
    /// Inverse-variance weighting per coefficient of two independent fits (normal intervals).
    static DesignFit combined(const DesignFit& first, const DesignFit& second);
    /// The sufficient statistics of two samples together (the pooled centred scatter).
    static SufficientStatistics pooled(const SufficientStatistics& a,
                                       const SufficientStatistics& b);
    /// Every lever's interval excludes 0 and every other feature's includes it.
    bool identifies(const std::vector<bool>& levers) const;
    /// The 97.5 % quantile of Student's t with `dof` degrees of freedom (dof >= 1).
    static double tQuantile975(int dof);
};

} // namespace lev::core
