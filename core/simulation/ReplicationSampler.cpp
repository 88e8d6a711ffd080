// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#include "simulation/ReplicationSampler.h"

#include "linalg/TriangularProduct.h"
#include "random/RandomStream.h"

#include <Eigen/Cholesky>
#include <Eigen/Eigenvalues>
#include <algorithm>
#include <cassert>
#include <cmath>
#include <limits>

namespace lev::core {

namespace {

constexpr double kEpsilon = std::numeric_limits<double>::epsilon();

/// M = [[L, 0], [l^T, s]] with L L^T = Sigma_XX, l = L^{-1} Sigma_XY, s^2 = Sigma_YY - |l|^2, or
/// false when Sigma_XX is not positive definite beyond rounding. A residual variance s^2 at
/// rounding level of Sigma_YY is an exact zero (e.g. Y = X1 when sigma = 0).
bool choleskyRoot(const Eigen::MatrixXd& sigma, Eigen::MatrixXd& root)
{
    const Eigen::Index q = sigma.rows();
    const Eigen::Index p = q - 1;
    root = Eigen::MatrixXd::Zero(q, q);
    if (p >= 1) {
        const Eigen::LLT<Eigen::MatrixXd> llt(sigma.topLeftCorner(p, p));
        if (llt.info() != Eigen::Success)
            return false;
        const Eigen::MatrixXd lower = llt.matrixL();
        const double largest = sigma.diagonal().head(p).maxCoeff();
        if (!(lower.diagonal().cwiseAbs2().minCoeff() >
              static_cast<double>(p) * kEpsilon * largest))
            return false;
        root.topLeftCorner(p, p) = lower;
        root.row(p).head(p) =
            llt.matrixL().solve(sigma.col(p).head(p)).transpose(); // l = L^{-1} Sigma_XY
    }
    const double residual = sigma(p, p) - root.row(p).head(p).squaredNorm();
    const double roundingLevel = static_cast<double>(q) * kEpsilon * std::abs(sigma(p, p));
    root(p, p) = residual > roundingLevel ? std::sqrt(residual) : 0.0;
    return true;
}

/// A symmetric square root; it copes with a semidefinite Sigma. Eigenvalues at rounding level are
/// exact zeros: their square roots (~1e-8) would otherwise add spurious noise.
Eigen::MatrixXd symmetricRoot(const Eigen::MatrixXd& sigma)
{
    const Eigen::SelfAdjointEigenSolver<Eigen::MatrixXd> eigen(sigma);
    const int dimension = static_cast<int>(sigma.rows());
    const double largest = std::max(eigen.eigenvalues().maxCoeff(), 0.0);
    const double roundingLevel = dimension * kEpsilon * largest;
    const Eigen::VectorXd roots =
        (eigen.eigenvalues().array() > roundingLevel)
            .select(eigen.eigenvalues().array().cwiseMax(0.0).sqrt(), 0.0);
    return eigen.eigenvectors() * roots.asDiagonal() * eigen.eigenvectors().transpose();
}

} // namespace

ReplicationSampler::ReplicationSampler(const Eigen::MatrixXd& jointCovariance, int n,
                                       SamplingMethod method)
    : m_n(n)
{
    assert(n >= 1);
    assert(jointCovariance.rows() >= 1 && jointCovariance.rows() == jointCovariance.cols());
    m_triangular = choleskyRoot(jointCovariance, m_root);
    if (!m_triangular)
        m_root = symmetricRoot(jointCovariance);
    const int dimension = static_cast<int>(jointCovariance.rows());
    const bool bartlettApplies = n - 1 >= dimension;
    m_wishart = method == SamplingMethod::Wishart ||
                (method == SamplingMethod::Automatic && bartlettApplies);
    assert(!m_wishart || bartlettApplies);
}

SufficientStatistics ReplicationSampler::sample(RandomStream& random) const
{
    return m_wishart ? sampleWishart(random) : sampleDirect(random);
}

void ReplicationSampler::sampleBartlett(RandomStream& random, Eigen::MatrixXd& bartlett) const
{
    const Eigen::Index q = m_root.rows();
    const int dof = m_n - 1;
    for (Eigen::Index j = 0; j < q; ++j) {
        bartlett(j, j) = std::sqrt(random.chiSquare(static_cast<double>(dof - j)));
        random.fillNormal(&bartlett(j, j) + 1, static_cast<long>(q - j - 1));
    }
}

void ReplicationSampler::sampleFactor(RandomStream& random, Eigen::MatrixXd& factor,
                                      Eigen::VectorXd& mean) const
{
    assert(hasTriangularFactor());
    const Eigen::Index q = m_root.rows();
    assert(factor.rows() == q && factor.cols() == q && mean.size() == q);
    // Column j of G = M T is M(j:, j:) T(j:, j): lower triangular times lower triangular.
    sampleBartlett(random, factor);
    const Eigen::Index stride = m_root.outerStride();
    for (Eigen::Index j = 0; j < q; ++j)
        TriangularProduct::lowerInPlace(&m_root(j, j), stride, q - j, &factor(j, j));
    random.fillNormal(mean.data(), static_cast<long>(q));
    TriangularProduct::lowerInPlace(m_root.data(), stride, q, mean.data());
    mean /= std::sqrt(static_cast<double>(m_n));
}

SufficientStatistics ReplicationSampler::sampleWishart(RandomStream& random) const
{
    const Eigen::Index q = m_root.rows();
    Eigen::MatrixXd factor = Eigen::MatrixXd::Zero(q, q);
    Eigen::VectorXd mean(q);
    if (m_triangular) {
        sampleFactor(random, factor, mean);
    } else {
        Eigen::MatrixXd bartlett = Eigen::MatrixXd::Zero(q, q);
        sampleBartlett(random, bartlett);
        factor.noalias() = m_root * bartlett.triangularView<Eigen::Lower>();
        random.fillNormal(mean.data(), static_cast<long>(q));
        mean = m_root * mean / std::sqrt(static_cast<double>(m_n));
    }
    Eigen::MatrixXd scatter = Eigen::MatrixXd::Zero(q, q);
    if (m_triangular)
        scatter.selfadjointView<Eigen::Lower>().rankUpdate(
            Eigen::MatrixXd(factor.triangularView<Eigen::Lower>()));
    else
        scatter.selfadjointView<Eigen::Lower>().rankUpdate(factor);
    scatter.triangularView<Eigen::StrictlyUpper>() = scatter.transpose();
    return SufficientStatistics::fromJoint(m_n, mean, scatter);
}

SufficientStatistics ReplicationSampler::sampleDirect(RandomStream& random) const
{
    const Eigen::Index q = m_root.rows();
    Eigen::MatrixXd normals(m_n, q);
    random.fillNormal(normals.data(), normals.size());
    const Eigen::MatrixXd rows = normals * m_root.transpose(); // rows z^T M^T
    return SufficientStatistics::fromData(rows.leftCols(q - 1), rows.col(q - 1));
}

} // namespace lev::core
