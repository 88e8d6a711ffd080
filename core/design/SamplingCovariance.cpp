// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#include "design/SamplingCovariance.h"

#include "design/PooledLimit.h"

#include <Eigen/Dense>
#include <algorithm>

namespace lev::core {

double SamplingCovariance::residualVariance(const Eigen::MatrixXd& joint,
                                            const Eigen::VectorXd& beta)
{
    const Eigen::Index p = joint.rows() - 1;
    const double value = joint(p, p) - 2.0 * beta.dot(joint.col(p).head(p)) +
                         beta.dot(joint.topLeftCorner(p, p) * beta);
    return std::max(value, 0.0);
}

std::optional<Eigen::MatrixXd> SamplingCovariance::pooledOls(const Eigen::MatrixXd& observational,
                                                             const Eigen::MatrixXd& experimental,
                                                             int observationalRows,
                                                             int randomizedRows)
{
    const Eigen::Index p = observational.rows() - 1;
    const int n = observationalRows + randomizedRows;
    if (n < p + 3)
        return std::nullopt;
    const double fraction = static_cast<double>(randomizedRows) / n;
    const Eigen::MatrixXd joint = PooledLimit::mixture(observational, experimental, fraction);
    const auto beta = PooledLimit::weights(joint);
    if (!beta)
        return std::nullopt;
    Eigen::MatrixXd omega = Eigen::MatrixXd::Zero(p, p);
    const auto addRegime = [&](const Eigen::MatrixXd& s, double share) {
        if (share <= 0.0)
            return;
        const Eigen::VectorXd c = s.col(p).head(p) - s.topLeftCorner(p, p) * *beta;
        omega += share * (s.topLeftCorner(p, p) * residualVariance(s, *beta) + c * c.transpose());
    };
    addRegime(observational, 1.0 - fraction);
    addRegime(experimental, fraction);
    const Eigen::MatrixXd mInverse =
        joint.topLeftCorner(p, p).ldlt().solve(Eigen::MatrixXd::Identity(p, p));
    Eigen::MatrixXd covariance = mInverse * omega * mInverse / static_cast<double>(n - p - 2);
    covariance = 0.5 * (covariance + covariance.transpose()).eval();
    return covariance;
}

} // namespace lev::core
