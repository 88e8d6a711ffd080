// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#pragma once
// Partial dependence and ICE of a fitted model for one feature j: ICE_i(x) = f(x, z_i,-j) for
// each row i, PD(x) = mean_i ICE_i(x), on a grid; each probe (x, z_i,-j) is also scored by an
// off-manifold meter.

#include <Eigen/Dense>
#include <functional>
#include <string>

namespace lev::core {

class GradientBoostedTrees;
class OffManifoldMeter;

class PartialDependenceProbe
{
public:
    Eigen::VectorXd values;      ///< PD per grid point
    Eigen::MatrixXd ice;         ///< the first iceCurves rows' curves (rows x grid)
    Eigen::VectorXd offManifold; ///< fraction of probes off the manifold per grid point

    /// false and `error` set when the model fails. `meter` may be null (offManifold empty).
    /// Any fitted model: fills the prediction of each row; false and `error` on failure.
    using Predictor = std::function<bool(const Eigen::MatrixXd& rows, Eigen::VectorXd& prediction,
                                         std::string* error)>;
    /// Wraps a trained XGBoost model.
    static Predictor of(const GradientBoostedTrees& model);

    bool compute(const Predictor& model, const Eigen::MatrixXd& x, int feature,
                 const Eigen::VectorXd& grid, int iceCurves, const OffManifoldMeter* meter,
                 std::string* error);
};

} // namespace lev::core
