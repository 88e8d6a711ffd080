// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#include "exploration/DataFit.h"

#include "estimators/Estimator.h"
#include "estimators/PreciseLeastSquares.h"
#include "exploration/ColumnRange.h"
#include "exploration/FitLimits.h"

#include <new>

namespace lev::core {

namespace {

void fitOls(const Eigen::MatrixXd& x, const Eigen::VectorXd& y, DataFitReport& report)
{
    const LeastSquaresReport ls = PreciseLeastSquares::fit(x, y, report.intercept);
    if (!ls.identifiable) {
        report.status = FitStatus::NotIdentifiable;
        for (Eigen::Index j = 0; j < x.cols() && report.intercept; ++j) {
            if (x.col(j).maxCoeff() == x.col(j).minCoeff()) {
                report.message = "column '" + report.features[std::size_t(j)] +
                                 "' is constant, so its weight cannot be told from the "
                                 "intercept: weights not identifiable";
                return;
            }
        }
        report.message = x.rows() <= x.cols()
                             ? "n \u2264 p: weights not identifiable"
                             : "the features are exactly collinear (effective rank " +
                                   std::to_string(ls.effectiveRank) + " of " +
                                   std::to_string(x.cols()) + "): weights not identifiable";
        return;
    }
    report.status = FitStatus::Ok;
    report.coefficients = ls.coefficients;
    report.standardErrors = ls.standardErrors;
    report.interceptValue = ls.intercept;
    report.interceptStandardError = ls.interceptStandardError;
    report.r2 = ls.r2;
    report.residualSumOfSquares = ls.residualSumOfSquares;
}

void fitPenalized(const Eigen::MatrixXd& x, const Eigen::VectorXd& y, DataFitReport& report)
{
    SufficientStatistics stats;
    if (report.intercept) {
        stats = SufficientStatistics::fromData(x, y);
    } else {
        stats.n = static_cast<int>(x.rows());
        stats.featureMean = Eigen::VectorXd::Zero(x.cols());
        stats.featureScatter = x.transpose() * x;
        stats.crossScatter = x.transpose() * y;
        stats.targetScatter = y.squaredNorm();
    }
    const LinearFit fit = Estimator::fit(report.estimator, stats);
    report.status = fit.ok() && !fit.converged ? FitStatus::NotConverged : fit.status;
    report.message = fit.message;
    if (!fit.ok())
        return;
    report.coefficients = fit.weights;
    if (report.intercept)
        report.interceptValue = fit.intercept;
    const Eigen::VectorXd residual = (y - x * fit.weights).array() - fit.intercept;
    report.residualSumOfSquares = residual.squaredNorm();
    const double total =
        report.intercept ? (y.array() - y.mean()).matrix().squaredNorm() : y.squaredNorm();
    if (total > 0.0)
        report.r2 = 1.0 - residual.squaredNorm() / total;
}

} // namespace

Eigen::MatrixXd DataFit::correlation(const Eigen::MatrixXd& x)
{
    Eigen::MatrixXd centered = x.rowwise() - x.colwise().mean();
    for (Eigen::Index j = 0; j < x.cols(); ++j)
        if (x.rows() > 0 && x.col(j).maxCoeff() == x.col(j).minCoeff())
            centered.col(j).setZero(); // whatever the rounding of its mean
    Eigen::MatrixXd covariance = centered.transpose() * centered;
    Eigen::VectorXd scale = covariance.diagonal().cwiseSqrt();
    for (Eigen::Index j = 0; j < scale.size(); ++j)
        if (scale[j] == 0.0)
            scale[j] = 1.0; // a constant column keeps a zero row: rank is lost, as it should be
    const Eigen::VectorXd inverse = scale.cwiseInverse();
    return inverse.asDiagonal() * covariance * inverse.asDiagonal();
}

Eigen::MatrixXd DataFit::columns(const CsvTable& table, const std::vector<int>& indices)
{
    Eigen::MatrixXd x(table.values.rows(), static_cast<Eigen::Index>(indices.size()));
    for (std::size_t j = 0; j < indices.size(); ++j)
        x.col(static_cast<Eigen::Index>(j)) = table.values.col(indices[j]);
    return x;
}

std::vector<std::string> DataFit::columnNames(const CsvTable& table,
                                              const std::vector<int>& indices)
{
    std::vector<std::string> names;
    for (int index : indices)
        names.push_back(table.columns[index]);
    return names;
}

DataFitReport DataFit::run(const CsvTable& table, int target, const std::vector<int>& features,
                           const EstimatorSettings& estimator, bool intercept)
{
    // The limits are checked before the columns are copied.
    const std::string problem =
        FitLimits::check(table.values.rows(), static_cast<long long>(features.size()));
    if (!problem.empty()) {
        DataFitReport report;
        report.target = table.columns[std::size_t(target)];
        report.estimator = estimator;
        report.intercept = intercept;
        report.rows = static_cast<int>(table.values.rows());
        report.status = FitStatus::InvalidSettings;
        report.message = problem;
        return report;
    }
    try {
        return run(columns(table, features), table.values.col(target),
                   table.columns[std::size_t(target)], columnNames(table, features), estimator,
                   intercept);
    } catch (const std::bad_alloc&) {
        DataFitReport report;
        report.status = FitStatus::InvalidSettings;
        report.message = outOfMemory(table.values.rows(), static_cast<long long>(features.size()));
        return report;
    }
}

DataFitReport DataFit::run(const Eigen::MatrixXd& x, const Eigen::VectorXd& y,
                           const std::string& target, const std::vector<std::string>& features,
                           const EstimatorSettings& estimator, bool intercept)
{
    DataFitReport report;
    report.target = target;
    report.features = features;
    report.estimator = estimator;
    report.intercept = intercept;
    report.rows = static_cast<int>(x.rows());
    if (std::string problem = FitLimits::check(x.rows(), x.cols()); !problem.empty()) {
        report.status = FitStatus::InvalidSettings;
        report.message = problem;
        return report;
    }
    if (std::string problem = ColumnRange::check(x, features, y, target); !problem.empty()) {
        report.status = FitStatus::InvalidSettings;
        report.message = problem;
        return report;
    }
    try {
        if (report.rows >= 2 && x.cols() > 0)
            report.correlationSpectrum = Spectrum::of(correlation(x));
        if (std::string problem = estimator.validate(static_cast<int>(x.cols()));
            !problem.empty()) {
            report.status = FitStatus::InvalidSettings;
            report.message = problem;
            return report;
        }
        if (estimator.kind ==
            EstimatorKind::Ols) // scale-equivariant: standardizing changes nothing
            fitOls(x, y, report);
        else
            fitPenalized(x, y, report);
    } catch (const std::bad_alloc&) {
        DataFitReport failed;
        failed.target = target;
        failed.features = features;
        failed.estimator = estimator;
        failed.intercept = intercept;
        failed.rows = report.rows;
        failed.status = FitStatus::InvalidSettings;
        failed.message = outOfMemory(x.rows(), x.cols());
        return failed;
    }
    return report;
}

std::string DataFit::outOfMemory(long long rows, long long features)
{
    return "not enough memory to fit " + std::to_string(rows) + " rows x " +
           std::to_string(features) + " features; choose fewer features";
}

} // namespace lev::core
