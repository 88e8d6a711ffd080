#include "estimators/PreciseLeastSquares.h"

#include <Eigen/QR>
#include <algorithm>
#include <cfloat>
#include <cmath>

namespace lev::core {

namespace {

using Real = long double;
using RealMatrix = Eigen::Matrix<Real, Eigen::Dynamic, Eigen::Dynamic>;
using RealVector = Eigen::Matrix<Real, Eigen::Dynamic, 1>;

constexpr int kRefinementSteps = 2;

} // namespace

LeastSquaresReport PreciseLeastSquares::fit(const Eigen::MatrixXd& features,
                                            const Eigen::VectorXd& target, bool intercept)
{
    LeastSquaresReport report;
    const Eigen::Index n = features.rows();
    const Eigen::Index p = features.cols();
    const Eigen::Index parameters = p + (intercept ? 1 : 0);

    RealMatrix x = features.cast<Real>();
    RealVector y = target.cast<Real>();
    RealVector xMean = RealVector::Zero(p);
    Real yMean = 0;
    if (intercept) {
        xMean = x.colwise().mean().transpose();
        yMean = y.mean();
        x.rowwise() -= xMean.transpose();
        y.array() -= yMean;
    }
    const Real totalSumOfSquares = y.squaredNorm();

    RealVector scale = x.colwise().norm().transpose();
    for (Eigen::Index j = 0; j < p; ++j)
        if (scale[j] == 0)
            scale[j] = 1; // a zero column stays zero and shows up as lost rank
    const RealMatrix scaled = x * scale.cwiseInverse().asDiagonal();

    Eigen::ColPivHouseholderQR<RealMatrix> qr(scaled);
    qr.setThreshold(static_cast<Real>(std::max(n, p)) * static_cast<Real>(DBL_EPSILON));
    report.effectiveRank = static_cast<int>(qr.rank());
    if (report.effectiveRank < p || n < parameters)
        return report;

    // Solve, then refine: each step solves for the correction from the extended-precision residual.
    RealVector w = qr.solve(y);
    for (int step = 0; step < kRefinementSteps; ++step)
        w += qr.solve(RealVector(y - scaled * w));
    const RealVector residual = y - scaled * w;
    const Real rss = residual.squaredNorm();
    const RealVector weights = w.cwiseQuotient(scale);

    report.identifiable = true;
    report.coefficients = weights.cast<double>();
    report.residualSumOfSquares = static_cast<double>(rss);
    if (intercept)
        report.intercept = static_cast<double>(yMean - xMean.dot(weights));
    if (totalSumOfSquares > 0)
        report.r2 = static_cast<double>(1 - rss / totalSumOfSquares);

    const Eigen::Index dof = n - parameters;
    if (dof <= 0)
        return report;
    const Real s2 = rss / static_cast<Real>(dof);
    // (X_s^T X_s)^{-1} = P R^{-1} R^{-T} P^T, then undo the column scaling.
    const RealMatrix r = qr.matrixR().topLeftCorner(p, p).template triangularView<Eigen::Upper>();
    const RealMatrix rInverse =
        r.template triangularView<Eigen::Upper>().solve(RealMatrix::Identity(p, p));
    const RealMatrix permutedInverse = rInverse * rInverse.transpose();
    const RealMatrix gramInverseScaled =
        qr.colsPermutation() * permutedInverse * qr.colsPermutation().transpose();
    const RealMatrix gramInverse =
        scale.cwiseInverse().asDiagonal() * gramInverseScaled * scale.cwiseInverse().asDiagonal();
    report.standardErrors = (s2 * gramInverse.diagonal().array()).sqrt().matrix().cast<double>();
    if (intercept) {
        const Real variance =
            s2 * (Real(1) / static_cast<Real>(n) + xMean.dot(gramInverse * xMean));
        report.interceptStandardError = static_cast<double>(std::sqrt(variance));
    }
    return report;
}

} // namespace lev::core
