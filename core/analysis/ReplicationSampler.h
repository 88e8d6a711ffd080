#pragma once
// Draws the sufficient statistics of one Monte-Carlo replication of n Gaussian rows with zero
// mean and covariance Sigma of (X, Y). Wishart: the centered scatter is M T T^T M^T with
// M M^T = Sigma and T the Bartlett factor (T_ii^2 ~ chi^2(n - 1 - i), T_ij ~ N(0,1) below the
// diagonal), the mean is M z / sqrt(n). Direct: draws the n rows. Both agree in distribution.

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

private:
    SufficientStatistics sampleWishart(RandomStream& random) const;
    SufficientStatistics sampleDirect(RandomStream& random) const;

    Eigen::MatrixXd m_root; ///< M with M M^T = Sigma (symmetric square root)
    int m_n = 0;
    bool m_wishart = false;
};

} // namespace lev::core
