// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#include "simulation/ExpectedR2.h"

#include <cmath>

namespace lev::core {

std::optional<double> expectedR2(const Eigen::MatrixXd& jointCovariance, double intercept,
                                 const Eigen::VectorXd& weights)
{
    const Eigen::Index p = weights.size();
    const double varY = jointCovariance(p, p);
    if (!(varY > 1e-300))
        return std::nullopt;
    const auto sxx = jointCovariance.topLeftCorner(p, p);
    const auto sxy = jointCovariance.topRightCorner(p, 1);
    const double mse = varY - 2.0 * weights.dot(sxy.col(0)) +
                       weights.dot(sxx.selfadjointView<Eigen::Upper>() * weights) +
                       intercept * intercept;
    const double r2 = 1.0 - std::max(mse, 0.0) / varY;
    if (!std::isfinite(r2))
        return std::nullopt;
    return r2;
}

} // namespace lev::core
