// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#pragma once
// The spread of R Monte-Carlo replications: per replication the fitted weights, the exact
// held-out and interventional R^2, the weight error ||w - beta_causal||_2 and the sample
// eigenvalues; and their means, SDs and quantiles. Replications whose fit failed are counted
// and left out; with none left the optional fields are empty.

#include <Eigen/Dense>
#include <optional>
#include <vector>

namespace lev::core {

struct MonteCarloSummary
{
    int replications = 0; ///< requested
    int fitted = 0;       ///< replications with identifiable weights

    Eigen::MatrixXd weights;              ///< fitted x p
    std::vector<double> r2Observational;  ///< fitted
    std::vector<double> r2Interventional; ///< fitted (may be empty if Var(Y) = 0)
    std::vector<double> weightError;      ///< fitted
    Eigen::MatrixXd sampleEigenvalues;    ///< replications x p, descending per row
    std::vector<double> sampleVifMax;     ///< replications with a nonsingular sample correlation

    Eigen::VectorXd weightMean;      ///< p; empty when fitted == 0
    Eigen::VectorXd weightSd;        ///< p; SD with divisor fitted - 1; empty when fitted < 2
    Eigen::MatrixXd weightQuantiles; ///< p x 5: the 5, 25, 50, 75 and 95 % quantiles
    std::optional<double> r2ObservationalMean;
    std::optional<double> r2InterventionalMean;
    std::optional<double> weightErrorMean;
    std::optional<double> weightAbsErrorMean; ///< mean over replications and features of |w - beta|
    Eigen::VectorXd sampleEigenvaluesMean;    ///< p
    std::optional<double> sampleVifMaxMean;

    static const double kQuantileLevels[5];
};

} // namespace lev::core
