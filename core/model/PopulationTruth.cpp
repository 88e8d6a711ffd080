// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#include "model/PopulationTruth.h"

#include "simulation/ExpectedR2.h"

namespace lev::core {

Eigen::MatrixXd PopulationTruth::featureCovariance() const
{
    const Eigen::Index p = observedCovariance.rows() - 1;
    return observedCovariance.topLeftCorner(p, p);
}

PopulationTruth PopulationTruth::of(const LinearGaussianScm& scm)
{
    PopulationTruth truth;
    const int p = scm.featureCount();
    truth.features = scm.featureNames();
    truth.observedCovariance = scm.observedCovariance();
    truth.interventionalCovariance = scm.interventionalCovariance();
    truth.causalWeights = scm.causalWeights();
    truth.totalEffects = scm.totalEffects();

    const Eigen::MatrixXd sxx = truth.observedCovariance.topLeftCorner(p, p);
    const Eigen::VectorXd sxy = truth.observedCovariance.topRightCorner(p, 1);
    truth.conditionalSlopes = sxy.cwiseQuotient(sxx.diagonal());
    // Sigma_XX is positive definite for every generator with c < 1; LDLT also copes with
    // a semidefinite matrix without NaN.
    truth.populationWeights = sxx.ldlt().solve(sxy);
    truth.r2 = expectedR2(truth.observedCovariance, 0.0, truth.populationWeights);
    truth.interventionalR2 =
        expectedR2(truth.interventionalCovariance, 0.0, truth.populationWeights);
    return truth;
}

} // namespace lev::core
