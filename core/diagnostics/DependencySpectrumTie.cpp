// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#include "diagnostics/DependencySpectrumTie.h"

#include <Eigen/Eigenvalues>
#include <cassert>

namespace lev::core {

std::vector<SpectrumTie> DependencySpectrumTie::of(const Eigen::MatrixXd& features,
                                                   const BelsleyReport& report,
                                                   const BelsleySettings& settings)
{
    const Eigen::Index p = features.cols();
    std::vector<SpectrumTie> ties;
    if (report.nearDependencies.empty() || p == 0)
        return ties;
    const Eigen::Index offset = report.vectors.rows() - p; // 1 with the intercept column
    assert(offset == 0 || offset == 1);

    // R = Z^T Z with Z the centred columns at unit length (a constant column stays 0).
    Eigen::MatrixXd z = features.rowwise() - features.colwise().mean();
    Eigen::VectorXd centredLength(p);
    Eigen::VectorXd designLength(p);
    for (Eigen::Index j = 0; j < p; ++j) {
        centredLength(j) = z.col(j).norm();
        designLength(j) = settings.centred ? centredLength(j) : features.col(j).norm();
        if (centredLength(j) > 0.0)
            z.col(j) /= centredLength(j);
    }
    Eigen::MatrixXd r = z.transpose() * z;
    for (Eigen::Index j = 0; j < p; ++j)
        if (centredLength(j) == 0.0)
            r(j, j) = 1.0; // as DataExploration's correlation: 1 on the diagonal
    const Eigen::SelfAdjointEigenSolver<Eigen::MatrixXd> eigen(r);
    // Eigen sorts ascending; R's spectrum is shown descending.
    const Eigen::MatrixXd vectors = eigen.eigenvectors().rowwise().reverse();

    for (std::size_t d = 0; d < report.nearDependencies.size(); ++d) {
        const int component = report.nearDependencies[d].component;
        Eigen::VectorXd w(p);
        for (Eigen::Index j = 0; j < p; ++j)
            w(j) = designLength(j) > 0.0
                       ? report.vectors(offset + j, component) * centredLength(j) / designLength(j)
                       : 0.0;
        SpectrumTie tie;
        tie.dependency = static_cast<int>(d);
        const double length = w.norm();
        // Below this the direction is the intercept's alone (v_k had no weight on the features).
        if (length > 1e-8) {
            w /= length;
            const Eigen::VectorXd cosines = (vectors.transpose() * w).cwiseAbs();
            Eigen::Index best = 0;
            tie.cosine = cosines.maxCoeff(&best);
            tie.eigenvalue = static_cast<int>(best);
            tie.rayleigh = w.dot(r * w);
        }
        ties.push_back(tie);
    }
    return ties;
}

} // namespace lev::core
