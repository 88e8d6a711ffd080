// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#pragma once
// Gradient-boosted trees on the user's own data, read as practitioners read them (docs/math.md
// §9): one model on all rows, whose SHAP values, permutation importance and partial dependence
// are reported; K-fold cross-validated R^2 (pooled out of fold) says how well it predicts.

#include "blackbox/LearnerSettings.h"

#include <Eigen/Dense>
#include <atomic>
#include <optional>
#include <string>
#include <vector>

namespace lev::core {

struct LearnerDataFitReport
{
    bool ok = false;
    std::string message;                    ///< one line when not ok
    double r2 = 0.0;                        ///< in sample
    int folds = 0;                          ///< 0: no cross-validation
    std::optional<double> crossValidatedR2; ///< pooled out of fold; none if y is constant
    std::vector<double> foldR2;
    Eigen::VectorXd meanAbsShap;
    double shapBias = 0.0; ///< the bias column (the same on every row)
    double shapAdditivityMaxError = 0.0;
    Eigen::VectorXd permutationImportance;
    Eigen::VectorXd permutationImportanceSe;
    int pdpFeature = -1;  ///< -1: none
    Eigen::VectorXd grid; ///< the feature's 5 to 95 % quantile range
    Eigen::VectorXd partialDependence;
    Eigen::MatrixXd ice;
    Eigen::VectorXd offManifoldFraction;
};

class LearnerDataFit
{
public:
    static constexpr int kPermutationRepeats = 5;
    static constexpr int kGridSize = 21;
    static constexpr int kIceCurves = 30;

    /// x: rows x p, y: rows. folds 0 (none) or 2..rows; pdpFeature -1 (none) or 0..p-1.
    /// Never throws; a failure gives ok = false and a message.
    static LearnerDataFitReport run(const Eigen::MatrixXd& x, const Eigen::VectorXd& y,
                                    const LearnerSettings& learner, int folds, int pdpFeature,
                                    std::uint64_t seed, const std::atomic<bool>* cancel = nullptr);
};

} // namespace lev::core
