// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#include "io/ResultJson.h"

#include "io/JsonWriter.h"

#include <cmath>
#include <string>
#include <vector>

namespace lev::core {

namespace {

/// "a", "a and b", "a, b and c".
std::string listed(const std::vector<std::string>& items)
{
    std::string text;
    for (std::size_t i = 0; i < items.size(); ++i) {
        if (i > 0)
            text += i + 1 == items.size() ? " and " : ", ";
        text += items[i];
    }
    return text;
}

std::string nullSentence(const std::vector<std::string>& keys, const std::string& reason)
{
    return listed(keys) + (keys.size() == 1 ? " is" : " are") + " null: " + reason;
}

/// The variance of Y in a joint covariance of (X, Y), Y last.
double outcomeVariance(const Eigen::MatrixXd& joint)
{
    return joint.rows() > 0 ? joint(joint.rows() - 1, joint.cols() - 1) : 0.0;
}

/// Whether a fitted vector exists and every entry is a number.
bool allFinite(const Eigen::VectorXd& values)
{
    return values.size() > 0 && values.allFinite();
}

/// Why R^2 does not exist: Y does not vary in the regime whose covariance is given.
std::string r2Reason(const Eigen::MatrixXd& observed, const Eigen::MatrixXd& interventional)
{
    if (!(outcomeVariance(observed) > 1e-300))
        return "Y is constant (its variance is 0: no effect, confounding or noise reaches it), "
               "so R\u00b2 = 1 - MSE / Var(Y) is undefined";
    if (!(outcomeVariance(interventional) > 1e-300))
        return "Y is constant under do(X) (its variance there is 0), so the interventional "
               "R\u00b2 = 1 - MSE / Var(Y) is undefined";
    return "R\u00b2 is not a finite number for these weights";
}

/// One sentence for every null in the document of ResultJson::simulation: which keys and why.
std::vector<std::string> nullReasons(const RecomputeResult& r)
{
    std::vector<std::string> messages;
    const PopulationTruth& t = r.truth;
    const MonteCarloSummary& m = r.monteCarlo;
    const int reps = r.settings.replications;

    if (r.populationSpectrum.singular())
        messages.push_back(nullSentence(
            {"truth.population_inverse_eigenvalues", "truth.population_condition_number",
             "truth.population_precision", "results.condition_number", "results.vif"},
            "the population feature covariance is singular (its smallest eigenvalue is 0), so it "
            "has no inverse"));
    else if (!allFinite(r.populationSpectrum.vif))
        messages.push_back(
            nullSentence({"results.vif"}, "a VIF is too large to be a finite number"));

    std::vector<std::string> weightKeys;
    if (!allFinite(t.populationWeights))
        weightKeys.push_back("truth.population_weights");
    if (!weightKeys.empty())
        messages.push_back(nullSentence(
            weightKeys, "the population feature covariance cannot be solved for the weights"));

    std::vector<std::string> r2Keys;
    if (!t.r2)
        r2Keys.push_back("truth.population_r2");
    if (!t.interventionalR2)
        r2Keys.push_back("truth.population_interventional_r2");
    if (m.fitted > 0 && !m.r2ObservationalMean)
        r2Keys.push_back("results.r2_observational_mean");
    if (m.fitted > 0 && !m.r2InterventionalMean)
        r2Keys.push_back("results.r2_interventional_mean");
    if (!r2Keys.empty())
        messages.push_back(
            nullSentence(r2Keys, r2Reason(t.observedCovariance, t.interventionalCovariance)));

    if (m.fitted == 0) {
        messages.push_back(nullSentence(
            {"results.weight_mean", "results.weight_sd", "results.weight_quantiles",
             "results.r2_observational_mean", "results.r2_interventional_mean",
             "results.weight_error_mean"},
            "none of the " + std::to_string(reps) + " replications gave weights (" +
                (r.message.empty() ? std::string("weights not identifiable") : r.message) + ")"));
    } else {
        if (m.fitted < reps)
            messages.push_back(std::to_string(reps - m.fitted) + " of " + std::to_string(reps) +
                               " replications gave no weights and are left out of results");
        if (m.fitted < 2)
            messages.push_back(nullSentence({"results.weight_sd"},
                                            "a standard deviation needs at least 2 fitted "
                                            "replications, and 1 was fitted"));
        if (!allFinite(m.weightMean) || (m.fitted >= 2 && !allFinite(m.weightSd)) ||
            !m.weightErrorMean || !std::isfinite(*m.weightErrorMean))
            messages.push_back(
                nullSentence({"results.weight_mean", "results.weight_sd",
                              "results.weight_quantiles", "results.weight_error_mean"},
                             "where null, the fitted weights are too large to be finite numbers"));
    }
    if (!allFinite(m.sampleEigenvaluesMean))
        messages.push_back(nullSentence({"results.sample_eigenvalues_mean"},
                                        "no replication gave sample eigenvalues"));

    for (std::size_t i = 0; i < r.sweep.size(); ++i) {
        const SweepPoint& point = r.sweep[i];
        const std::string at = "sweep[" + std::to_string(i) + "].";
        const std::string c = "c = " + JsonWriter::number(point.collinearity);
        if (!point.weightErrorMean) {
            messages.push_back(
                nullSentence({at + "r2_observational_mean", at + "r2_interventional_mean",
                              at + "weight_error_mean", at + "first_weight_sd"},
                             "at " + c + " no replication gave weights"));
        } else {
            if (!point.r2ObservationalMean || !point.r2InterventionalMean)
                messages.push_back(
                    nullSentence({at + "r2_observational_mean", at + "r2_interventional_mean"},
                                 "where null at " + c +
                                     ", Y is constant in that regime, so R\u00b2 is "
                                     "undefined"));
            if (!point.firstWeightSd)
                messages.push_back(nullSentence(
                    {at + "first_weight_sd"},
                    "at " + c + " fewer than 2 replications gave weights, too few for an SD"));
        }
        if (!point.conditionNumber)
            messages.push_back(
                nullSentence({at + "condition_number"},
                             "at " + c + " the population feature covariance is singular"));
    }
    return messages;
}

/// The status of the document: the recompute's, unless the displayed draw's fit has one to
/// tell (an iterative solver that stopped before converging).
std::string documentStatus(const RecomputeResult& r)
{
    if (r.status == RecomputeStatus::Ok && r.draw.fit.status == FitStatus::NotConverged)
        return fitStatusName(FitStatus::NotConverged);
    return recomputeStatusName(r.status);
}

/// What the status alone does not say: the displayed draw's fit message (e.g. lasso stopped at
/// its sweep limit), then the reason of every null.
std::vector<std::string> documentMessages(const RecomputeResult& r,
                                          const std::vector<ResultJson::IgnoredOption>& ignored)
{
    std::vector<std::string> messages;
    for (const ResultJson::IgnoredOption& option : ignored)
        messages.push_back(option.reason + " (listed in settings.ignored)");
    if (!r.draw.fit.message.empty() && r.draw.fit.message != r.message)
        messages.push_back("the fit of the displayed draw: " + r.draw.fit.message);
    for (std::string& reason : nullReasons(r))
        messages.push_back(std::move(reason));
    return messages;
}

void writeSettings(JsonWriter& json, const RecomputeSettings& s,
                   const std::vector<ResultJson::IgnoredOption>& ignored)
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
    if (!s.sweep.empty())
        json.key("sweep_reps")
            .value(s.sweepReplications > 0 ? s.sweepReplications : s.replications);
    json.key("seed").value(static_cast<long long>(s.seed));
    if (!ignored.empty()) {
        std::vector<std::string> names;
        for (const ResultJson::IgnoredOption& option : ignored)
            names.push_back(option.name);
        json.key("ignored").value(names);
    }
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

std::string ResultJson::simulation(const RecomputeResult& result,
                                   const std::vector<IgnoredOption>& ignored)
{
    JsonWriter json;
    json.beginObject();
    json.key("generator").value(generatorName(result.settings.model.generator));
    writeSettings(json, result.settings, ignored);
    json.key("status").value(documentStatus(result));
    if (!result.message.empty())
        json.key("message").value(result.message);
    json.key("messages").value(documentMessages(result, ignored));
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
