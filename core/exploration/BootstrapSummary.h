// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#pragma once
// The spread of an estimator's weights over bootstrap resamples of the rows: an estimate of their
// sampling variability from the data alone. Resamples whose fit failed are counted and left out.

#include <Eigen/Dense>

namespace lev::core {

struct BootstrapSummary
{
    int replications = 0;       ///< requested
    int failedReplications = 0; ///< resamples whose fit failed (e.g. a resample lost rank)
    Eigen::VectorXd weightSd;   ///< p, divisor (successes - 1); empty if fewer than 2 succeeded
    Eigen::MatrixXd weightQuantiles; ///< p x 3, columns at kQuantileLevels; empty if none succeeded
    static constexpr double kQuantileLevels[3] = {0.025, 0.5, 0.975};
};

} // namespace lev::core
