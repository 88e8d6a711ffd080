// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#include "blackbox/BlackBox.h"

#include "blackbox/GeneratorTruth.h"
#include "blackbox/GradientBoostedTrees.h"
#include "blackbox/LinearBaseline.h"
#include "blackbox/OffManifoldMeter.h"
#include "blackbox/PartialDependenceProbe.h"
#include "blackbox/PermutationImportance.h"
#include "random/RandomStream.h"

#include <algorithm>
#include <cmath>
#include <new>
#include <numeric>

namespace lev::core {

namespace {

/// Grid half-width in marginal SDs: the partial dependence and slice grids span mean +- this.
constexpr double kGridSds = 2.5;
/// Rows of each sample kept for the slice's scatter.
constexpr int kSliceRows = 2000;

Eigen::VectorXd gridAround(double sd, int points)
{
    return Eigen::VectorXd::LinSpaced(points, -kGridSds * sd, kGridSds * sd);
}

bool cancelled(const std::atomic<bool>* cancel)
{
    return cancel && cancel->load(std::memory_order_relaxed);
}

/// What one replication needs beyond its own numbers.
struct Extras
{
    bool partialDependence = true;
    int iceCurves = 0;
    PredictionSlice* slice = nullptr;
    Eigen::VectorXd* offManifold = nullptr;            ///< PD probes per grid point
    Eigen::VectorXd* permutationOffManifold = nullptr; ///< permuted probes per feature
    Eigen::MatrixXd* ice = nullptr;
    /// Called with everything but SHAP, before SHAP (the slowest step) is computed.
    std::function<void(const BlackBoxReplication&)> beforeShap;
};

/// One refit: samples, trains, scores and reads the model. False and `error` on failure.
bool replicate(const BlackBoxSettings& settings, const GeneratorTruth& truth, RandomStream& random,
               const Eigen::VectorXd& grid, const Extras& extras, BlackBoxReplication& out,
               Eigen::MatrixXd* permutationIncreases, double* outcomeSd, std::string* linearMessage,
               std::string* error)
{
    const int n = settings.n;
    Eigen::MatrixXd xTrain, xTest, xDo;
    Eigen::VectorXd yTrain, yTest, yDo;
    truth.sampleObservational(random, n, xTrain, yTrain);
    truth.sampleObservational(random, n, xTest, yTest);
    truth.sampleInterventional(random, n, xDo, yDo);
    if (outcomeSd)
        *outcomeSd = std::sqrt((yTrain.array() - yTrain.mean()).square().sum() / (n - 1));

    GradientBoostedTrees model;
    Eigen::VectorXd onSurface, offSurface;
    if (!model.train(xTrain, yTrain, settings.learner) || !model.predict(xTest, onSurface) ||
        !model.predict(xDo, offSurface)) {
        *error = model.errorString();
        return false;
    }
    const int p = truth.featureCount();
    out.r2Observational = LinearBaseline::r2Of(onSurface, yTest);
    out.r2Interventional = LinearBaseline::r2Of(offSurface, yDo);

    LinearBaseline linear;
    const bool linearFitted = linear.fit(settings.linear, {xTrain, yTrain, xTest, yTest, xDo, yDo});
    if (linearFitted) {
        out.linearR2Observational = linear.r2Observational;
        out.linearR2Interventional = linear.r2Interventional;
        out.linearWeights = linear.weights;
        if (extras.partialDependence)
            out.linearPartialDependence = linear.partialDependence(settings.pdpFeature, grid);
    } else if (linearMessage) {
        *linearMessage = linear.message;
    }

    const OffManifoldMeter meter(xTrain);
    PermutationImportance importance;
    if (!importance.compute(PermutationImportance::of(model), xTest, yTest,
                            settings.permutationRepeats, random, &meter, error))
        return false;
    out.permutationImportance = importance.mean;
    out.permutationImportanceSe = importance.se;
    if (permutationIncreases)
        *permutationIncreases = importance.increases;
    if (extras.permutationOffManifold)
        *extras.permutationOffManifold = importance.offManifold;

    if (extras.partialDependence) {
        PartialDependenceProbe probe;
        if (!probe.compute(PartialDependenceProbe::of(model), xTest, settings.pdpFeature, grid,
                           extras.iceCurves, &meter, error))
            return false;
        out.partialDependence = probe.values;
        if (extras.offManifold)
            *extras.offManifold = probe.offManifold;
        if (extras.ice)
            *extras.ice = probe.ice;
    }

    if (PredictionSlice* slice = extras.slice) {
        slice->first = settings.sliceFirst;
        slice->second = settings.sliceSecond;
        slice->firstGrid = gridAround(truth.featureSds()(slice->first), settings.sliceGridSize);
        slice->secondGrid = gridAround(truth.featureSds()(slice->second), settings.sliceGridSize);
        const int g = settings.sliceGridSize;
        Eigen::MatrixXd probes = Eigen::MatrixXd::Zero(static_cast<Eigen::Index>(g) * g, p);
        for (int r = 0; r < g; ++r)
            for (int c = 0; c < g; ++c) {
                probes(r * g + c, slice->first) = slice->firstGrid(c);
                probes(r * g + c, slice->second) = slice->secondGrid(r);
            }
        Eigen::VectorXd prediction;
        if (!model.predict(probes, prediction)) {
            *error = model.errorString();
            return false;
        }
        slice->prediction.resize(g, g);
        for (int r = 0; r < g; ++r)
            for (int c = 0; c < g; ++c)
                slice->prediction(r, c) = prediction(r * g + c);
        slice->truth =
            truth.doSurface(slice->first, slice->firstGrid, slice->second, slice->secondGrid);
        const int rows = std::min(n, kSliceRows);
        slice->observed.resize(rows, 2);
        slice->observed << xTrain.col(slice->first).head(rows),
            xTrain.col(slice->second).head(rows);
        slice->interventional.resize(rows, 2);
        slice->interventional << xDo.col(slice->first).head(rows),
            xDo.col(slice->second).head(rows);
    }

    // TreeSHAP on the held-out rows, last: it costs more than everything above together.
    if (extras.beforeShap)
        extras.beforeShap(out);
    Eigen::MatrixXd shap;
    if (!model.contributions(xTest, shap)) {
        *error = model.errorString();
        return false;
    }
    out.meanAbsShap = shap.leftCols(p).cwiseAbs().colwise().mean().transpose();
    out.shapAdditivityMaxError = (shap.rowwise().sum() - onSurface).cwiseAbs().maxCoeff();
    return true;
}

double sdOf(const std::vector<double>& values, double mean)
{
    if (values.size() < 2)
        return 0.0;
    double sum = 0.0;
    for (double v : values)
        sum += (v - mean) * (v - mean);
    return std::sqrt(sum / static_cast<double>(values.size() - 1));
}

/// The linear estimator's summary over the replications in which it gave weights.
void summariseLinear(BlackBoxResult& result)
{
    LinearComparison& linear = result.linear;
    PartialDependence& pd = result.partialDependence;
    std::vector<const BlackBoxReplication*> fitted;
    for (const BlackBoxReplication& r : result.replications)
        if (r.linearWeights.size() > 0)
            fitted.push_back(&r);
    linear.fits = static_cast<int>(fitted.size());
    pd.linearValues.resize(0);
    if (fitted.empty()) {
        linear.weights.resize(0);
        linear.weightsSd.resize(0);
        return;
    }
    const auto count = static_cast<double>(fitted.size());
    const auto p = fitted.front()->linearWeights.size();
    Eigen::VectorXd sum = Eigen::VectorXd::Zero(p), squares = Eigen::VectorXd::Zero(p);
    double observational = 0.0, interventional = 0.0;
    bool line = true;
    for (const BlackBoxReplication* r : fitted) {
        sum += r->linearWeights;
        observational += r->linearR2Observational;
        interventional += r->linearR2Interventional;
        line = line && r->linearPartialDependence.size() == pd.grid.size();
    }
    linear.weights = sum / count;
    for (const BlackBoxReplication* r : fitted)
        squares += (r->linearWeights - linear.weights).array().square().matrix();
    linear.weightsSd = fitted.size() > 1 ? Eigen::VectorXd((squares / (count - 1)).cwiseSqrt())
                                         : Eigen::VectorXd::Zero(p);
    linear.r2ObservationalMean = observational / count;
    linear.r2InterventionalMean = interventional / count;
    if (line) {
        pd.linearValues = Eigen::VectorXd::Zero(pd.grid.size());
        for (const BlackBoxReplication* r : fitted)
            pd.linearValues += r->linearPartialDependence / count;
    }
}

/// Recomputes the summary of `result` from its replications.
void summarise(BlackBoxResult& result, const Eigen::MatrixXd& increases,
               const std::vector<Eigen::VectorXd>& offManifold)
{
    const auto& reps = result.replications;
    const int count = static_cast<int>(reps.size());
    result.replicationsDone = count;
    if (count == 0)
        return;
    std::vector<double> observational, interventional;
    const auto p = static_cast<Eigen::Index>(result.features.size());
    result.meanAbsShap = Eigen::VectorXd::Zero(p);
    result.permutationImportance = Eigen::VectorXd::Zero(p);
    result.shapAdditivityMaxError = 0.0;
    int withShap = 0;
    PartialDependence& pd = result.partialDependence;
    pd.values = Eigen::VectorXd::Zero(pd.grid.size());
    pd.offManifoldFraction = Eigen::VectorXd::Zero(pd.grid.size());
    for (int r = 0; r < count; ++r) {
        observational.push_back(reps[r].r2Observational);
        interventional.push_back(reps[r].r2Interventional);
        if (reps[r].meanAbsShap.size() == p) {
            result.meanAbsShap += reps[r].meanAbsShap;
            result.shapAdditivityMaxError =
                std::max(result.shapAdditivityMaxError, reps[r].shapAdditivityMaxError);
            ++withShap;
        }
        if (reps[r].partialDependence.size() == pd.grid.size())
            pd.values += reps[r].partialDependence;
        if (r < static_cast<int>(offManifold.size()))
            pd.offManifoldFraction += offManifold[r];
    }
    result.shapPending = withShap < count;
    if (withShap > 0)
        result.meanAbsShap /= withShap;
    else
        result.meanAbsShap.resize(0);
    pd.values /= count;
    pd.offManifoldFraction /= std::max<int>(1, std::min<int>(count, offManifold.size()));
    summariseLinear(result);
    result.r2ObservationalMean =
        std::accumulate(observational.begin(), observational.end(), 0.0) / count;
    result.r2InterventionalMean =
        std::accumulate(interventional.begin(), interventional.end(), 0.0) / count;
    result.r2ObservationalSd = sdOf(observational, result.r2ObservationalMean);
    result.r2InterventionalSd = sdOf(interventional, result.r2InterventionalMean);
    // Permutation importance over every replication and repeat: mean and its SE.
    const auto draws = increases.rows();
    result.permutationImportance = increases.colwise().mean().transpose();
    result.permutationImportanceSe = Eigen::VectorXd::Zero(p);
    if (draws > 1)
        result.permutationImportanceSe =
            ((increases.rowwise() - result.permutationImportance.transpose())
                 .array()
                 .square()
                 .colwise()
                 .sum() /
             static_cast<double>((draws - 1) * draws))
                .sqrt()
                .transpose();
    result.credit = CreditShares::from(result.permutationImportance, result.meanAbsShap,
                                       result.linear.weights, result.causalEffect);
}

} // namespace

BlackBoxSweepPoint BlackBox::sweepPointOf(double collinearity, const BlackBoxResult& at)
{
    BlackBoxSweepPoint point;
    point.collinearity = collinearity;
    point.r2Observational = at.r2ObservationalMean;
    point.r2Interventional = at.r2InterventionalMean;
    point.causalEffect = at.causalEffect;
    point.meanAbsShap = at.meanAbsShap;
    point.permutationImportance = at.permutationImportance;
    point.linearR2Observational = at.linear.r2ObservationalMean;
    point.linearR2Interventional = at.linear.r2InterventionalMean;
    point.linearWeights = at.linear.weights;
    point.credit = at.credit;
    return point;
}

BlackBoxResult BlackBox::run(const BlackBoxSettings& settings, const std::atomic<bool>* cancel,
                             const Progress& progress)
{
    BlackBoxResult result;
    result.replicationsRequested = settings.replications;
    if (std::string problem = settings.validate(); !problem.empty()) {
        result.status = BlackBoxStatus::InvalidSettings;
        result.message = problem;
        return result;
    }
    try {
        const GeneratorTruth truth(settings);
        const int p = truth.featureCount();
        result.features = truth.featureNames();
        result.causalEffect = truth.causalEffects();
        result.populationR2 = truth.populationR2();
        result.linear.estimator = estimatorName(settings.linear.kind);
        PartialDependence& pd = result.partialDependence;
        pd.feature = settings.pdpFeature;
        pd.grid = gridAround(truth.featureSds()(settings.pdpFeature), settings.gridSize);
        pd.doCurve = truth.doCurve(settings.pdpFeature, pd.grid);
        result.permutationOffManifoldFraction = Eigen::VectorXd::Zero(p);

        const int steps = settings.replications + static_cast<int>(settings.sweep.size());
        Eigen::MatrixXd increases(0, p);
        std::vector<Eigen::VectorXd> offManifold;
        Eigen::VectorXd permutationOff = Eigen::VectorXd::Zero(p);
        for (int r = 0; r < settings.replications; ++r) {
            if (cancelled(cancel)) {
                result.status = BlackBoxStatus::Cancelled;
                result.message = "cancelled";
                return result;
            }
            RandomStream random(settings.seed, static_cast<std::uint64_t>(r));
            Extras extras;
            Eigen::VectorXd off, permOff;
            extras.offManifold = &off;
            extras.permutationOffManifold = &permOff;
            if (r == 0) {
                extras.iceCurves = settings.iceCurves;
                extras.ice = &pd.ice;
                extras.slice = &result.slice;
            }
            BlackBoxReplication replication;
            Eigen::MatrixXd repIncreases;
            if (r == 0 && progress) {
                // The first fit is shown before its SHAP, which costs more than the rest.
                extras.beforeShap = [&](const BlackBoxReplication& sofar) {
                    BlackBoxResult early = result;
                    early.replications.push_back(sofar);
                    early.permutationOffManifoldFraction = permOff;
                    summarise(early, repIncreases, {off});
                    early.progress = 0.5 / steps;
                    progress(early);
                };
            }
            std::string error;
            if (!replicate(settings, truth, random, pd.grid, extras, replication, &repIncreases,
                           r == 0 ? &result.outcomeSd : nullptr, &result.linear.message, &error)) {
                result.status = BlackBoxStatus::LearnerFailed;
                result.message = error;
                return result;
            }
            result.replications.push_back(std::move(replication));
            increases.conservativeResize(increases.rows() + repIncreases.rows(), Eigen::NoChange);
            increases.bottomRows(repIncreases.rows()) = repIncreases;
            offManifold.push_back(off);
            permutationOff += permOff;
            result.permutationOffManifoldFraction = permutationOff / (r + 1);
            summarise(result, increases, offManifold);
            result.progress = static_cast<double>(r + 1) / steps;
            if (progress)
                progress(result);
        }

        for (std::size_t point = 0; point < settings.sweep.size(); ++point) {
            const BlackBoxSettings at = settings.atCollinearity(settings.sweep[point]);
            const GeneratorTruth pointTruth(at);
            BlackBoxResult atResult;
            atResult.features = pointTruth.featureNames();
            atResult.causalEffect = pointTruth.causalEffects();
            Eigen::MatrixXd pointIncreases(0, p);
            for (int r = 0; r < at.replications; ++r) {
                if (cancelled(cancel)) {
                    result.status = BlackBoxStatus::Cancelled;
                    result.message = "cancelled";
                    return result;
                }
                RandomStream random(settings.seed, ((point + 1) << 32) | static_cast<unsigned>(r));
                Extras extras;
                extras.partialDependence = false;
                BlackBoxReplication replication;
                Eigen::MatrixXd repIncreases;
                std::string error;
                if (!replicate(at, pointTruth, random, pd.grid, extras, replication, &repIncreases,
                               nullptr, &atResult.linear.message, &error)) {
                    result.status = BlackBoxStatus::LearnerFailed;
                    result.message = error;
                    return result;
                }
                atResult.replications.push_back(std::move(replication));
                pointIncreases.conservativeResize(pointIncreases.rows() + repIncreases.rows(),
                                                  Eigen::NoChange);
                pointIncreases.bottomRows(repIncreases.rows()) = repIncreases;
            }
            summarise(atResult, pointIncreases, {});
            BlackBoxSweepPoint sweepPoint = sweepPointOf(settings.sweep[point], atResult);
            result.sweep.push_back(std::move(sweepPoint));
            result.progress =
                static_cast<double>(settings.replications + static_cast<int>(point) + 1) / steps;
            if (progress)
                progress(result);
        }
    } catch (const std::bad_alloc&) {
        result.status = BlackBoxStatus::LearnerFailed;
        result.message = "out of memory: fewer rows (n) or features (p) would fit";
    }
    result.progress = 1.0;
    return result;
}

} // namespace lev::core
