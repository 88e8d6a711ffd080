// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#include "estimators/PrincipalComponentRegression.h"

#include <Eigen/Eigenvalues>

namespace lev::core {

LinearFit PrincipalComponentRegression::fit(const SufficientStatistics& stats, int components)
{
    const int p = stats.featureCount();
    if (components < 1 || components > p)
        return LinearFit::failed(FitStatus::InvalidSettings,
                                 "components must be between 1 and p = " + std::to_string(p));
    const Eigen::SelfAdjointEigenSolver<Eigen::MatrixXd> eigen(stats.featureScatter);
    // Eigen sorts ascending: the top k are the last k columns.
    const Eigen::VectorXd values = eigen.eigenvalues().tail(components);
    const Eigen::MatrixXd vectors = eigen.eigenvectors().rightCols(components);
    const double largest = eigen.eigenvalues()[p - 1];
    if (!(values[0] > largest * p * 1e-15) || !(largest > 0.0))
        return LinearFit::failed(FitStatus::NotIdentifiable,
                                 "component " + std::to_string(components) +
                                     " has no variance: fewer components are identifiable");
    LinearFit fit;
    fit.status = FitStatus::Ok;
    fit.weights = vectors * (vectors.transpose() * stats.crossScatter).cwiseQuotient(values);
    fit.intercept = stats.targetMean - stats.featureMean.dot(fit.weights);
    return fit;
}

} // namespace lev::core
