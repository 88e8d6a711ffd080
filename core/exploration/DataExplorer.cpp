// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#include "exploration/DataExplorer.h"

#include "exploration/Bootstrap.h"
#include "exploration/ColumnRange.h"
#include "exploration/CrossValidation.h"
#include "exploration/DataFit.h"
#include "exploration/FitLimits.h"
#include "linalg/ParallelTasks.h"

#include <algorithm>
#include <cmath>
#include <new>

namespace lev::core {

namespace {

bool cancelled(const std::atomic<bool>* cancel)
{
    return cancel != nullptr && cancel->load(std::memory_order_relaxed);
}

/// The correlation matrix with 1 on the diagonal, its largest |r| off the diagonal, and each
/// feature's correlation with the target (0 for a constant column or target).
void describeCorrelation(const Eigen::MatrixXd& x, const Eigen::VectorXd& y,
                         DataExploration& result)
{
    const Eigen::VectorXd yCentered = y.array() - y.mean();
    const double ySpread = yCentered.norm();
    result.targetCorrelation = Eigen::VectorXd::Zero(x.cols());
    for (Eigen::Index j = 0; j < x.cols(); ++j) {
        const Eigen::VectorXd centered = x.col(j).array() - x.col(j).mean();
        const double spread = centered.norm() * ySpread;
        if (spread > 0.0 && x.col(j).maxCoeff() != x.col(j).minCoeff())
            result.targetCorrelation[j] = std::clamp(centered.dot(yCentered) / spread, -1.0, 1.0);
    }
    result.correlation = DataFit::correlation(x);
    const Eigen::Index p = x.cols();
    result.correlation.diagonal().setOnes();
    for (Eigen::Index j = 0; j < p; ++j) {
        for (Eigen::Index k = j + 1; k < p; ++k) {
            const double r = result.correlation(j, k);
            if (result.mostCorrelatedFirst < 0 || std::abs(r) > std::abs(result.mostCorrelatedR)) {
                result.mostCorrelatedFirst = static_cast<int>(j);
                result.mostCorrelatedSecond = static_cast<int>(k);
                result.mostCorrelatedR = r;
            }
        }
    }
}

/// ols, ridge, lasso and pcr with the tuning and standardize flag of `chosen`.
std::vector<EstimatorSettings> everyEstimator(const EstimatorSettings& chosen)
{
    std::vector<EstimatorSettings> estimators;
    for (EstimatorKind kind :
         {EstimatorKind::Ols, EstimatorKind::Ridge, EstimatorKind::Lasso, EstimatorKind::Pcr}) {
        EstimatorSettings settings = chosen;
        settings.kind = kind;
        estimators.push_back(settings);
    }
    return estimators;
}

} // namespace

std::string DataExplorer::validate(const CsvTable& table, const DataExplorationSettings& settings)
{
    const int columns = static_cast<int>(table.values.cols());
    const auto inRange = [columns](int index) { return index >= 0 && index < columns; };
    if (!inRange(settings.target))
        return "target column " + std::to_string(settings.target) + " is not in the table (" +
               std::to_string(columns) + " columns)";
    if (settings.features.empty())
        return "no feature columns chosen";
    for (int feature : settings.features) {
        if (!inRange(feature))
            return "feature column " + std::to_string(feature) + " is not in the table (" +
                   std::to_string(columns) + " columns)";
        if (feature == settings.target)
            return "column '" + table.columns[feature] + "' is both the target and a feature";
    }
    if (table.values.rows() < 2)
        return "the table has " + std::to_string(table.values.rows()) +
               " rows: at least 2 are needed";
    if (settings.bootstrapReplications < 0 ||
        settings.bootstrapReplications > Bootstrap::kMaxReplications)
        return "bootstrap replications must be between 0 and " +
               std::to_string(Bootstrap::kMaxReplications);
    return FitLimits::check(table.values.rows(), static_cast<long long>(settings.features.size()),
                            settings.bootstrapReplications);
}

void DataExplorer::standardize(Eigen::MatrixXd& x, bool intercept)
{
    const double n = static_cast<double>(x.rows());
    for (Eigen::Index j = 0; j < x.cols(); ++j) {
        if (x.col(j).maxCoeff() == x.col(j).minCoeff()) {
            if (intercept)
                x.col(j).setZero();
            continue;
        }
        const double mean = x.col(j).mean();
        const double sd = std::sqrt((x.col(j).array() - mean).square().sum() / n);
        if (intercept)
            x.col(j).array() -= mean;
        x.col(j) /= sd;
    }
}

DataExploration DataExplorer::run(const CsvTable& table, const DataExplorationSettings& settings,
                                  const std::atomic<bool>* cancel,
                                  const std::function<void(double, const std::string&)>& progress)
{
    try {
        return explore(table, settings, cancel, progress);
    } catch (const std::bad_alloc&) {
        DataExploration result;
        result.settings = settings;
        result.fit.estimator = settings.estimator;
        result.fit.intercept = settings.intercept;
        result.fit.rows = static_cast<int>(table.values.rows());
        result.fit.status = FitStatus::InvalidSettings;
        result.fit.message = DataFit::outOfMemory(table.values.rows(),
                                                  static_cast<long long>(settings.features.size()));
        return result;
    }
}

DataExploration
DataExplorer::explore(const CsvTable& table, const DataExplorationSettings& settings,
                      const std::atomic<bool>* cancel,
                      const std::function<void(double, const std::string&)>& progress)
{
    DataExploration result;
    result.settings = settings;
    result.fit.estimator = settings.estimator;
    result.fit.intercept = settings.intercept;
    result.fit.rows = static_cast<int>(table.values.rows());
    if (std::string problem = validate(table, settings); !problem.empty()) {
        result.fit.status = FitStatus::InvalidSettings;
        result.fit.message = problem;
        return result;
    }
    const auto report = [&progress](double fraction, const std::string& phase) {
        if (progress)
            progress(fraction, phase);
    };
    // Shares of the progress bar, in units of about one bootstrap replication (a pass of rank
    // updates over the data); OLS goes through PreciseLeastSquares' QR, about ten times that.
    const int replications = settings.bootstrapReplications;
    const double fitCost = settings.estimator.kind == EstimatorKind::Ols ? 10.0 : 1.5;
    const double bootstrapCost = static_cast<double>(replications) /
                                 ParallelTasks::workerCount(replications, settings.threads);
    const double crossValidationCost = settings.folds > 0 ? 3.0 : 0.0;
    const double totalCost = fitCost + bootstrapCost + crossValidationCost;

    report(0.0, "fit");
    Eigen::MatrixXd x = DataFit::columns(table, settings.features);
    const Eigen::VectorXd y = table.values.col(settings.target);
    const std::vector<std::string> names = DataFit::columnNames(table, settings.features);
    if (std::string problem = ColumnRange::check(x, names, y, table.columns[settings.target]);
        !problem.empty()) {
        result.fit.status = FitStatus::InvalidSettings;
        result.fit.message = problem;
        return result;
    }
    describeCorrelation(x, y, result);
    if (settings.standardize)
        standardize(x, settings.intercept);
    result.fit = DataFit::run(x, y, table.columns[settings.target], names, settings.estimator,
                              settings.intercept);
    if (cancelled(cancel)) {
        result.cancelled = true;
        return result;
    }

    if (replications > 0) {
        const auto bootstrapProgress = [&](int done, int total) {
            report((fitCost + bootstrapCost * done / total) / totalCost,
                   "bootstrap " + std::to_string(done) + "/" + std::to_string(total));
        };
        report(fitCost / totalCost, "bootstrap 0/" + std::to_string(replications));
        result.bootstrap =
            Bootstrap::run(x, y, settings.estimator, settings.intercept, replications,
                           settings.seed, settings.threads, cancel, bootstrapProgress);
        if (!result.bootstrap) {
            result.cancelled = true;
            return result;
        }
    }

    if (settings.folds > 0) {
        report((fitCost + bootstrapCost) / totalCost, "cross-validation");
        result.crossValidation =
            CrossValidation::run(x, y, everyEstimator(settings.estimator), settings.intercept,
                                 settings.folds, settings.seed, cancel);
        if (result.crossValidation.empty()) {
            result.cancelled = true;
            return result;
        }
    }
    report(1.0, "done");
    return result;
}

} // namespace lev::core
