// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#pragma once
// What a black-box recompute found (docs/math.md §9): per replication and summarised, the
// learner's held-out and interventional R^2, the interpretation tools and the truth beside them.
// An immutable value; every vector is indexed by feature unless it says otherwise.

#include "blackbox/CreditShares.h"

#include <Eigen/Dense>
#include <limits>
#include <optional>
#include <string>
#include <vector>

namespace lev::core {

enum class BlackBoxStatus
{
    Ok,
    InvalidSettings, ///< message names the bad field; nothing was computed
    LearnerFailed,   ///< XGBoost reported an error; message is its text
    Cancelled        ///< stopped early; the replications done so far are kept
};

/// One refit: a fresh training sample, held-out rows and an interventional sample.
struct BlackBoxReplication
{
    double r2Observational = 0.0;            ///< on held-out observational rows
    double r2Interventional = 0.0;           ///< on rows with every feature randomized
    Eigen::VectorXd meanAbsShap;             ///< mean |SHAP| over the held-out rows
    Eigen::VectorXd permutationImportance;   ///< mean increase in held-out MSE over repeats
    Eigen::VectorXd permutationImportanceSe; ///< its standard error over the repeats
    Eigen::VectorXd partialDependence;       ///< on BlackBoxResult::partialDependence.grid
    double shapAdditivityMaxError = 0.0;     ///< max |sum of contributions + bias - prediction|
    /// The linear estimator on the same rows (LinearBaseline); weights empty when it gave none.
    double linearR2Observational = std::numeric_limits<double>::quiet_NaN();
    double linearR2Interventional = std::numeric_limits<double>::quiet_NaN();
    Eigen::VectorXd linearWeights;
    Eigen::VectorXd linearPartialDependence; ///< its line on the partial dependence grid
};

/// The linear estimator beside the learner, summarised over the replications it fitted.
struct LinearComparison
{
    std::string estimator; ///< "ols", "ridge", "lasso" or "pcr"
    std::string message;   ///< why there is no fit, when fits is 0
    int fits = 0;          ///< replications in which the estimator gave weights
    double r2ObservationalMean = std::numeric_limits<double>::quiet_NaN();
    double r2InterventionalMean = std::numeric_limits<double>::quiet_NaN();
    Eigen::VectorXd weights;   ///< mean over those replications
    Eigen::VectorXd weightsSd; ///< SD over them (0 with one fit)
};

/// Partial dependence and ICE of the learner for one feature, the true do-curve beside them.
struct PartialDependence
{
    int feature = 0;
    Eigen::VectorXd grid;                ///< mean +- 2.5 SD of the feature's marginal
    Eigen::VectorXd values;              ///< mean over the replications of the PD curve
    Eigen::MatrixXd ice;                 ///< rows: ICE curves of the first replication
    Eigen::VectorXd linearValues;        ///< the linear estimator's line (mean); may be empty
    Eigen::VectorXd doCurve;             ///< E[Y | do(X_j = grid[g])], exact
    Eigen::VectorXd offManifoldFraction; ///< probes at grid[g] with d^2 > chi^2_p(0.99)
};

/// The learner's prediction over a 2-D slice (other features at their mean), the training
/// data and an interventional sample in the same two coordinates (first replication).
struct PredictionSlice
{
    int first = 0;
    int second = 1;
    Eigen::VectorXd firstGrid;
    Eigen::VectorXd secondGrid;
    Eigen::MatrixXd prediction;     ///< (secondGrid.size() x firstGrid.size())
    Eigen::MatrixXd truth;          ///< E[Y | do(X_first, X_second)] on the same grid, exact
    Eigen::MatrixXd observed;       ///< n x 2: the training rows' two coordinates
    Eigen::MatrixXd interventional; ///< n x 2: the interventional rows' two coordinates
};

/// One point of the collinearity sweep.
struct BlackBoxSweepPoint
{
    double collinearity = 0.0;
    double r2Observational = 0.0;
    double r2Interventional = 0.0;
    Eigen::VectorXd causalEffect;
    Eigen::VectorXd meanAbsShap;
    Eigen::VectorXd permutationImportance;
    double linearR2Observational = std::numeric_limits<double>::quiet_NaN();
    double linearR2Interventional = std::numeric_limits<double>::quiet_NaN();
    Eigen::VectorXd linearWeights; ///< empty when the linear estimator gave none
    CreditShares credit;
};

struct BlackBoxResult
{
    BlackBoxStatus status = BlackBoxStatus::Ok;
    std::string message; ///< one line when status is not Ok
    int replicationsDone = 0;
    int replicationsRequested = 0;
    double progress = 0.0; ///< 0..1, the replications and sweep points done

    std::vector<std::string> features;
    Eigen::VectorXd causalEffect;       ///< average causal effect of each feature, exact
    std::optional<double> populationR2; ///< best possible R^2 (linear generators)
    std::vector<BlackBoxReplication> replications;

    double r2ObservationalMean = 0.0;
    double r2ObservationalSd = 0.0;
    double r2InterventionalMean = 0.0;
    double r2InterventionalSd = 0.0;
    Eigen::VectorXd meanAbsShap;                    ///< mean over the replications
    Eigen::VectorXd permutationImportance;          ///< mean over the replications and repeats
    Eigen::VectorXd permutationImportanceSe;        ///< SE of that mean over replications x repeats
    Eigen::VectorXd permutationOffManifoldFraction; ///< permuted probes with d^2 > chi^2_p(0.99)
    double shapAdditivityMaxError = 0.0;            ///< the largest over the replications
    /// A replication's SHAP is still being computed: meanAbsShap and the additivity are of the
    /// others (empty and 0 when there are none). Only the first fit is delivered so.
    bool shapPending = false;
    double outcomeSd = 0.0;  ///< SD of Y in the first training sample
    LinearComparison linear; ///< the linear estimator on the same rows
    CreditShares credit;     ///< the shares of the tools, the linear weights and the truth
    PartialDependence partialDependence;
    PredictionSlice slice;
    std::vector<BlackBoxSweepPoint> sweep; ///< empty unless the settings ask for it
};

} // namespace lev::core
