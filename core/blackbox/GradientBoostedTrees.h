// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#pragma once
// A trained XGBoost booster (C API) owned by RAII: regression with squared error, tree_method
// hist, LearnerSettings' rounds, depth and eta, all else at XGBoost's defaults. Predictions and
// TreeSHAP contributions (pred_contribs: p columns plus the bias, summing to the prediction).

#include "blackbox/LearnerSettings.h"

#include <Eigen/Dense>
#include <string>

namespace lev::core {

class GradientBoostedTrees
{
public:
    GradientBoostedTrees() = default;
    ~GradientBoostedTrees();
    GradientBoostedTrees(const GradientBoostedTrees&) = delete;
    GradientBoostedTrees& operator=(const GradientBoostedTrees&) = delete;

    /// Trains on the rows of x with outcome y; false and errorString() on failure.
    bool train(const Eigen::MatrixXd& x, const Eigen::VectorXd& y, const LearnerSettings& settings);
    bool isTrained() const { return m_booster != nullptr; }
    int featureCount() const { return m_features; }

    /// The prediction for each row of x; false and errorString() on failure.
    bool predict(const Eigen::MatrixXd& x, Eigen::VectorXd& prediction) const;
    /// SHAP values: rows of x by (p + 1) columns, the last the bias. On the settings'
    /// shapThreads (the training's threads are restored afterwards).
    bool contributions(const Eigen::MatrixXd& x, Eigen::MatrixXd& shap) const;

    const std::string& errorString() const { return m_error; }

private:
    bool predictWith(const Eigen::MatrixXd& x, int optionMask, Eigen::MatrixXd& out) const;
    bool setThreads(int threads) const;
    void release();

    void* m_booster = nullptr;
    int m_features = 0;
    int m_threads = 0;
    int m_shapThreads = 0;
    mutable std::string m_error;
};

} // namespace lev::core
