// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#include "design/PooledLimit.h"

#include <Eigen/Cholesky>
#include <cassert>

namespace lev::core {

namespace {
// As OrdinaryLeastSquares: a correlation matrix this ill-conditioned counts as singular.
constexpr double kSingularRcond = 1e-13;
} // namespace

Eigen::MatrixXd PooledLimit::mixture(const Eigen::MatrixXd& observational,
                                     const Eigen::MatrixXd& experimental, double fraction)
{
    assert(observational.rows() == experimental.rows());
    return (1.0 - fraction) * observational + fraction * experimental;
}

std::optional<Eigen::VectorXd> PooledLimit::weights(const Eigen::MatrixXd& joint)
{
    const Eigen::Index p = joint.rows() - 1;
    const Eigen::MatrixXd sxx = joint.topLeftCorner(p, p);
    const Eigen::VectorXd scale = sxx.diagonal().cwiseSqrt();
    if (!((scale.array() > 0.0).all()))
        return std::nullopt;
    const Eigen::VectorXd inverseScale = scale.cwiseInverse();
    const Eigen::LLT<Eigen::MatrixXd> llt(inverseScale.asDiagonal() * sxx *
                                          inverseScale.asDiagonal());
    if (llt.info() != Eigen::Success || !(llt.rcond() > kSingularRcond))
        return std::nullopt;
    Eigen::VectorXd w =
        inverseScale.asDiagonal() * llt.solve(inverseScale.asDiagonal() * joint.col(p).head(p));
    return w;
}

std::optional<Eigen::VectorXd> PooledLimit::of(const Eigen::MatrixXd& observational,
                                               const Eigen::MatrixXd& experimental, double fraction)
{
    return weights(mixture(observational, experimental, fraction));
}

} // namespace lev::core
