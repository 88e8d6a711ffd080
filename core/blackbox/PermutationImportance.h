// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#pragma once
// Permutation importance as practitioners compute it on held-out rows: the increase in mean
// squared error when feature j's column is shuffled, MSE(shuffled) - MSE, averaged over
// repeats, with its standard error sd / sqrt(repeats).

#include <Eigen/Dense>
#include <functional>
#include <string>

namespace lev::core {

class GradientBoostedTrees;
class OffManifoldMeter;
class RandomStream;

class PermutationImportance
{
public:
    Eigen::VectorXd mean;        ///< per feature
    Eigen::VectorXd se;          ///< per feature; 0 with one repeat
    Eigen::MatrixXd increases;   ///< repeats x p: every repeat's increase
    Eigen::VectorXd offManifold; ///< per feature: shuffled rows beyond the meter's threshold

    /// Shuffles each column `repeats` times (Fisher-Yates by `random`); false and `error` set
    /// when the model fails. `meter` may be null (offManifold then stays empty).
    /// Any fitted model: fills the prediction of each row; false and `error` on failure.
    using Predictor = std::function<bool(const Eigen::MatrixXd& rows, Eigen::VectorXd& prediction,
                                         std::string* error)>;
    /// Wraps a trained XGBoost model.
    static Predictor of(const GradientBoostedTrees& model);

    bool compute(const Predictor& model, const Eigen::MatrixXd& x, const Eigen::VectorXd& y,
                 int repeats, RandomStream& random, const OffManifoldMeter* meter,
                 std::string* error);
};

} // namespace lev::core
