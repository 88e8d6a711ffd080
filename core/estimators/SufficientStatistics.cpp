// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#include "estimators/SufficientStatistics.h"

#include <cassert>

namespace lev::core {

Eigen::MatrixXd SufficientStatistics::featureCovariance() const
{
    assert(n >= 2);
    return featureScatter / static_cast<double>(n - 1);
}

SufficientStatistics SufficientStatistics::fromData(const Eigen::MatrixXd& features,
                                                    const Eigen::VectorXd& target)
{
    assert(features.rows() == target.size());
    SufficientStatistics stats;
    stats.n = static_cast<int>(features.rows());
    stats.featureMean = features.colwise().mean().transpose();
    stats.targetMean = target.mean();
    const Eigen::MatrixXd centered = features.rowwise() - stats.featureMean.transpose();
    const Eigen::VectorXd centeredTarget = target.array() - stats.targetMean;
    stats.featureScatter = Eigen::MatrixXd(centered.cols(), centered.cols());
    stats.featureScatter.setZero();
    stats.featureScatter.selfadjointView<Eigen::Lower>().rankUpdate(centered.transpose());
    stats.featureScatter.triangularView<Eigen::StrictlyUpper>() = stats.featureScatter.transpose();
    stats.crossScatter = centered.transpose() * centeredTarget;
    stats.targetScatter = centeredTarget.squaredNorm();
    return stats;
}

SufficientStatistics SufficientStatistics::fromJoint(int n, const Eigen::VectorXd& mean,
                                                     const Eigen::MatrixXd& scatter)
{
    const Eigen::Index p = mean.size() - 1;
    SufficientStatistics stats;
    stats.n = n;
    stats.featureMean = mean.head(p);
    stats.targetMean = mean[p];
    stats.featureScatter = scatter.topLeftCorner(p, p);
    stats.crossScatter = scatter.topRightCorner(p, 1);
    stats.targetScatter = scatter(p, p);
    return stats;
}

} // namespace lev::core
