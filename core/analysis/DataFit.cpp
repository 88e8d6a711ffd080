#include "analysis/DataFit.h"

#include "estimators/Estimator.h"
#include "estimators/PreciseLeastSquares.h"

namespace lev::core {

namespace {

Eigen::MatrixXd correlationOf(const Eigen::MatrixXd& x)
{
    const Eigen::MatrixXd centered = x.rowwise() - x.colwise().mean();
    Eigen::MatrixXd covariance = centered.transpose() * centered;
    Eigen::VectorXd scale = covariance.diagonal().cwiseSqrt();
    for (Eigen::Index j = 0; j < scale.size(); ++j)
        if (scale[j] == 0.0)
            scale[j] = 1.0; // a constant column keeps a zero row: rank is lost, as it should be
    const Eigen::VectorXd inverse = scale.cwiseInverse();
    return inverse.asDiagonal() * covariance * inverse.asDiagonal();
}

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
    report.status = fit.status;
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

DataFitReport DataFit::run(const CsvTable& table, int target, const std::vector<int>& features,
                           const EstimatorSettings& estimator, bool intercept)
{
    DataFitReport report;
    report.target = table.columns[target];
    report.estimator = estimator;
    report.intercept = intercept;
    report.rows = static_cast<int>(table.values.rows());
    Eigen::MatrixXd x(table.values.rows(), static_cast<Eigen::Index>(features.size()));
    for (std::size_t j = 0; j < features.size(); ++j) {
        report.features.push_back(table.columns[features[j]]);
        x.col(static_cast<Eigen::Index>(j)) = table.values.col(features[j]);
    }
    const Eigen::VectorXd y = table.values.col(target);
    if (report.rows >= 2 && x.cols() > 0)
        report.correlationSpectrum = Spectrum::of(correlationOf(x));

    if (std::string problem = estimator.validate(static_cast<int>(x.cols())); !problem.empty()) {
        report.status = FitStatus::InvalidSettings;
        report.message = problem;
        return report;
    }
    if (estimator.kind == EstimatorKind::Ols) // scale-equivariant: standardizing changes nothing
        fitOls(x, y, report);
    else
        fitPenalized(x, y, report);
    return report;
}

} // namespace lev::core
