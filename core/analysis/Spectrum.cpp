#include "analysis/Spectrum.h"

#include <Eigen/Eigenvalues>
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
    const Eigen::SelfAdjointEigenSolver<Eigen::MatrixXd> eigen(covariance, Eigen::EigenvaluesOnly);
    return descendingClipped(eigen.eigenvalues());
}

Spectrum Spectrum::of(const Eigen::MatrixXd& covariance)
{
    Spectrum spectrum;
    const Eigen::Index p = covariance.rows();
    if (p == 0)
        return spectrum;
    const Eigen::SelfAdjointEigenSolver<Eigen::MatrixXd> eigen(covariance);
    spectrum.eigenvalues = descendingClipped(eigen.eigenvalues());
    const double largest = spectrum.eigenvalues[0];
    const double tolerance =
        static_cast<double>(p) * std::numeric_limits<double>::epsilon() * largest;
    spectrum.effectiveRank = static_cast<int>((spectrum.eigenvalues.array() > tolerance).count());
    if (!(largest > 0.0) || spectrum.effectiveRank < p)
        return spectrum;

    spectrum.inverseEigenvalues = spectrum.eigenvalues.cwiseInverse();
    spectrum.conditionNumber = largest / spectrum.eigenvalues[p - 1];
    const Eigen::MatrixXd& vectors = eigen.eigenvectors(); // ascending order of eigenvalues
    spectrum.precision =
        vectors * eigen.eigenvalues().cwiseInverse().asDiagonal() * vectors.transpose();
    // The inverse correlation matrix is D Theta D with D = diag(sqrt(Sigma_jj)).
    spectrum.vif = spectrum.precision.diagonal().cwiseProduct(covariance.diagonal());
    return spectrum;
}

} // namespace lev::core
