#include "analysis/Recompute.h"

#include "analysis/ExpectedR2.h"
#include "analysis/ReplicationSampler.h"
#include "estimators/Estimator.h"
#include "generators/ScmFactory.h"
#include "random/RandomStream.h"

#include <Eigen/Cholesky>
#include <algorithm>
#include <cmath>
#include <numeric>
#include <thread>

namespace lev::core {

namespace {

// Replication r draws from stream r; the displayed draw has streams of its own.
constexpr std::uint64_t kDrawStream = 0xD15B1A7ED0000000ULL;
constexpr std::uint64_t kInterventionalDrawStream = kDrawStream + 1;

bool cancelled(const std::atomic<bool>* cancel)
{
    return cancel != nullptr && cancel->load(std::memory_order_relaxed);
}

/// What one replication yields, before the summary.
struct Replication
{
    LinearFit fit;
    std::optional<double> r2Observational;
    std::optional<double> r2Interventional;
    Eigen::VectorXd sampleEigenvalues;
    std::optional<double> sampleVifMax;
};

std::optional<double> sampleVifMax(const Eigen::MatrixXd& covariance)
{
    const Eigen::VectorXd scale = covariance.diagonal().cwiseSqrt();
    if ((scale.array() <= 0.0).any())
        return std::nullopt;
    const Eigen::VectorXd inverse = scale.cwiseInverse();
    const Eigen::LLT<Eigen::MatrixXd> llt(inverse.asDiagonal() * covariance * inverse.asDiagonal());
    if (llt.info() != Eigen::Success || !(llt.rcond() > 1e-14))
        return std::nullopt;
    // diag(C^{-1})_j = || column j of L^{-1} ||^2.
    const Eigen::MatrixXd lowerInverse =
        llt.matrixL().solve(Eigen::MatrixXd::Identity(covariance.rows(), covariance.cols()));
    return lowerInverse.colwise().squaredNorm().maxCoeff();
}

Replication replicate(const RecomputeSettings& settings, const PopulationTruth& truth,
                      const ReplicationSampler& sampler, int index)
{
    RandomStream random(settings.seed, static_cast<std::uint64_t>(index));
    const SufficientStatistics stats = sampler.sample(random);
    Replication replication;
    replication.fit = Estimator::fit(settings.estimator, stats);
    const Eigen::MatrixXd covariance = stats.featureCovariance();
    replication.sampleEigenvalues = Spectrum::eigenvaluesOf(covariance);
    replication.sampleVifMax = sampleVifMax(covariance);
    if (replication.fit.ok()) {
        replication.r2Observational = expectedR2(
            truth.observedCovariance, replication.fit.intercept, replication.fit.weights);
        replication.r2Interventional = expectedR2(
            truth.interventionalCovariance, replication.fit.intercept, replication.fit.weights);
    }
    return replication;
}

std::optional<double> mean(const std::vector<double>& values)
{
    if (values.empty())
        return std::nullopt;
    return std::accumulate(values.begin(), values.end(), 0.0) / static_cast<double>(values.size());
}

// Linear interpolation between order statistics (NumPy's default, type 7).
double quantile(std::vector<double> sorted, double level)
{
    std::sort(sorted.begin(), sorted.end());
    const double position = level * static_cast<double>(sorted.size() - 1);
    const auto below = static_cast<std::size_t>(std::floor(position));
    const std::size_t above = std::min(below + 1, sorted.size() - 1);
    const double fraction = position - static_cast<double>(below);
    return sorted[below] + fraction * (sorted[above] - sorted[below]);
}

MonteCarloSummary summarize(const std::vector<Replication>& replications,
                            const PopulationTruth& truth)
{
    MonteCarloSummary summary;
    const int p = static_cast<int>(truth.causalWeights.size());
    const int total = static_cast<int>(replications.size());
    summary.replications = total;
    summary.sampleEigenvalues.resize(total, p);
    for (int r = 0; r < total; ++r) {
        const Replication& replication = replications[r];
        summary.sampleEigenvalues.row(r) = replication.sampleEigenvalues.transpose();
        if (replication.sampleVifMax)
            summary.sampleVifMax.push_back(*replication.sampleVifMax);
        if (replication.fit.ok())
            ++summary.fitted;
    }
    summary.sampleEigenvaluesMean = summary.sampleEigenvalues.colwise().mean().transpose();
    summary.sampleVifMaxMean = mean(summary.sampleVifMax);

    summary.weights.resize(summary.fitted, p);
    std::vector<double> absoluteErrors;
    int row = 0;
    for (const Replication& replication : replications) {
        if (!replication.fit.ok())
            continue;
        const Eigen::VectorXd& w = replication.fit.weights;
        summary.weights.row(row++) = w.transpose();
        summary.weightError.push_back((w - truth.causalWeights).norm());
        absoluteErrors.push_back((w - truth.causalWeights).cwiseAbs().mean());
        if (replication.r2Observational)
            summary.r2Observational.push_back(*replication.r2Observational);
        if (replication.r2Interventional)
            summary.r2Interventional.push_back(*replication.r2Interventional);
    }
    summary.r2ObservationalMean = mean(summary.r2Observational);
    summary.r2InterventionalMean = mean(summary.r2Interventional);
    summary.weightErrorMean = mean(summary.weightError);
    summary.weightAbsErrorMean = mean(absoluteErrors);
    if (summary.fitted == 0)
        return summary;

    summary.weightMean = summary.weights.colwise().mean().transpose();
    summary.weightQuantiles.resize(p, 5);
    for (int j = 0; j < p; ++j) {
        const Eigen::VectorXd column = summary.weights.col(j);
        const std::vector<double> values(column.data(), column.data() + column.size());
        for (int q = 0; q < 5; ++q)
            summary.weightQuantiles(j, q) = quantile(values, MonteCarloSummary::kQuantileLevels[q]);
    }
    if (summary.fitted >= 2) {
        const Eigen::MatrixXd centered = summary.weights.rowwise() - summary.weightMean.transpose();
        summary.weightSd =
            (centered.colwise().squaredNorm() / (summary.fitted - 1.0)).cwiseSqrt().transpose();
    }
    return summary;
}

int workerCount(const RecomputeSettings& settings)
{
    const int available = static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
    const int wanted = settings.threads > 0 ? settings.threads : available;
    return std::max(1, std::min(wanted, settings.replications));
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
    const ReplicationSampler sampler(truth.observedCovariance, settings.n, settings.sampling);
    std::vector<Replication> replications(settings.replications);
    std::atomic<bool> stopped{false};
    // Replications are interleaved over the workers; each writes only its own slots, and its
    // numbers depend only on (seed, index), so the result does not depend on the worker count.
    auto work = [&](int first, int stride) {
        for (int r = first; r < settings.replications; r += stride) {
            if (cancelled(cancel)) {
                stopped = true;
                return;
            }
            replications[r] = replicate(settings, truth, sampler, r);
        }
    };
    const int workers = workerCount(settings);
    std::vector<std::thread> threads;
    for (int w = 1; w < workers; ++w)
        threads.emplace_back(work, w, workers);
    work(0, workers);
    for (auto& thread : threads)
        thread.join();
    if (stopped)
        return {};
    return summarize(replications, truth);
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
    result.conditionNumber = Spectrum::of(truth.featureCovariance()).conditionNumber;
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
    result.populationSpectrum = Spectrum::of(result.truth.featureCovariance());

    RandomStream drawRandom(settings.seed, kDrawStream);
    scm.sampleObservational(drawRandom, settings.n, result.draw.features, result.draw.outcome);
    RandomStream interventionalRandom(settings.seed, kInterventionalDrawStream);
    scm.sampleInterventional(interventionalRandom, settings.n, result.draw.interventionalFeatures,
                             result.draw.interventionalOutcome);
    result.draw.fit =
        Estimator::fit(settings.estimator,
                       SufficientStatistics::fromData(result.draw.features, result.draw.outcome));

    result.monteCarlo = monteCarlo(settings, result.truth, cancel);
    if (cancelled(cancel))
        return failure(std::move(result), RecomputeStatus::Cancelled, "superseded");

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
