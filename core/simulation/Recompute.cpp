// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#include "simulation/Recompute.h"

#include "estimators/Estimator.h"
#include "exploration/WeightSpread.h"
#include "linalg/ParallelTasks.h"
#include "linalg/ScatterInverse.h"
#include "model/ScmFactory.h"
#include "random/RandomStream.h"
#include "simulation/ExpectedR2.h"
#include "simulation/ReplicationSampler.h"

#include <Eigen/Cholesky>
#include <Eigen/Eigenvalues>
#include <algorithm>
#include <cmath>
#include <functional>
#include <limits>
#include <numeric>

namespace lev::core {

namespace {

// Replication r draws from stream r; the displayed draw has streams of its own.
constexpr std::uint64_t kDrawStream = 0xD15B1A7ED0000000ULL;
constexpr std::uint64_t kInterventionalDrawStream = kDrawStream + 1;
// Reciprocal condition numbers of the sample correlation below which OLS calls the weights
// unidentifiable and the VIFs are not shown (OrdinaryLeastSquares and sampleVifMax).
constexpr double kOlsSingularRcond = 1e-13;
constexpr double kVifSingularRcond = 1e-14;

bool cancelled(const std::atomic<bool>* cancel)
{
    return cancel != nullptr && cancel->load(std::memory_order_relaxed);
}

/// What the replications yield, one row or slot per replication, allocated once.
struct ReplicationTable
{
    Eigen::Matrix<double, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor> weights; ///< R x p
    Eigen::Matrix<double, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor> eigenvalues;
    std::vector<char> fitted;
    std::vector<std::optional<double>> r2Observational;
    std::vector<std::optional<double>> r2Interventional;
    std::vector<std::optional<double>> vifMax;

    ReplicationTable(int replications, int p)
        : weights(replications, p), eigenvalues(replications, p), fitted(replications, 0),
          r2Observational(replications), r2Interventional(replications), vifMax(replications)
    {
    }
};

/// One worker's storage, reused by every replication it runs.
struct Workspace
{
    Eigen::MatrixXd factor;       ///< q x q: G, the Cholesky factor of the joint scatter
    Eigen::VectorXd mean;         ///< q
    Eigen::MatrixXd scatter;      ///< p x p: S_XX = G_XX G_XX^T
    Eigen::MatrixXd inverse;      ///< p x p, lower triangle: G_XX^{-1}
    Eigen::VectorXd inverseNorms; ///< p: diag(S_XX^{-1})
    Eigen::VectorXd weights;      ///< p

