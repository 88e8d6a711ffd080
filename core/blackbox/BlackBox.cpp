// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#include "blackbox/BlackBox.h"

#include "blackbox/GeneratorTruth.h"
#include "blackbox/GradientBoostedTrees.h"
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

double r2Of(const Eigen::VectorXd& prediction, const Eigen::VectorXd& y)
{
    const double total = (y.array() - y.mean()).square().sum();
    return total > 0.0 ? 1.0 - (prediction - y).squaredNorm() / total : 0.0;
}

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
    Eigen::VectorXd* increases = nullptr; ///< every repeat's increase, appended
};

/// One refit: samples, trains, scores and reads the model. False and `error` on failure.
bool replicate(const BlackBoxSettings& settings, const GeneratorTruth& truth, RandomStream& random,
               const Eigen::VectorXd& grid, const Extras& extras, BlackBoxReplication& out,
               Eigen::MatrixXd* permutationIncreases, double* outcomeSd, std::string* error)
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
    Eigen::MatrixXd shap;
    if (!model.train(xTrain, yTrain, settings.learner) || !model.predict(xTest, onSurface) ||
        !model.predict(xDo, offSurface) || !model.contributions(xTest, shap)) {
        *error = model.errorString();
        return false;
    }
    const int p = truth.featureCount();
    out.r2Observational = r2Of(onSurface, yTest);
    out.r2Interventional = r2Of(offSurface, yDo);
    out.meanAbsShap = shap.leftCols(p).cwiseAbs().colwise().mean().transpose();
    out.shapAdditivityMaxError = (shap.rowwise().sum() - onSurface).cwiseAbs().maxCoeff();

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
    const auto p = reps.front().meanAbsShap.size();
    result.meanAbsShap = Eigen::VectorXd::Zero(p);
    result.permutationImportance = Eigen::VectorXd::Zero(p);
    result.shapAdditivityMaxError = 0.0;
    PartialDependence& pd = result.partialDependence;
    pd.values = Eigen::VectorXd::Zero(pd.grid.size());
    pd.offManifoldFraction = Eigen::VectorXd::Zero(pd.grid.size());
    for (int r = 0; r < count; ++r) {
        observational.push_back(reps[r].r2Observational);
        interventional.push_back(reps[r].r2Interventional);
        result.meanAbsShap += reps[r].meanAbsShap;
        result.shapAdditivityMaxError =
            std::max(result.shapAdditivityMaxError, reps[r].shapAdditivityMaxError);
        if (reps[r].partialDependence.size() == pd.grid.size())
            pd.values += reps[r].partialDependence;
        if (r < static_cast<int>(offManifold.size()))
            pd.offManifoldFraction += offManifold[r];
    }
    result.meanAbsShap /= count;
    pd.values /= count;
    pd.offManifoldFraction /= std::max<int>(1, std::min<int>(count, offManifold.size()));
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
}

} // namespace

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
            std::string error;
            if (!replicate(settings, truth, random, pd.grid, extras, replication, &repIncreases,
                           r == 0 ? &result.outcomeSd : nullptr, &error)) {
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
            BlackBoxSweepPoint sweepPoint;
            sweepPoint.collinearity = settings.sweep[point];
            sweepPoint.causalEffect = pointTruth.causalEffects();
            sweepPoint.meanAbsShap = Eigen::VectorXd::Zero(p);
            sweepPoint.permutationImportance = Eigen::VectorXd::Zero(p);
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
                std::string error;
                if (!replicate(at, pointTruth, random, pd.grid, extras, replication, nullptr,
                               nullptr, &error)) {
                    result.status = BlackBoxStatus::LearnerFailed;
                    result.message = error;
                    return result;
                }
                sweepPoint.r2Observational += replication.r2Observational / at.replications;
                sweepPoint.r2Interventional += replication.r2Interventional / at.replications;
                sweepPoint.meanAbsShap += replication.meanAbsShap / at.replications;
                sweepPoint.permutationImportance +=
                    replication.permutationImportance / at.replications;
            }
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
