// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#pragma once
// Scores probe points by their Mahalanobis distance d^2 = (z - mu)^T Theta (z - mu) under the
// observed mean and covariance (Theta its pseudo-inverse); a probe is off the manifold when d^2
// exceeds the chi^2 99 % quantile with as many degrees of freedom as Theta's rank.
// Partial dependence and permutation importance move one coordinate of an observed row at a
// time: with u = z - mu, d^2(z + delta e_j) = d^2(z) + delta (2 (Theta u)_j + delta Theta_jj),
// O(1) per probe once each row's d^2 and Theta u are known (RowTerms), not O(p^2).

#include <Eigen/Dense>

namespace lev::core {

class OffManifoldMeter
{
public:
    /// From the observed rows (n x p, n >= 2).
    explicit OffManifoldMeter(const Eigen::MatrixXd& observed);

    /// What the one-coordinate update needs of some rows: each row's d^2 and Theta (z - mu).
    struct RowTerms
    {
        Eigen::VectorXd distances; ///< n: d^2 of each row
        Eigen::MatrixXd gradients; ///< n x p: row i is (Theta (z_i - mu))^T
    };

    /// d^2 of each row of probes.
    Eigen::VectorXd distances(const Eigen::MatrixXd& probes) const;
    /// The fraction of the rows of probes with d^2 above threshold().
    double offFraction(const Eigen::MatrixXd& probes) const;
    RowTerms rowTerms(const Eigen::MatrixXd& rows) const;
    /// The fraction off the manifold of the probes k = 0 .. values.size() - 1, probe k being
    /// row k mod n of `rows` with its `feature` set to values(k); `terms` = rowTerms(rows).
    double offFraction(const RowTerms& terms, const Eigen::MatrixXd& rows, Eigen::Index feature,
                       const Eigen::VectorXd& values) const;
    double threshold() const { return m_threshold; }
    int rank() const { return m_rank; }

    /// The chi^2 quantile with dof degrees of freedom at probability level (boost::math).
    static double chiSquareQuantile(int dof, double level);

private:
    Eigen::RowVectorXd m_mean;
    Eigen::MatrixXd m_whitening;         ///< p x rank: columns v_k / sqrt(lambda_k)
    Eigen::VectorXd m_precisionDiagonal; ///< Theta_jj = squared norm of the whitening's row j
    double m_threshold = 0.0;
    int m_rank = 0;
};

} // namespace lev::core