    explicit Workspace(int p)
        : factor(Eigen::MatrixXd::Zero(p + 1, p + 1)), mean(p + 1), scatter(p, p), inverse(p, p),
          inverseNorms(p), weights(p)
    {
    }
};

std::optional<double> sampleVifMax(const Eigen::MatrixXd& covariance)
{
    const Eigen::VectorXd scale = covariance.diagonal().cwiseSqrt();
    if ((scale.array() <= 0.0).any())
        return std::nullopt;
    const Eigen::VectorXd inverse = scale.cwiseInverse();
    const Eigen::LLT<Eigen::MatrixXd> llt(inverse.asDiagonal() * covariance * inverse.asDiagonal());
    if (llt.info() != Eigen::Success || !(llt.rcond() > kVifSingularRcond))
        return std::nullopt;
    // diag(C^{-1})_j = || column j of L^{-1} ||^2.
    const Eigen::MatrixXd lowerInverse =
        llt.matrixL().solve(Eigen::MatrixXd::Identity(covariance.rows(), covariance.cols()));
    return lowerInverse.colwise().squaredNorm().maxCoeff();
}

/// Descending sample eigenvalues of S / (n - 1) from the scatter S.
void storeEigenvalues(const Eigen::MatrixXd& scatter, int n, ReplicationTable& table, int index)
{
    table.eigenvalues.row(index) =
        Spectrum::eigenvaluesOf(scatter).transpose() / static_cast<double>(n - 1);
}

void storeFit(const PopulationTruth& truth, double intercept, const Eigen::VectorXd& weights,
              ReplicationTable& table, int index)
{
    table.fitted[index] = 1;
    table.weights.row(index) = weights.transpose();
    table.r2Observational[index] = expectedR2(truth.observedCovariance, intercept, weights);
    table.r2Interventional[index] = expectedR2(truth.interventionalCovariance, intercept, weights);
}

/// A replication through sufficient statistics, for any sampler and estimator.
void replicateGeneric(const RecomputeSettings& settings, const PopulationTruth& truth,
                      const SufficientStatistics& stats, ReplicationTable& table, int index)
{
    storeEigenvalues(stats.featureScatter, stats.n, table, index);
    table.vifMax[index] = sampleVifMax(stats.featureCovariance());
    const LinearFit fit = Estimator::fit(settings.estimator, stats);
    if (fit.ok())
        storeFit(truth, fit.intercept, fit.weights, table, index);
}

/// The sufficient statistics of a drawn factor G of the joint scatter and the mean.
SufficientStatistics statisticsOf(const Workspace& ws, int n)
{
    const Eigen::Index p = ws.scatter.rows();
    SufficientStatistics stats;
    stats.n = n;
    stats.featureMean = ws.mean.head(p);
    stats.targetMean = ws.mean[p];
    stats.featureScatter = ws.scatter;
    stats.crossScatter = ws.factor.topLeftCorner(p, p).triangularView<Eigen::Lower>() *
                         ws.factor.row(p).head(p).transpose();
    stats.targetScatter = ws.factor.row(p).squaredNorm();
    return stats;
}

/// A Wishart replication from the drawn Cholesky factor G of the joint scatter of (X, Y):
/// S_XX = G_XX G_XX^T (q^3/6), the VIFs from G_XX^{-1} (diag S^{-1} = column norms of G^{-1}), and
/// OLS as one triangular solve, w = G_XX^{-T} g with g^T the X part of G's last row (S_XY =
/// G_XX g). When the cheap bound on the sample correlation's conditioning cannot vouch for the
/// thresholds of OrdinaryLeastSquares and sampleVifMax, those decide, on the same numbers.
void replicateFromFactor(const RecomputeSettings& settings, const PopulationTruth& truth,
                         const ReplicationSampler& sampler, Workspace& ws, ReplicationTable& table,
                         int index)
{
    RandomStream random(settings.seed, static_cast<std::uint64_t>(index));
    sampler.sampleFactor(random, ws.factor, ws.mean);
    const Eigen::Index p = ws.scatter.rows();
    const auto g = ws.factor.topLeftCorner(p, p);

    ScatterInverse::compute(ws.factor.data(), ws.factor.outerStride(), p, ws.scatter.data(),
                            ws.inverse.data(), ws.inverseNorms.data());
    ws.scatter.triangularView<Eigen::StrictlyUpper>() = ws.scatter.transpose();
    storeEigenvalues(ws.scatter, settings.n, table, index);

    // VIF_j = S_jj (S^{-1})_jj.
    double vifMax = 0.0;
    bool positive = true;
    for (Eigen::Index j = 0; j < p; ++j) {
        const double vif = ws.scatter(j, j) * ws.inverseNorms[j];
        positive = positive && ws.scatter(j, j) > 0.0 && std::isfinite(vif);
        vifMax = std::max(vifMax, vif);
    }
    // rcond(C) = 1 / (||C||_1 ||C^{-1}||_1) >= 1 / (||C||_1 p max VIF), as |(C^{-1})_ij| <= the
    // largest diagonal entry of the positive definite C^{-1}; the estimate of LLT::rcond() is at
    // least the true value, so a bound above a threshold passes that check too.
    double correlationNorm = 0.0;
    if (positive) {
        const Eigen::VectorXd inverseScale = ws.scatter.diagonal().cwiseSqrt().cwiseInverse();
        for (Eigen::Index j = 0; j < p; ++j) {
            double sum = 0.0;
            for (Eigen::Index i = 0; i < p; ++i)
                sum += std::abs(ws.scatter(i, j)) * inverseScale[i];
            correlationNorm = std::max(correlationNorm, sum * inverseScale[j]);
        }
    }
    const double rcondBound =
        positive ? 1.0 / (correlationNorm * static_cast<double>(p) * vifMax) : 0.0;
    const bool fastOls =
        settings.estimator.kind == EstimatorKind::Ols && !settings.estimator.standardize;
    if (!(rcondBound > kOlsSingularRcond) || !fastOls) {
        const SufficientStatistics stats = statisticsOf(ws, settings.n);
        table.vifMax[index] = rcondBound > kVifSingularRcond
                                  ? std::optional<double>(vifMax)
                                  : sampleVifMax(stats.featureCovariance());
        const LinearFit fit = Estimator::fit(settings.estimator, stats);
        if (fit.ok())
            storeFit(truth, fit.intercept, fit.weights, table, index);
        return;
    }
    table.vifMax[index] = vifMax;
    ws.weights = ws.factor.row(p).head(p).transpose();
    g.triangularView<Eigen::Lower>().transpose().solveInPlace(ws.weights);
    const double intercept = ws.mean[p] - ws.mean.head(p).dot(ws.weights);
    storeFit(truth, intercept, ws.weights, table, index);
}

void replicate(const RecomputeSettings& settings, const PopulationTruth& truth,
               const ReplicationSampler& sampler, Workspace& ws, ReplicationTable& table, int index)
{
    if (sampler.hasTriangularFactor()) {
        replicateFromFactor(settings, truth, sampler, ws, table, index);
        return;
    }
    RandomStream random(settings.seed, static_cast<std::uint64_t>(index));
    replicateGeneric(settings, truth, sampler.sample(random), table, index);
}

std::optional<double> mean(const std::vector<double>& values)
{
    if (values.empty())
        return std::nullopt;
    return std::accumulate(values.begin(), values.end(), 0.0) / static_cast<double>(values.size());
}

MonteCarloSummary summarize(const ReplicationTable& table, const PopulationTruth& truth)
{
    MonteCarloSummary summary;
    const int p = static_cast<int>(truth.causalWeights.size());
    const int total = static_cast<int>(table.fitted.size());
    summary.replications = total;
    summary.sampleEigenvalues = table.eigenvalues;
    for (int r = 0; r < total; ++r) {
        if (table.vifMax[r])
            summary.sampleVifMax.push_back(*table.vifMax[r]);
        if (table.fitted[r])
            ++summary.fitted;
    }
    summary.sampleEigenvaluesMean = summary.sampleEigenvalues.colwise().mean().transpose();
    summary.sampleVifMaxMean = mean(summary.sampleVifMax);

    summary.weights.resize(summary.fitted, p);
    std::vector<double> absoluteErrors;
    int row = 0;
    for (int r = 0; r < total; ++r) {
        if (!table.fitted[r])
            continue;
        const Eigen::VectorXd w = table.weights.row(r).transpose();
        summary.weights.row(row++) = w.transpose();
        summary.weightError.push_back((w - truth.causalWeights).norm());
        absoluteErrors.push_back((w - truth.causalWeights).cwiseAbs().mean());
        if (table.r2Observational[r])
            summary.r2Observational.push_back(*table.r2Observational[r]);
        if (table.r2Interventional[r])
            summary.r2Interventional.push_back(*table.r2Interventional[r]);
    }
    summary.r2ObservationalMean = mean(summary.r2Observational);
    summary.r2InterventionalMean = mean(summary.r2Interventional);
    summary.weightErrorMean = mean(summary.weightError);
    summary.weightAbsErrorMean = mean(absoluteErrors);
    if (summary.fitted == 0)
        return summary;

    summary.weightMean = summary.weights.colwise().mean().transpose();
    summary.weightQuantiles =
        WeightSpread::quantiles(summary.weights, MonteCarloSummary::kQuantileLevels, 5);
    summary.weightSd = WeightSpread::sd(summary.weights);
    return summary;
}

/// Runs `extra` tasks (first) and then the replications 0..R-1 on up to settings.threads
/// workers (0: all cores), the calling thread being one of them; replication r depends only on
/// (seed, r), so the numbers do not depend on which worker runs it. Returns false when cancelled.
bool runTasks(const RecomputeSettings& settings, const PopulationTruth& truth,
              const std::vector<std::function<void()>>& extra, ReplicationTable& table,
              const std::atomic<bool>* cancel)
{
    const int p = static_cast<int>(truth.causalWeights.size());
    const int extras = static_cast<int>(extra.size());
    const ReplicationSampler sampler(truth.observedCovariance, settings.n, settings.sampling);
    const auto makeWorker = [&]() -> ParallelTasks::Worker {
        return [&, workspace = std::optional<Workspace>()](int task) mutable {
            if (task < extras) {
                extra[task]();
                return;
            }
            if (!workspace)
                workspace.emplace(p);
            replicate(settings, truth, sampler, *workspace, table, task - extras);
        };
    };
    return ParallelTasks::run(extras + settings.replications, settings.threads, makeWorker, cancel);
}

/// lambda_max / lambda_min of a covariance, none when singular (as Spectrum::of decides).
std::optional<double> conditionNumberOf(const Eigen::MatrixXd& covariance)
{
    const Eigen::Index p = covariance.rows();
    if (p == 0)
        return std::nullopt;
    const Eigen::VectorXd eigenvalues = Spectrum::eigenvaluesOf(covariance);
    const double largest = eigenvalues[0];
    const double tolerance =
        static_cast<double>(p) * std::numeric_limits<double>::epsilon() * largest;
    if (!(largest > 0.0) || !(eigenvalues[p - 1] > tolerance))
        return std::nullopt;
    return largest / eigenvalues[p - 1];
}

RecomputeResult failure(RecomputeResult result, RecomputeStatus status, std::string message)
{
    result.status = status;
    result.message = std::move(message);
    return result;
}

} // namespace

MonteCarloSummary Recompute::monteCarlo(const RecomputeSettings& settings,
                                        const PopulationTruth& truth,
                                        const std::atomic<bool>* cancel)
{
    ReplicationTable table(settings.replications, static_cast<int>(truth.causalWeights.size()));
    if (!runTasks(settings, truth, {}, table, cancel))
        return {};
    return summarize(table, truth);
}

std::optional<SweepPoint> Recompute::sweepPoint(const RecomputeSettings& settings,
                                                double collinearity,
                                                const std::atomic<bool>* cancel)
{
    const RecomputeSettings point = settings.atCollinearity(collinearity);
    if (!point.validate().empty())
        return std::nullopt;
    const LinearGaussianScm scm = ScmFactory::build(point.model);
    const PopulationTruth truth = PopulationTruth::of(scm);
    const MonteCarloSummary summary = monteCarlo(point, truth, cancel);
    if (cancelled(cancel))
        return std::nullopt;
    SweepPoint result;
    result.collinearity = collinearity;
    result.r2ObservationalMean = summary.r2ObservationalMean;
    result.r2InterventionalMean = summary.r2InterventionalMean;
    result.weightErrorMean = summary.weightErrorMean;
    result.conditionNumber = conditionNumberOf(truth.featureCovariance());
    if (summary.weightSd.size() > 0)
        result.firstWeightSd = summary.weightSd[0];
    return result;
}

RecomputeResult Recompute::run(const RecomputeSettings& settings, const std::atomic<bool>* cancel,
                               const SweepProgress& progress)
{
    RecomputeResult result;
    result.settings = settings;
    if (std::string problem = settings.validate(); !problem.empty())
        return failure(std::move(result), RecomputeStatus::InvalidSettings, problem);

    const LinearGaussianScm scm = ScmFactory::build(settings.model);
    result.truth = PopulationTruth::of(scm);

    // The population spectrum and the displayed draw run beside the replications; each task
    // writes only its own fields of the result.
    const std::vector<std::function<void()>> extra = {
        [&]() {
            RandomStream random(settings.seed, kDrawStream);
            scm.sampleObservational(random, settings.n, result.draw.features, result.draw.outcome);
            result.draw.fit = Estimator::fit(
                settings.estimator,
                SufficientStatistics::fromData(result.draw.features, result.draw.outcome));
        },
        [&]() {
            RandomStream random(settings.seed, kInterventionalDrawStream);
            scm.sampleInterventional(random, settings.n, result.draw.interventionalFeatures,
                                     result.draw.interventionalOutcome);
        },
        [&]() { result.populationSpectrum = Spectrum::of(result.truth.featureCovariance()); },
    };
    ReplicationTable table(settings.replications,
                           static_cast<int>(result.truth.causalWeights.size()));
    if (!runTasks(settings, result.truth, extra, table, cancel))
        return failure(std::move(result), RecomputeStatus::Cancelled, "superseded");
    result.monteCarlo = summarize(table, result.truth);

    const int points = static_cast<int>(settings.sweep.size());
    for (int i = 0; i < points; ++i) {
        std::optional<SweepPoint> point = sweepPoint(settings, settings.sweep[i], cancel);
        if (!point)
            return failure(std::move(result), RecomputeStatus::Cancelled, "superseded");
        result.sweep.push_back(*point);
        if (progress)
            progress(i + 1, points);
    }

    if (result.monteCarlo.fitted == 0) {
        const std::string why =
            result.draw.fit.message.empty() ? "weights not identifiable" : result.draw.fit.message;
        return failure(std::move(result), RecomputeStatus::NotIdentifiable, why);
    }
    result.status = RecomputeStatus::Ok;
    return result;
}

} // namespace lev::core
