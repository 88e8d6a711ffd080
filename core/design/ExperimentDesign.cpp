// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#include "design/ExperimentDesign.h"

#include "design/AOptimalAllocation.h"
#include "design/DesignMonteCarlo.h"
#include "design/IdentificationPower.h"
#include "design/MutilatedScm.h"
#include "design/StrategyComparison.h"
#include "linalg/ParallelTasks.h"
#include "model/ScmFactory.h"

#include <algorithm>
#include <cmath>
#include <set>

namespace lev::core {

namespace {

constexpr int kFractionPoints = 51;           ///< exact curve against pi: step 0.02
constexpr int kFractionMonteCarloStride = 10; ///< Monte-Carlo points at pi = 0, 0.2, ... 1
constexpr int kSizePoints = 30;               ///< exact curve against n
constexpr int kPowerMonteCarloPoints = 6;     ///< Monte-Carlo points of each power curve
constexpr int kMaxRowsSearched = 10000000;    ///< how far "80 % needs about N" looks
constexpr double kTarget = 0.8;
constexpr double kLeverTolerance = 1e-12;

// Purposes of the Monte-Carlo streams (DesignReplicationPlan::purpose).
constexpr std::uint64_t kStudyPurpose = 0;
constexpr std::uint64_t kFractionPurpose = 0x100;
constexpr std::uint64_t kExperimentalPowerPurpose = 0x200;
constexpr std::uint64_t kPooledPowerPurpose = 0x300;

bool cancelled(const std::atomic<bool>* cancel)
{
    return cancel != nullptr && cancel->load(std::memory_order_relaxed);
}

DesignResult failure(DesignResult result, RecomputeStatus status, std::string message)
{
    result.status = status;
    result.message = std::move(message);
    return result;
}

std::string rowsMessage(DesignStrategy strategy, int observationalRows, int randomizedRows, int p)
{
    const std::string need = std::to_string(p + 3);
    switch (strategy) {
    case DesignStrategy::Observational:
        return "needs at least " + need + " rows";
    case DesignStrategy::Experimental:
        return randomizedRows < p + 3 ? "needs at least " + need + " randomized rows (has " +
                                            std::to_string(randomizedRows) + ")"
                                      : "the randomized features do not vary";
    case DesignStrategy::Pooled:
    case DesignStrategy::Combined:
        return observationalRows + randomizedRows < p + 3 ? "needs at least " + need + " rows"
                                                          : "the features are collinear";
    }
    return {};
}

Eigen::VectorXd interval(const DesignFit& fit, double sign)
{
    return fit.weights + sign * fit.criticalValue * fit.standardErrors;
}

/// The strategy's outcome at the settings' rows: exact, then the Monte-Carlo fields.
StrategyOutcome exactOutcome(DesignStrategy strategy, const DesignRegimes& regimes,
                             const StrategyTable& table, const DesignSettings& settings)
{
    StrategyOutcome outcome;
    outcome.strategy = strategy;
    const int p = static_cast<int>(regimes.causalWeights.size());
    const int n = settings.n;
    const int randomized = settings.randomizedRows();
    outcome.observationalRows = StrategyComparison::observationalRowsOf(strategy, n, randomized);
    outcome.randomizedRows = StrategyComparison::randomizedRowsOf(strategy, n, randomized);
    if (const auto limit = StrategyComparison::limit(strategy, regimes, settings.fraction))
        outcome.limit = *limit;
    const auto exact = table.exact(strategy, n, randomized);
    outcome.identifiable = exact.has_value();
    if (!exact) {
        outcome.message =
            rowsMessage(strategy, outcome.observationalRows, outcome.randomizedRows, p);
        return outcome;
    }
    outcome.covariance = exact->covariance;
    outcome.error = exact->error;
    const Eigen::VectorXd half = 1.959963984540054 * exact->covariance.diagonal().cwiseSqrt();
    outcome.samplingLow = exact->mean - half;
    outcome.samplingHigh = exact->mean + half;
    return outcome;
}

void addMonteCarlo(StrategyOutcome& outcome, const StrategyMonteCarlo& mc)
{
    outcome.fitted = mc.fitted;
    outcome.weightMean = mc.weightMean;
    outcome.weightSd = mc.weightSd;
    outcome.weightErrorMean = mc.weightErrorMean;
    outcome.monteCarloError = mc.error;
}

/// The displayed study (replication 0 of the Monte Carlo, the same draw in both stages).
void addDisplayedStudy(StrategyOutcome& outcome, const DesignFit& first)
{
    if (!first.ok)
        return;
    outcome.estimate = first.weights;
    outcome.intervalLow = interval(first, -1.0);
    outcome.intervalHigh = interval(first, 1.0);
}

/// Only pi (or the Monte-Carlo design) differs: what does not depend on pi can be reused.
bool sameExperiment(const DesignSettings& a, const DesignSettings& b)
{
    return a.model == b.model && a.n == b.n && a.randomized == b.randomized &&
           a.variances == b.variances && !a.allocate && !b.allocate;
}

bool sameMonteCarlo(const DesignSettings& a, const DesignSettings& b)
{
    return sameExperiment(a, b) && a.seed == b.seed && a.curveReplications == b.curveReplications;
}

DesignRegimes regimesOf(const DesignResult& result)
{
    return {result.observationalCovariance, result.experimentalCovariance,
            result.truth.causalWeights};
}

DesignReplicationPlan studyPlan(const DesignSettings& settings)
{
    return {settings.n,    settings.randomizedRows(), settings.replications, settings.seed,
            kStudyPurpose, settings.threads};
}

std::vector<int> sizeGrid(int n, int p)
{
    const int first = std::max(p + 3, 10);
    const int last = std::max(first + 1, static_cast<int>(std::min(10.0 * n, 1e7)));
    std::set<int> values;
    for (int i = 0; i < kSizePoints; ++i)
        values.insert(static_cast<int>(std::lround(
            first * std::pow(static_cast<double>(last) / first, i / double(kSizePoints - 1)))));
    values.insert(n);
    return {values.begin(), values.end()};
}

/// The grid indices of a power curve that get a Monte-Carlo point.
std::set<int> monteCarloIndices(int count)
{
    std::set<int> chosen;
    for (int i = 1; i <= kPowerMonteCarloPoints; ++i)
        chosen.insert(std::min(count - 1, (i * (count - 1)) / kPowerMonteCarloPoints));
    return chosen;
}

/// Fills a power curve exactly on the grid (its points in parallel), with the 80 % mark; false
/// when cancelled.
template <typename Exact>
bool fillExactPowerCurve(PowerCurve& curve, const Exact& exact, const std::vector<int>& grid,
                         int threads, const std::atomic<bool>* cancel)
{
    std::vector<ProbabilityEstimate> values(grid.size());
    const auto makeWorker = [&]() -> ParallelTasks::Worker {
        return [&](int i) { values[std::size_t(i)] = exact(grid[std::size_t(i)]); };
    };
    if (!ParallelTasks::run(static_cast<int>(grid.size()), threads, makeWorker, cancel))
        return false;
    for (std::size_t i = 0; i < grid.size(); ++i) {
        curve.points.push_back({grid[i], values[i].value, std::nullopt});
        curve.exactError = std::max(curve.exactError, values[i].error);
    }
    // The first grid point at 80 %, refined between it and the point before.
    const int count = static_cast<int>(grid.size());
    const auto probability = [&](int rows) { return exact(rows).value; };
    for (int i = 0; i < count; ++i) {
        if (curve.points[std::size_t(i)].exact >= kTarget) {
            const int lo = i > 0 ? curve.points[std::size_t(i - 1)].randomizedRows : 0;
            curve.randomizedRowsFor80Percent = IdentificationPower::smallestReaching(
                probability, lo, curve.points[std::size_t(i)].randomizedRows, kTarget);
            break;
        }
    }
    return true;
}

/// Beyond the budget: the rows a curve would need for 80 %, if it gets there by 10 million.
template <typename Exact> std::optional<int> rowsNeeded(const Exact& exact, int from)
{
    const auto probability = [&](int rows) { return exact(rows).value; };
    int lo = std::max(from, 1);
    for (int hi = lo * 2; hi <= kMaxRowsSearched; hi *= 2) {
        if (probability(hi) >= kTarget)
            return IdentificationPower::smallestReaching(probability, lo, hi, kTarget);
        lo = hi;
    }
    return std::nullopt;
}

} // namespace

std::vector<std::string> ExperimentDesign::featureNames(const ModelSettings& model)
{
    return ScmFactory::build(model).featureNames();
}

DesignResult ExperimentDesign::compute(const DesignSettings& settings,
                                       const std::atomic<bool>* cancel)
{
    DesignResult exact = computeExact(settings, cancel);
    if (exact.status == RecomputeStatus::Cancelled)
        return exact;
    return refine(std::move(exact), cancel);
}

DesignResult ExperimentDesign::computeExact(const DesignSettings& settings,
                                            const std::atomic<bool>* cancel,
                                            const DesignResult* previous)
{
    return addExactPower(exactCurves(settings, cancel, previous), cancel, previous);
}

DesignResult ExperimentDesign::exactCurves(const DesignSettings& settings,
                                           const std::atomic<bool>* cancel,
                                           const DesignResult* previous)
{
    DesignResult result;
    result.settings = settings;
    if (std::string problem = settings.validate(); !problem.empty())
        return failure(std::move(result), RecomputeStatus::InvalidSettings, problem);
    const bool reuse =
        previous != nullptr && previous->ok() && sameExperiment(previous->settings, settings);

    const LinearGaussianScm scm = ScmFactory::build(settings.model);
    result.truth = PopulationTruth::of(scm);
    result.features = result.truth.features;
    const int p = scm.featureCount();
    const Eigen::MatrixXd& observed = result.truth.observedCovariance;
    const Eigen::MatrixXd featureCovariance = observed.topLeftCorner(p, p);
    result.observationalCovariance = observed;

    // Allocation first: "allocate for me" randomizes every feature with its A-optimal variance.
    const double budget = settings.budget.value_or(featureCovariance.trace());
    result.allocation = AOptimalAllocation::compute(featureCovariance, settings.fraction, budget);

    result.randomized.assign(std::size_t(p), false);
    result.randomizationVariances = Eigen::VectorXd::Zero(p);
    std::vector<int> cutVariables;
    for (int j = 0; j < p; ++j) {
        if (!settings.isRandomized(j))
            continue;
        result.randomized[std::size_t(j)] = true;
        cutVariables.push_back(scm.featureIndices()[std::size_t(j)]);
        if (settings.allocate)
            result.randomizationVariances[j] = result.allocation.variances[j];
        else if (!settings.variances.empty())
            result.randomizationVariances[j] = settings.variances[std::size_t(j)];
        else
            result.randomizationVariances[j] = featureCovariance(j, j);
    }
    result.experimentalCovariance =
        reuse ? previous->experimentalCovariance
              : MutilatedScm::of(scm, result.randomized, result.randomizationVariances)
                    .observedCovariance();
    result.graph = CausalGraph::of(scm).intervenedOn(cutVariables);

    const Eigen::VectorXd& causal = result.truth.causalWeights;
    const double leverScale = std::max(1.0, causal.cwiseAbs().maxCoeff());
    for (int j = 0; j < p; ++j)
        result.levers.push_back(std::abs(causal[j]) > kLeverTolerance * leverScale);
    const DesignRegimes regimes = regimesOf(result);

    // The four strategies at the settings, exactly, and the displayed study: replication 0 of
    // the Monte Carlo (the refinement draws the same one).
    const StrategyTable table(regimes);
    for (DesignStrategy strategy : allDesignStrategies())
        result.strategies[std::size_t(strategy)] = exactOutcome(strategy, regimes, table, settings);
    DesignReplicationPlan displayed = studyPlan(settings);
    displayed.replications = 1;
    displayed.threads = 1;
    const auto study =
        DesignMonteCarlo::strategies(regimes, displayed, {true, true, true, true}, cancel);
    if (!study)
        return failure(std::move(result), RecomputeStatus::Cancelled, "superseded");
    for (DesignStrategy strategy : allDesignStrategies())
        addDisplayedStudy(result.strategies[std::size_t(strategy)],
                          (*study)[std::size_t(strategy)].first);

    // Plot (1): against pi at the fixed n; it does not depend on the current pi.
    if (reuse) {
        result.fractionCurve = previous->fractionCurve;
        for (FractionPoint& point : result.fractionCurve)
            point.monteCarlo = {};
    } else {
        for (int i = 0; i < kFractionPoints; ++i) {
            FractionPoint point;
            point.fraction = static_cast<double>(i) / (kFractionPoints - 1);
            const int randomized = static_cast<int>(std::lround(point.fraction * settings.n));
            for (DesignStrategy strategy : allDesignStrategies())
                if (const auto exact = table.exact(strategy, settings.n, randomized))
                    point.exact[std::size_t(strategy)] = exact->error;
            result.fractionCurve.push_back(point);
        }
    }

    // Plot (2): against the budget n at the current pi.
    for (int n : sizeGrid(settings.n, p)) {
        SizePoint point;
        point.n = n;
        const int randomized = static_cast<int>(std::lround(settings.fraction * n));
        for (DesignStrategy strategy : allDesignStrategies())
            if (const auto exact = table.exact(strategy, n, randomized))
                point.exact[std::size_t(strategy)] = exact->error;
        result.sizeCurve.push_back(point);
    }
    if (cancelled(cancel))
        return failure(std::move(result), RecomputeStatus::Cancelled, "superseded");

    const bool anyFits = std::any_of(result.strategies.begin(), result.strategies.end(),
                                     [](const StrategyOutcome& s) { return s.identifiable; });
    if (!anyFits)
        return failure(std::move(result), RecomputeStatus::NotIdentifiable,
                       "no strategy can fit: needs at least " + std::to_string(p + 3) + " rows");
    result.status = RecomputeStatus::Ok;
    result.refined = false;
    return result;
}

DesignResult ExperimentDesign::addExactPower(DesignResult result, const std::atomic<bool>* cancel,
                                             const DesignResult* previous)
{
    if (!result.ok() || result.powerComputed)
        return result;
    const bool reuse = previous != nullptr && previous->ok() && previous->powerComputed &&
                       sameExperiment(previous->settings, result.settings);
    // Plot (4): the power curves; the experimental one does not depend on pi.
    const DesignSettings& settings = result.settings;
    const DesignRegimes regimes = regimesOf(result);
    const Eigen::Index p = regimes.causalWeights.size();
    const std::vector<int> grid = IdentificationPower::grid(settings.n, static_cast<int>(p));
    const auto experimentalExact = [&](int rows) {
        return IdentificationPower::experimental(regimes.experimental, result.levers, rows);
    };
    const auto pooledExact = [&](int rows) {
        return IdentificationPower::pooled(regimes, result.levers, settings.fraction, rows);
    };
    if (reuse) {
        result.experimentalPower = previous->experimentalPower;
        for (PowerPoint& point : result.experimentalPower.points)
            point.monteCarlo.reset();
    } else {
        result.experimentalPower.strategy = DesignStrategy::Experimental;
        if (!fillExactPowerCurve(result.experimentalPower, experimentalExact, grid,
                                 settings.threads, cancel))
            return failure(std::move(result), RecomputeStatus::Cancelled, "superseded");
        if (!result.experimentalPower.randomizedRowsFor80Percent) {
            result.experimentalPower.whyNotReached = IdentificationPower::limitReason(
                result.features, result.levers,
                StrategyComparison::limit(DesignStrategy::Experimental, regimes, 1.0)
                    .value_or(Eigen::VectorXd::Zero(p)),
                "its experimental");
            if (result.experimentalPower.whyNotReached.empty())
                result.experimentalPower.whyNotReached =
                    IdentificationPower::budgetReason(rowsNeeded(experimentalExact, settings.n));
        }
    }
    result.pooledPower.strategy = DesignStrategy::Pooled;
    if (settings.fraction > 0.0) {
        if (!fillExactPowerCurve(result.pooledPower, pooledExact, grid, settings.threads, cancel))
            return failure(std::move(result), RecomputeStatus::Cancelled, "superseded");
        if (!result.pooledPower.randomizedRowsFor80Percent) {
            result.pooledPower.whyNotReached = IdentificationPower::limitReason(
                result.features, result.levers,
                StrategyComparison::limit(DesignStrategy::Pooled, regimes, settings.fraction)
                    .value_or(Eigen::VectorXd::Zero(p)),
                "its pooled");
            if (result.pooledPower.whyNotReached.empty())
                result.pooledPower.whyNotReached =
                    IdentificationPower::budgetReason(rowsNeeded(pooledExact, settings.n));
        }
    } else {
        for (int rows : grid)
            result.pooledPower.points.push_back({rows, 0.0, std::nullopt});
        result.pooledPower.whyNotReached = "no rows are randomized (pi = 0)";
    }

    result.powerComputed = true;
    return result;
}

DesignResult ExperimentDesign::refine(DesignResult result, const std::atomic<bool>* cancel,
                                      const DesignResult* previous)
{
    if (!result.ok() || result.refined)
        return result;
    result = addExactPower(std::move(result), cancel, previous);
    if (!result.ok())
        return result;
    const DesignSettings& settings = result.settings;
    const DesignRegimes regimes = regimesOf(result);
    const DesignReplicationPlan plan = studyPlan(settings);
    const bool reuse = previous != nullptr && previous->ok() && previous->refined &&
                       sameMonteCarlo(previous->settings, settings);

    // R replications of the study.
    const auto study =
        DesignMonteCarlo::strategies(regimes, plan, {true, true, true, true}, cancel);
    if (!study)
        return failure(std::move(result), RecomputeStatus::Cancelled, "superseded");
    for (DesignStrategy strategy : allDesignStrategies())
        addMonteCarlo(result.strategies[std::size_t(strategy)], (*study)[std::size_t(strategy)]);

    // Plot (1)'s Monte-Carlo points: at pi = 0, 0.2, ... 1, whatever the current pi.
    for (int i = 0; i < int(result.fractionCurve.size()); ++i) {
        FractionPoint& point = result.fractionCurve[std::size_t(i)];
        if (i % kFractionMonteCarloStride != 0 || settings.curveReplications == 0)
            continue;
        if (reuse) {
            point.monteCarlo = previous->fractionCurve[std::size_t(i)].monteCarlo;
            point.monteCarlo[std::size_t(DesignStrategy::Observational)] =
                (*study)[std::size_t(DesignStrategy::Observational)].error;
            continue;
        }
        DesignReplicationPlan at = plan;
        at.replications = settings.curveReplications;
        at.randomizedRows = static_cast<int>(std::lround(point.fraction * settings.n));
        at.purpose = kFractionPurpose + static_cast<std::uint64_t>(i);
        const auto mc =
            DesignMonteCarlo::strategies(regimes, at, {false, true, true, true}, cancel);
        if (!mc)
            return failure(std::move(result), RecomputeStatus::Cancelled, "superseded");
        for (DesignStrategy strategy : allDesignStrategies())
            point.monteCarlo[std::size_t(strategy)] = (*mc)[std::size_t(strategy)].error;
        // The observational strategy does not depend on pi: the study's replications.
        point.monteCarlo[std::size_t(DesignStrategy::Observational)] =
            (*study)[std::size_t(DesignStrategy::Observational)].error;
    }

    // Plot (4)'s Monte-Carlo points.
    const auto powerPoints = [&](PowerCurve& curve, std::uint64_t purpose) {
        if (settings.curveReplications == 0)
            return true;
        for (int index : monteCarloIndices(static_cast<int>(curve.points.size()))) {
            PowerPoint& point = curve.points[std::size_t(index)];
            if (point.randomizedRows == 0)
                continue;
            DesignReplicationPlan at = plan;
            at.replications = settings.curveReplications;
            at.randomizedRows = point.randomizedRows;
            at.purpose = purpose + static_cast<std::uint64_t>(index);
            point.monteCarlo = DesignMonteCarlo::power(
                regimes, result.levers, curve.strategy,
                IdentificationPower::observationalRowsFor(settings.fraction, point.randomizedRows),
                at, cancel);
            if (cancelled(cancel))
                return false;
        }
        return true;
    };
    if (reuse)
        result.experimentalPower = previous->experimentalPower;
    else if (!powerPoints(result.experimentalPower, kExperimentalPowerPurpose))
        return failure(std::move(result), RecomputeStatus::Cancelled, "superseded");
    if (settings.fraction > 0.0 && !powerPoints(result.pooledPower, kPooledPowerPurpose))
        return failure(std::move(result), RecomputeStatus::Cancelled, "superseded");
    result.refined = true;
    return result;
}

} // namespace lev::core
