// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#include "estimators/PreciseLeastSquares.h"

#include <Eigen/QR>
#include <algorithm>
#include <cfloat>
#include <cmath>

namespace lev::core {

namespace {

constexpr int kRefinementSteps = 2;

/// Above this many multiply-adds (n p²) a long double QR takes tens of seconds and twice the
/// memory; the design is then reduced to R by a blocked double-precision Householder QR first.
constexpr double kExtendedPrecisionWork = 2e8;
/// Above this many values (n p) the long double copy of the design alone would take 160 MB.
constexpr double kExtendedPrecisionCells = 1e7;

/// The solve of a column-pivoted QR of the centered, scaled design, or of the R factor that a
/// first, blocked QR reduced it to (same singular values, so the same rank and conditioning).
template <typename Real>
LeastSquaresReport fitIn(const Eigen::MatrixXd& features, const Eigen::VectorXd& target,
                         bool intercept, bool reduceFirst)
{
    using RealMatrix = Eigen::Matrix<Real, Eigen::Dynamic, Eigen::Dynamic>;
    using RealVector = Eigen::Matrix<Real, Eigen::Dynamic, 1>;
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
            scale[j] = 1;                      // a zero column stays zero and shows up as lost rank
    x = x * scale.cwiseInverse().asDiagonal(); // the scaled design from here on

    // The residual of scaled weights w against the centered data, from the original columns
    // when the design itself was overwritten by the first QR.
    const auto residualOf = [&](const RealVector& w) -> RealVector {
        if (!reduceFirst)
            return y - x * w;
        const RealVector weights = w.cwiseQuotient(scale);
        const Real offset = xMean.dot(weights);
        return (y - features.cast<Real>() * weights).array() + offset;
    };

    RealVector rightSide = y;
    Eigen::ColPivHouseholderQR<RealMatrix> qr;
    std::optional<Eigen::HouseholderQR<Eigen::Ref<RealMatrix>>> first;
    const auto project = [&](const RealVector& v) -> RealVector {
        return first ? RealVector((first->householderQ().transpose() * v).head(p)) : v;
    };
    if (reduceFirst && n > p) {
        first.emplace(x); // in place: x now holds the factors
        qr.compute(
            RealMatrix(first->matrixQR().topRows(p).template triangularView<Eigen::Upper>()));
    } else {
        reduceFirst = false;
        qr.compute(x);
    }
    qr.setThreshold(static_cast<Real>(std::max(n, p)) * static_cast<Real>(DBL_EPSILON));
    report.effectiveRank = static_cast<int>(qr.rank());
    if (report.effectiveRank < p || n < parameters)
        return report;

    // Solve, then refine: each step solves for the correction from the residual.
    RealVector w = qr.solve(project(y));
    for (int step = 0; step < kRefinementSteps; ++step)
        w += qr.solve(project(residualOf(w)));
    const Real rss = residualOf(w).squaredNorm();
    const RealVector weights = w.cwiseQuotient(scale);

    report.identifiable = true;
    report.coefficients = weights.template cast<double>();
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
    report.standardErrors =
        (s2 * gramInverse.diagonal().array()).sqrt().matrix().template cast<double>();
    if (intercept) {
        const Real variance =
            s2 * (Real(1) / static_cast<Real>(n) + xMean.dot(gramInverse * xMean));
        report.interceptStandardError = static_cast<double>(std::sqrt(variance));
    }
    return report;
}

} // namespace

LeastSquaresReport PreciseLeastSquares::fit(const Eigen::MatrixXd& features,
                                            const Eigen::VectorXd& target, bool intercept,
                                            LeastSquaresPath path)
{
    if (path == LeastSquaresPath::Automatic) {
        const double cells = double(features.rows()) * double(features.cols() + 1);
        const double work = cells * double(features.cols());
        path = work <= kExtendedPrecisionWork && cells <= kExtendedPrecisionCells
                   ? LeastSquaresPath::Extended
                   : LeastSquaresPath::Reduced;
    }
    if (path == LeastSquaresPath::Extended)
        return fitIn<long double>(features, target, intercept, false);
    return fitIn<double>(features, target, intercept, true);
}

} // namespace lev::core
