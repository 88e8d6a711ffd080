// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#pragma once
// Scores probe points by their Mahalanobis distance d^2 = (z - mu)^T Theta (z - mu) under the
// observed mean and covariance (Theta its pseudo-inverse); a probe is off the manifold when d^2
// exceeds the chi^2 99 % quantile with as many degrees of freedom as Theta's rank.

#include <Eigen/Dense>

namespace lev::core {

class OffManifoldMeter
{
public:
    /// From the observed rows (n x p, n >= 2).
    explicit OffManifoldMeter(const Eigen::MatrixXd& observed);

    /// d^2 of each row of probes.
    Eigen::VectorXd distances(const Eigen::MatrixXd& probes) const;
    /// The fraction of the rows of probes with d^2 above threshold().
    double offFraction(const Eigen::MatrixXd& probes) const;
    double threshold() const { return m_threshold; }
    int rank() const { return m_rank; }

    /// The chi^2 quantile with dof degrees of freedom at probability level (boost::math).
    static double chiSquareQuantile(int dof, double level);

private:
    Eigen::RowVectorXd m_mean;
    Eigen::MatrixXd m_whitening; ///< p x rank: columns v_k / sqrt(lambda_k)
    double m_threshold = 0.0;
    int m_rank = 0;
};

} // namespace lev::core
