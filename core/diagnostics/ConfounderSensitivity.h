// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#pragma once
// Sensitivity of an OLS weight to an unmeasured confounder Z (Cinelli & Hazlett 2020, as
// sensemakr computes it): partial R^2 = t^2 / (t^2 + df), the robustness values RV_q and
// RV_{q,alpha}, bounds on Z from a covariate k times as strong, and the adjusted estimate
// |b| - sqrt(R2yz.dx R2dz.x / (1 - R2dz.x)) se sqrt(df) with its standard error and t.

#include <Eigen/Dense>
#include <optional>
#include <string>
#include <vector>

namespace lev::core {

struct SensitivitySettings
{
    std::string treatment;       ///< the feature whose weight is examined
    double q = 1.0;              ///< the fraction of the estimate to be explained away
    double alpha = 0.05;         ///< significance level of RV_{q,alpha}
    std::string benchmark;       ///< a covariate for the bounds; empty: none
    std::vector<double> kd{1.0}; ///< multiples of the benchmark's strength (ky = kd)
    int gridSize = 41;           ///< points per axis of the contour grids
};

/// A hypothetical confounder k times as strong as the benchmark covariate.
struct SensitivityBound
{
    double kd = 1.0;
    double ky = 1.0;
    double r2dzX = 0.0;  ///< its partial R^2 with the treatment given the covariates
    double r2yzDx = 0.0; ///< its partial R^2 with the outcome given the treatment and covariates
    double adjustedEstimate = 0.0;
    double adjustedSe = 0.0;
    double adjustedT = 0.0;
    /// The implied r2yzDx was above 1 and is set to 1, as sensemakr does: such a confounder
    /// would explain all of the outcome's residual variance (adjusted SE 0, t undefined).
    bool outcomeCapped = false;
};

struct SensitivityReport
{
    bool ok = false;
    std::string message; ///< why nothing was computed (ok false), or the first impossible kd
    /// A multiple kd implies an R^2 >= 1: the message names the first, `impossibleBounds` has
    /// each; the other multiples are bounded and the report is ok.
    bool impossibleBound = false;
    std::string treatment;
    double estimate = 0.0;
    double se = 0.0;
    double t = 0.0;
    double dof = 0.0;
    double partialR2 = 0.0;
    double robustnessValue = 0.0;      ///< RV_q
    double robustnessValueAlpha = 0.0; ///< RV_{q,alpha}
    double q = 1.0;
    double alpha = 0.05;
    double criticalT = 0.0; ///< |t_{alpha/2, dof-1}|: where the t contour stops being significant
    std::string benchmark;
    double benchmarkR2dxjX = 0.0;  ///< the benchmark's partial R^2 with the treatment
    double benchmarkR2yxjDx = 0.0; ///< the benchmark's partial R^2 with the outcome
    std::vector<SensitivityBound> bounds;
    /// The multiples kd with no bound: a confounder that strong would explain all of the
    /// treatment (r2dzX = kd r2dxjX / (1 - r2dxjX) >= 1, given; nothing else is).
    std::vector<SensitivityBound> impossibleBounds;
    /// The contour grids: rows over r2dz_x (gridAxis), columns over r2yz_dx (the same axis).
    Eigen::VectorXd gridAxis;
    Eigen::MatrixXd gridEstimate;
    Eigen::MatrixXd gridT;
};

class ConfounderSensitivity
{
public:
    /// Fits y on the n x p `features` (with an intercept if asked) by OLS, and the treatment on
    /// the other features, and analyses the treatment's weight. A problem (unknown column, too
    /// few rows, a rank-deficient design) gives ok false and a one-line message; a kd too large
    /// is left out of the bounds and said (impossibleBound).
    static SensitivityReport analyse(const Eigen::MatrixXd& features, const Eigen::VectorXd& y,
                                     const std::vector<std::string>& names, bool intercept,
                                     const SensitivitySettings& settings);

    /// R^2_{Y~D|X} = t^2 / (t^2 + dof).
    static double partialR2(double t, double dof);
    /// RV_{q,alpha}: alpha = 1 gives RV_q. f_q = q|t|/sqrt(dof), f* = |t_{alpha/2, dof-1}| /
    /// sqrt(dof-1), f = f_q - f*: 0 if f < 0; (f_q^2 - f*^2)/(1 + f_q^2) if f_q > 1/f*; else
    /// (sqrt(f^4 + 4f^2) - f^2)/2.
    static double robustnessValue(double t, double dof, double q, double alpha);
    /// The Student-t quantile t_{p, dof}.
    static double studentQuantile(double p, double dof);
    /// The bound implied by a benchmark with partial R^2 `r2dxjX` (treatment) and `r2yxjDx`
    /// (outcome), kd and ky times as strong; nullopt when kd is too large (R^2 >= 1) and `why`.
    static std::optional<SensitivityBound> bound(double r2dxjX, double r2yxjDx, double kd,
                                                 double ky, std::string* why);
    /// r2dzX = kd r2dxjX / (1 - r2dxjX): the partial R^2 with the treatment of a confounder kd
    /// times as strong as the benchmark.
    static double treatmentR2(double r2dxjX, double kd);
    /// The estimate moved towards zero by the largest bias of a confounder (r2dzX, r2yzDx).
    static double adjustedEstimate(double estimate, double se, double dof, double r2dzX,
                                   double r2yzDx);
    /// sqrt((1 - r2yzDx)/(1 - r2dzX)) se sqrt(dof/(dof - 1)).
    static double adjustedSe(double se, double dof, double r2dzX, double r2yzDx);
};

} // namespace lev::core
