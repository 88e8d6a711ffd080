#include "io/ResultJson.h"

#include "io/JsonWriter.h"

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

std::string ResultJson::dataFit(const DataFitReport& r)
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
    json.key("status").value(fitStatusName(r.status));
    if (!r.message.empty())
        json.key("message").value(r.message);
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
    json.endObject();
    return json.text();
}

} // namespace lev::core
