// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#pragma once
// Draws the sufficient statistics of one Monte-Carlo replication of n Gaussian rows with zero
// mean and covariance Sigma of (X, Y). Wishart (Bartlett): the centered scatter is
// S = M T T^T M^T with M M^T = Sigma and T lower triangular, T_ii^2 ~ chi^2(n - 1 - i),
// T_ij ~ N(0,1) below the diagonal; the mean is M z / sqrt(n). Direct: draws the n rows.
// Both agree in distribution. When Sigma_XX is positive definite, M is the lower Cholesky factor
// of Sigma, so G = M T is itself the Cholesky factor of S: drawing it costs q^3/6 and a least
// squares fit then needs only a triangular solve.

#include "estimators/SufficientStatistics.h"

#include <Eigen/Dense>

namespace lev::core {

class RandomStream;

enum class SamplingMethod
{
    Automatic, ///< Wishart when n - 1 >= p + 1, else direct
    Wishart,
    Direct
};

class ReplicationSampler
{
public:
    ReplicationSampler(const Eigen::MatrixXd& jointCovariance, int n, SamplingMethod method);

    SufficientStatistics sample(RandomStream& random) const;
    bool usesWishart() const { return m_wishart; }
    /// Whether sampleFactor() applies: Wishart sampling with a lower triangular root M.
    bool hasTriangularFactor() const { return m_wishart && m_triangular; }
    int n() const { return m_n; }
    int dimension() const { return static_cast<int>(m_root.rows()); }

    /// Wishart only, M lower triangular: writes the lower triangle of G = M T (G G^T = S, the
    /// centered scatter of (X, Y); the strict upper triangle is left as it was) and the mean
    /// into q x q and q storage of the caller, without allocating.
    void sampleFactor(RandomStream& random, Eigen::MatrixXd& factor, Eigen::VectorXd& mean) const;

private:
    SufficientStatistics sampleWishart(RandomStream& random) const;
    SufficientStatistics sampleDirect(RandomStream& random) const;
    /// The Bartlett factor T of W(I, n - 1), lower triangle, drawn column by column.
    void sampleBartlett(RandomStream& random, Eigen::MatrixXd& bartlett) const;

    Eigen::MatrixXd m_root; ///< M with M M^T = Sigma: lower triangular or else symmetric
    int m_n = 0;
    bool m_wishart = false;
    bool m_triangular = false;
};

} // namespace lev::core
