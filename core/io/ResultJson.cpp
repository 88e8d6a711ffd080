// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#include "io/ResultJson.h"

#include "io/JsonWriter.h"

#include <cmath>

namespace lev::core {

namespace {

void writeSettings(JsonWriter& json, const RecomputeSettings& s)
{
    json.key("settings").beginObject();
    json.key("collinearity").value(s.model.collinearity);
    json.key("noise").value(s.model.noise);
    json.key("effect").value(s.model.effect);
    if (s.model.generator == GeneratorKind::Confounder)
        json.key("confounding").value(s.model.confounding);
    json.key("n").value(s.n);
    json.key("p").value(s.model.features);
    if (s.model.generator == GeneratorKind::Latent) {
        json.key("k").value(s.model.latentDimension);
        json.key("levers").value(s.model.levers);
    }
    json.key("estimator").value(estimatorName(s.estimator.kind));
    if (s.estimator.kind == EstimatorKind::Ridge || s.estimator.kind == EstimatorKind::Lasso)
        json.key("lambda").value(s.estimator.lambda);
    if (s.estimator.kind == EstimatorKind::Pcr)
        json.key("components").value(s.estimator.components);
    json.key("standardize").value(s.estimator.standardize);
    json.key("reps").value(s.replications);
    json.key("seed").value(static_cast<long long>(s.seed));
    json.endObject();
}

void writeTruth(JsonWriter& json, const RecomputeResult& r)
{
    const PopulationTruth& t = r.truth;
    json.key("truth").beginObject();
    json.key("causal_weights").value(t.causalWeights);
    json.key("population_weights").value(t.populationWeights);
    json.key("total_effects").value(t.totalEffects);
    json.key("conditional_slopes").value(t.conditionalSlopes);
    json.key("population_covariance").value(t.featureCovariance());
    json.key("population_eigenvalues").value(r.populationSpectrum.eigenvalues);
    json.key("population_inverse_eigenvalues").value(r.populationSpectrum.inverseEigenvalues);
    json.key("population_condition_number").value(r.populationSpectrum.conditionNumber);
    json.key("population_precision").value(r.populationSpectrum.precision);
    json.key("population_r2").value(t.r2);
    json.key("population_interventional_r2").value(t.interventionalR2);
    json.endObject();
}

void writeResults(JsonWriter& json, const RecomputeResult& r)
{
    const MonteCarloSummary& m = r.monteCarlo;
    json.key("results").beginObject();
    json.key("fitted_replications").value(m.fitted);
    json.key("weight_mean").value(m.weightMean);
    json.key("weight_sd").value(m.weightSd);
    json.key("weight_quantiles").beginObject();
    for (int q = 0; q < 5; ++q) {
        const int percent = static_cast<int>(MonteCarloSummary::kQuantileLevels[q] * 100 + 0.5);
        json.key("q" + std::to_string(percent));
        if (m.weightQuantiles.size() == 0)
            json.null();
        else
            json.value(Eigen::VectorXd(m.weightQuantiles.col(q)));
    }
    json.endObject();
    json.key("r2_observational_mean").value(m.r2ObservationalMean);
    json.key("r2_interventional_mean").value(m.r2InterventionalMean);
    json.key("weight_error_mean").value(m.weightErrorMean);
    json.key("sample_eigenvalues_mean").value(m.sampleEigenvaluesMean);
    json.key("condition_number").value(r.populationSpectrum.conditionNumber);
    json.key("vif").value(r.populationSpectrum.vif);
    json.endObject();
}

void writeSweep(JsonWriter& json, const std::vector<SweepPoint>& sweep)
{
    json.key("sweep").beginArray();
    for (const SweepPoint& point : sweep) {
        json.beginObject();
        json.key("collinearity").value(point.collinearity);
        json.key("r2_observational_mean").value(point.r2ObservationalMean);
        json.key("r2_interventional_mean").value(point.r2InterventionalMean);
        json.key("weight_error_mean").value(point.weightErrorMean);
        json.key("condition_number").value(point.conditionNumber);
        json.key("first_weight_sd").value(point.firstWeightSd);
        json.endObject();
    }
    json.endArray();
}

void writeBootstrap(JsonWriter& json, const std::vector<std::string>& features,
                    const BootstrapSummary& b, std::uint64_t seed)
{
    json.key("bootstrap").beginObject();
    json.key("replications").value(b.replications);
    json.key("seed").value(static_cast<long long>(seed));
    json.key("failed_replications").value(b.failedReplications);
    json.key("weight_sd").keyed(features, b.weightSd);
    json.key("weight_quantiles");
    if (b.weightQuantiles.size() == 0) {
        json.null();
    } else {
        json.beginObject();
        for (std::size_t j = 0; j < features.size(); ++j) {
            json.key(features[j]).beginObject();
            for (int q = 0; q < 3; ++q) {
                const double percent =
                    std::round(BootstrapSummary::kQuantileLevels[q] * 1000.0) / 10.0;
                json.key(JsonWriter::number(percent) + "%")
                    .value(b.weightQuantiles(static_cast<Eigen::Index>(j), q));
            }
            json.endObject();
        }
        json.endObject();
    }
    json.endObject();
}

void writeCrossValidation(JsonWriter& json, const CrossValidationScore& score, std::uint64_t seed)
{
    json.key("cross_validation").beginObject();
    json.key("folds").value(score.folds);
    json.key("seed").value(static_cast<long long>(seed));
    if (score.status != FitStatus::Ok)
        json.key("status").value(fitStatusName(score.status));
    if (!score.message.empty())
        json.key("message").value(score.message);
    json.key("r2").value(score.r2);
    json.key("fold_r2");
    if (score.foldR2.empty())
        json.null();
    else
        json.value(score.foldR2);
    json.endObject();
}

} // namespace

std::string ResultJson::simulation(const RecomputeResult& result)
{
    JsonWriter json;
    json.beginObject();
    json.key("generator").value(generatorName(result.settings.model.generator));
    writeSettings(json, result.settings);
    json.key("status").value(recomputeStatusName(result.status));
    if (!result.message.empty())
        json.key("message").value(result.message);
    json.key("features").value(result.truth.features);
    writeTruth(json, result);
    writeResults(json, result);
    if (!result.settings.sweep.empty())
        writeSweep(json, result.sweep);
    json.endObject();
    return json.text();
}

namespace {

/// The options that shaped a fit: those of its estimator only, since the others are refused.
void writeFitSettings(JsonWriter& json, const DataFitReport& r)
{
    const EstimatorKind kind = r.estimator.kind;
    json.key("settings").beginObject();
    json.key("target").value(r.target);
    json.key("features").value(r.features);
    json.key("estimator").value(estimatorName(kind));
    if (kind == EstimatorKind::Ridge || kind == EstimatorKind::Lasso)
        json.key("lambda").value(r.estimator.lambda);
    if (kind == EstimatorKind::Pcr)
        json.key("components").value(r.estimator.components);
    if (kind == EstimatorKind::Lasso) {
        json.key("max_iter").value(r.estimator.maxIterations);
        json.key("tolerance").value(r.estimator.tolerance);
    }
    json.key("standardize").value(r.estimator.standardize);
    json.key("no_intercept").value(!r.intercept);
    json.key("drop_missing").value(r.dropMissing);
    json.endObject();
}

/// Why each null of the fit's JSON is null when the status alone does not say it: every message
/// starts with the keys it explains.
std::vector<std::string> fitMessages(const DataFitReport& r)
{
    std::vector<std::string> messages;
    if (!r.message.empty())
        messages.push_back("status: " + r.message);
    const bool fitted = r.coefficients.size() > 0;
    if (fitted && !r.intercept)
        messages.push_back("intercept, intercept_standard_error: null because the model was "
                           "fitted without an intercept (no_intercept)");
    const std::string errorKeys =
        std::string(r.intercept ? "intercept_standard_error, " : "") + "standard_errors: null";
    if (fitted && r.standardErrors.size() == 0 && r.estimator.kind != EstimatorKind::Ols)
        messages.push_back(errorKeys +
                           " because standard errors are computed for ols only, not "
                           "for " +
                           estimatorName(r.estimator.kind));
    else if (fitted && r.standardErrors.size() == 0)
        messages.push_back(errorKeys + " because no residual degrees of freedom are left (rows "
                                       "= fitted parameters)");
    if (fitted && !r.r2)
        messages.push_back("r2: null because the target has no variation (a zero total sum of "
                           "squares)");
    const Spectrum& spectrum = r.correlationSpectrum;
    const std::size_t p = r.features.size();
    if (r.status != FitStatus::InvalidSettings) {
        if (spectrum.eigenvalues.size() == 0)
            messages.push_back("eigenvalues, condition_number, vif: null because the "
                               "correlation matrix needs at least 2 rows");
        else if (spectrum.singular())
            messages.push_back(
                "condition_number, vif: null because the features' correlation matrix is "
                "numerically singular: effective rank " +
                std::to_string(spectrum.effectiveRank) + " of " + std::to_string(p) +
                " (eigenvalues at or below p * 2.2e-16 * the largest count as zero), so the "
                "condition number and the VIFs are infinite");
    }
    return messages;
}

} // namespace

std::string ResultJson::dataFit(const DataFitReport& r, const BootstrapSummary* bootstrap,
                                const CrossValidationScore* crossValidation, std::uint64_t seed)
{
    JsonWriter json;
    json.beginObject();
    json.key("target").value(r.target);
    json.key("features").value(r.features);
    json.key("estimator").value(estimatorName(r.estimator.kind));
    if (r.estimator.kind == EstimatorKind::Ridge || r.estimator.kind == EstimatorKind::Lasso)
        json.key("lambda").value(r.estimator.lambda);
    if (r.estimator.kind == EstimatorKind::Pcr)
        json.key("components").value(r.estimator.components);
    json.key("rows").value(r.rows);
    json.key("rows_used").value(r.rows);
    json.key("rows_dropped").value(r.rowsDropped);
    json.key("status").value(fitStatusName(r.status));
    if (!r.message.empty())
        json.key("message").value(r.message);
    json.key("messages").value(fitMessages(r));
    writeFitSettings(json, r);
    json.key("intercept").value(r.interceptValue);
    json.key("intercept_standard_error").value(r.interceptStandardError);
    json.key("coefficients").keyed(r.features, r.coefficients);
    json.key("standard_errors").keyed(r.features, r.standardErrors);
    json.key("vif").keyed(r.features, r.correlationSpectrum.vif);
    json.key("r2").value(r.r2);
    json.key("residual_sum_of_squares").value(r.residualSumOfSquares);
    json.key("eigenvalues").value(r.correlationSpectrum.eigenvalues);
    json.key("condition_number").value(r.correlationSpectrum.conditionNumber);
    json.key("effective_rank").value(r.correlationSpectrum.effectiveRank);
    if (bootstrap)
        writeBootstrap(json, r.features, *bootstrap, seed);
    if (crossValidation)
        writeCrossValidation(json, *crossValidation, seed);
    json.endObject();
    return json.text();
}

} // namespace lev::core
