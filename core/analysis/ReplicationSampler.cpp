#include "analysis/ReplicationSampler.h"

#include "random/RandomStream.h"

#include <Eigen/Eigenvalues>
#include <algorithm>
#include <cassert>
#include <cmath>
#include <limits>

namespace lev::core {

ReplicationSampler::ReplicationSampler(const Eigen::MatrixXd& jointCovariance, int n,
                                       SamplingMethod method)
    : m_n(n)
{
    assert(n >= 1);
    // A symmetric square root copes with a semidefinite Sigma (sigma = 0 makes Y exact).
    // Eigenvalues at rounding level are exact zeros (e.g. Y = X1 when sigma = 0): their square
    // roots (~1e-8) would otherwise add spurious noise.
    const Eigen::SelfAdjointEigenSolver<Eigen::MatrixXd> eigen(jointCovariance);
    const int dimension = static_cast<int>(jointCovariance.rows());
    const double largest = std::max(eigen.eigenvalues().maxCoeff(), 0.0);
    const double roundingLevel = dimension * std::numeric_limits<double>::epsilon() * largest;
    const Eigen::VectorXd roots =
        (eigen.eigenvalues().array() > roundingLevel)
            .select(eigen.eigenvalues().array().cwiseMax(0.0).sqrt(), 0.0);
    m_root = eigen.eigenvectors() * roots.asDiagonal() * eigen.eigenvectors().transpose();
    const bool bartlettApplies = n - 1 >= dimension;
    m_wishart = method == SamplingMethod::Wishart ||
                (method == SamplingMethod::Automatic && bartlettApplies);
    assert(!m_wishart || bartlettApplies);
}

SufficientStatistics ReplicationSampler::sample(RandomStream& random) const
{
    return m_wishart ? sampleWishart(random) : sampleDirect(random);
}

SufficientStatistics ReplicationSampler::sampleWishart(RandomStream& random) const
{
    const Eigen::Index q = m_root.rows();
    const int dof = m_n - 1;
    // Bartlett: W(I, dof) = T T^T with T lower triangular.
    Eigen::MatrixXd bartlett = Eigen::MatrixXd::Zero(q, q);
    for (Eigen::Index i = 0; i < q; ++i) {
        bartlett(i, i) = std::sqrt(random.chiSquare(static_cast<double>(dof - i)));
        for (Eigen::Index j = 0; j < i; ++j)
            bartlett(i, j) = random.normal();
    }
    const Eigen::MatrixXd factor = m_root * bartlett.triangularView<Eigen::Lower>();
    Eigen::MatrixXd scatter = Eigen::MatrixXd::Zero(q, q);
    scatter.selfadjointView<Eigen::Lower>().rankUpdate(factor);
    scatter.triangularView<Eigen::StrictlyUpper>() = scatter.transpose();

    Eigen::VectorXd z(q);
    random.fillNormal(z.data(), q);
    const Eigen::VectorXd mean = m_root * z / std::sqrt(static_cast<double>(m_n));
    return SufficientStatistics::fromJoint(m_n, mean, scatter);
}

SufficientStatistics ReplicationSampler::sampleDirect(RandomStream& random) const
{
    const Eigen::Index q = m_root.rows();
    Eigen::MatrixXd normals(m_n, q);
    random.fillNormal(normals.data(), normals.size());
    const Eigen::MatrixXd rows = normals * m_root; // M symmetric: rows z^T M^T
    return SufficientStatistics::fromData(rows.leftCols(q - 1), rows.col(q - 1));
}

} // namespace lev::core
