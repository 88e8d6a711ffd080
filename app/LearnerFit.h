// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#pragma once
// `fit --learner xgboost`: gradient-boosted trees on the user's own columns (docs/math.md §9),
// with SHAP, permutation importance, partial dependence and K-fold cross-validated R^2.

#include "blackbox/LearnerSettings.h"

#include <Eigen/Dense>
#include <QCommandLineParser>
#include <QStringList>
#include <optional>
#include <string>
#include <vector>

namespace lev::app {

class Subcommand;

class LearnerFit
{
public:
    /// Folds when --cv is not given (fewer when the file has fewer rows).
    static constexpr int kDefaultFolds = 5;

    /// The fit options that only the linear estimators use (refused with --learner).
    static QStringList linearOnlyOptions();
    /// Fits, prints the document and returns the exit code.
    static int run(const Subcommand& command, const QCommandLineParser& parser,
                   const Eigen::MatrixXd& x, const Eigen::VectorXd& y, const std::string& target,
                   const std::vector<std::string>& features, const core::LearnerSettings& learner,
                   std::optional<long long> folds, std::uint64_t seed, bool dropMissing,
                   long long rowsDropped);
};

} // namespace lev::app
