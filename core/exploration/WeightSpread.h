// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#pragma once
// The spread of fitted weights over replications (one row per replication): per weight the SD
// with divisor R - 1 and quantiles by linear interpolation between order statistics (NumPy's
// default, Hyndman and Fan type 7: x_(floor h) + (h - floor h)(x_(floor h + 1) - x_(floor h)),
// h = level (R - 1), 0-based).

#include <Eigen/Dense>

namespace lev::core {

class WeightSpread
{
public:
    /// p SDs of the R x p samples; empty when R < 2.
    static Eigen::VectorXd sd(const Eigen::MatrixXd& samples);
    /// p x levelCount quantiles of the R x p samples; empty when R == 0.
    static Eigen::MatrixXd quantiles(const Eigen::MatrixXd& samples, const double* levels,
                                     int levelCount);
};

} // namespace lev::core
