// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#include "linalg/Spectrum.h"

#include "linalg/SymmetricEigenvalues.h"

#include <Eigen/Cholesky>
#include <Eigen/Eigenvalues>
#include <algorithm>
#include <cmath>
#include <cstddef>
#include <limits>

namespace lev::core {

namespace {

Eigen::VectorXd descendingClipped(const Eigen::VectorXd& ascending)
{
    return ascending.reverse().cwiseMax(0.0);
}

} // namespace

Eigen::VectorXd Spectrum::eigenvaluesOf(const Eigen::MatrixXd& covariance)
{
    // Householder tridiagonalization, then the root-free QL of the tridiagonal matrix; Eigen's
    // solver should the QL not converge.
    const Eigen::Index p = covariance.rows();
    if (p == 0)
        return {};
    const double scale = covariance.cwiseAbs().maxCoeff();
    if (!(scale > 0.0) || !std::isfinite(scale) || p == 1)
        return descendingClipped(covariance.diagonal());
    Eigen::VectorXd ascending;
    if (!SymmetricEigenvalues::ascending(covariance, ascending)) {
        const Eigen::SelfAdjointEigenSolver<Eigen::MatrixXd> eigen(covariance,
                                                                   Eigen::EigenvaluesOnly);
        return descendingClipped(eigen.eigenvalues());
    }
    return descendingClipped(ascending);
}

Spectrum Spectrum::of(const Eigen::MatrixXd& covariance)
{
    Spectrum spectrum;
    const Eigen::Index p = covariance.rows();
    if (p == 0)
        return spectrum;
    spectrum.eigenvalues = eigenvaluesOf(covariance);
    const double largest = spectrum.eigenvalues[0];
    const double tolerance =
        static_cast<double>(p) * std::numeric_limits<double>::epsilon() * largest;
    spectrum.effectiveRank = static_cast<int>((spectrum.eigenvalues.array() > tolerance).count());
    if (!(largest > 0.0) || spectrum.effectiveRank < p)
        return spectrum;

    spectrum.inverseEigenvalues = spectrum.eigenvalues.cwiseInverse();
    spectrum.conditionNumber = largest / spectrum.eigenvalues[p - 1];
    // Theta by Cholesky (p^3 flops; the eigenvectors would cost about 9 p^3), symmetrized; the
    // eigenvectors only if the factorization fails at the edge of the rank tolerance.
    const Eigen::LLT<Eigen::MatrixXd> llt(covariance);
    if (llt.info() == Eigen::Success) {
        const Eigen::MatrixXd inverse = llt.solve(Eigen::MatrixXd::Identity(p, p));
        spectrum.precision = 0.5 * (inverse + inverse.transpose());
    } else {
        const Eigen::SelfAdjointEigenSolver<Eigen::MatrixXd> eigen(covariance);
        const Eigen::MatrixXd& vectors = eigen.eigenvectors();
        spectrum.precision =
            vectors *
            eigen.eigenvalues().cwiseMax(spectrum.eigenvalues[p - 1]).cwiseInverse().asDiagonal() *
            vectors.transpose();
    }
    // The inverse correlation matrix is D Theta D with D = diag(sqrt(Sigma_jj)).
    spectrum.vif = spectrum.precision.diagonal().cwiseProduct(covariance.diagonal());
    return spectrum;
}

} // namespace lev::core
