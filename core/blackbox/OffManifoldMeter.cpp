// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#include "blackbox/OffManifoldMeter.h"

#include <boost/math/distributions/chi_squared.hpp>

#include <cassert>
#include <limits>

namespace lev::core {

OffManifoldMeter::OffManifoldMeter(const Eigen::MatrixXd& observed)
{
    assert(observed.rows() >= 2);
    m_mean = observed.colwise().mean();
    const Eigen::MatrixXd centered = observed.rowwise() - m_mean;
    const Eigen::MatrixXd covariance =
        centered.transpose() * centered / static_cast<double>(observed.rows() - 1);
    const Eigen::SelfAdjointEigenSolver<Eigen::MatrixXd> eigen(covariance);
    const Eigen::VectorXd& values = eigen.eigenvalues();
    const double largest = values.size() ? values.maxCoeff() : 0.0;
    // Directions with no variance at all (a constant or an exactly repeated column) carry no
    // distance: the pseudo-inverse leaves them out, as LAPACK's rcond cut-off would.
    const double cut =
        largest * static_cast<double>(values.size()) * std::numeric_limits<double>::epsilon();
    m_whitening.resize(covariance.rows(), 0);
    for (Eigen::Index k = 0; k < values.size(); ++k) {
        if (!(values(k) > cut))
            continue;
        m_whitening.conservativeResize(Eigen::NoChange, m_rank + 1);
        m_whitening.col(m_rank) = eigen.eigenvectors().col(k) / std::sqrt(values(k));
        ++m_rank;
    }
    m_precisionDiagonal = m_whitening.rowwise().squaredNorm();
    m_threshold =
        m_rank > 0 ? chiSquareQuantile(m_rank, 0.99) : std::numeric_limits<double>::infinity();
}

double OffManifoldMeter::chiSquareQuantile(int dof, double level)
{
    assert(dof >= 1 && level > 0.0 && level < 1.0);
    return boost::math::quantile(boost::math::chi_squared_distribution<double>(dof), level);
}

Eigen::VectorXd OffManifoldMeter::distances(const Eigen::MatrixXd& probes) const
{
    return ((probes.rowwise() - m_mean) * m_whitening).rowwise().squaredNorm();
}

double OffManifoldMeter::offFraction(const Eigen::MatrixXd& probes) const
{
    if (probes.rows() == 0)
        return 0.0;
    const Eigen::VectorXd d2 = distances(probes);
    return static_cast<double>((d2.array() > m_threshold).count()) / static_cast<double>(d2.size());
}

OffManifoldMeter::RowTerms OffManifoldMeter::rowTerms(const Eigen::MatrixXd& rows) const
{
    const Eigen::MatrixXd whitened = (rows.rowwise() - m_mean) * m_whitening;
    return RowTerms{whitened.rowwise().squaredNorm(), whitened * m_whitening.transpose()};
}

double OffManifoldMeter::offFraction(const RowTerms& terms, const Eigen::MatrixXd& rows,
                                     Eigen::Index feature, const Eigen::VectorXd& values) const
{
    assert(terms.distances.size() == rows.rows() && feature >= 0 && feature < rows.cols());
    const Eigen::Index n = rows.rows();
    if (values.size() == 0 || n == 0)
        return 0.0;
    const double theta = m_precisionDiagonal(feature);
    Eigen::Index off = 0;
    for (Eigen::Index k = 0; k < values.size(); ++k) {
        const Eigen::Index i = k % n;
        const double delta = values(k) - rows(i, feature);
        const double d2 =
            terms.distances(i) + delta * (2.0 * terms.gradients(i, feature) + delta * theta);
        off += d2 > m_threshold ? 1 : 0;
    }
    return static_cast<double>(off) / static_cast<double>(values.size());
}

} // namespace lev::core
