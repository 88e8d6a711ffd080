// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#include "blackbox/BlackBoxJson.h"

#include "io/JsonWriter.h"
#include "model/GeneratorKind.h"

namespace lev::core {

namespace {

void learnerSettings(JsonWriter& json, const LearnerSettings& learner)
{
    json.key("learner").value("xgboost");
    json.key("trees").value(learner.trees);
    json.key("depth").value(learner.depth);
    json.key("learning_rate").value(learner.learningRate);
    json.key("tree_method").value("hist");
}

std::string statusName(BlackBoxStatus status)
{
    switch (status) {
    case BlackBoxStatus::Ok:
        return "ok";
    case BlackBoxStatus::InvalidSettings:
        return "invalid_settings";
    case BlackBoxStatus::LearnerFailed:
        return "learner_failed";
    case BlackBoxStatus::Cancelled:
        return "cancelled";
    }
    return "unknown";
}

} // namespace

const char* BlackBoxJson::caveat()
{
    return "these describe the model, not the levers: SHAP, permutation importance and partial "
           "dependence summarise what the learner uses to predict, which a correlated "
           "non-cause can supply as well as a cause";
}

std::string BlackBoxJson::simulation(const BlackBoxSettings& settings, const BlackBoxResult& result)
{
    const ModelSettings& m = settings.model;
    JsonWriter json;
    json.beginObject();
    json.key("settings").beginObject();
    json.key("generator")
        .value(settings.curvedManifold ? std::string("curved") : generatorName(m.generator));
    json.key("collinearity").value(m.collinearity);
    json.key("noise").value(m.noise);
    json.key("effect").value(m.effect);
    if (!settings.curvedManifold && m.generator == GeneratorKind::Confounder)
        json.key("confounding").value(m.confounding);
    json.key("p").value(m.features);
    if (settings.curvedManifold || m.generator == GeneratorKind::Latent) {
        json.key("k").value(m.latentDimension);
        json.key("levers").value(m.levers);
    }
    json.key("n").value(settings.n);
    json.key("reps").value(settings.replications);
    json.key("seed").value(static_cast<long long>(settings.seed));
    learnerSettings(json, settings.learner);
    json.key("permutation_repeats").value(settings.permutationRepeats);
    json.endObject();
    json.key("status").value(statusName(result.status));
    json.key("messages").beginArray();
    if (!result.message.empty())
        json.value(result.message);
    json.value(caveat());
    json.endArray();

    json.key("truth").beginObject();
    json.key("features").value(result.features);
    json.key("causal_effect").value(result.causalEffect);
    json.key("population_r2").value(result.populationR2);
    json.endObject();

    std::vector<double> observational, interventional;
    for (const BlackBoxReplication& r : result.replications) {
        observational.push_back(r.r2Observational);
        interventional.push_back(r.r2Interventional);
    }
    json.key("results").beginObject();
    json.key("replications_done").value(result.replicationsDone);
    json.key("r2_observational_mean").value(result.r2ObservationalMean);
    json.key("r2_observational_sd").value(result.r2ObservationalSd);
    json.key("r2_interventional_mean").value(result.r2InterventionalMean);
    json.key("r2_interventional_sd").value(result.r2InterventionalSd);
    json.key("r2_observational").value(observational);
    json.key("r2_interventional").value(interventional);
    json.key("shap_additivity_max_error").value(result.shapAdditivityMaxError);
    json.key("outcome_sd").value(result.outcomeSd);
    json.endObject();

    json.key("interpretation").beginObject();
    json.key("features").value(result.features);
    json.key("causal_effect").value(result.causalEffect);
    json.key("mean_abs_shap").value(result.meanAbsShap);
    json.key("permutation_importance").value(result.permutationImportance);
    json.key("permutation_importance_se").value(result.permutationImportanceSe);
    json.key("permutation_off_manifold_fraction").value(result.permutationOffManifoldFraction);
    const PartialDependence& pd = result.partialDependence;
    json.key("partial_dependence").beginObject();
    json.key("feature").value(result.features.empty() ? std::string()
                                                      : result.features[pd.feature]);
    json.key("feature_index").value(pd.feature);
    json.key("grid").value(pd.grid);
    json.key("values").value(pd.values);
    json.key("ice").value(pd.ice);
    json.key("do_curve").value(pd.doCurve);
    json.key("off_manifold_fraction").value(pd.offManifoldFraction);
    json.endObject();
    json.key("caveat").value(caveat());
    json.endObject();

    // The linear estimator on the same rows, for comparison (docs/math.md §9).
    const LinearComparison& linear = result.linear;
    json.key("linear").beginObject();
    json.key("estimator").value(linear.estimator);
    json.key("fits").value(linear.fits);
    if (linear.fits > 0) {
        json.key("r2_observational_mean").value(linear.r2ObservationalMean);
        json.key("r2_interventional_mean").value(linear.r2InterventionalMean);
        json.key("weights").value(linear.weights);
        json.key("weights_sd").value(linear.weightsSd);
        json.key("partial_dependence").value(pd.linearValues);
    } else {
        json.key("message").value(linear.message);
    }
    json.endObject();

    if (!result.sweep.empty()) {
        json.key("sweep").beginArray();
        for (const BlackBoxSweepPoint& point : result.sweep) {
            json.beginObject();
            json.key("collinearity").value(point.collinearity);
            json.key("r2_observational_mean").value(point.r2Observational);
            json.key("r2_interventional_mean").value(point.r2Interventional);
            json.key("causal_effect").value(point.causalEffect);
            json.key("mean_abs_shap").value(point.meanAbsShap);
            json.key("permutation_importance").value(point.permutationImportance);
            if (point.linearWeights.size() > 0) {
                json.key("linear_r2_observational_mean").value(point.linearR2Observational);
                json.key("linear_r2_interventional_mean").value(point.linearR2Interventional);
                json.key("linear_weights").value(point.linearWeights);
            }
            json.endObject();
        }
        json.endArray();
    }
    json.endObject();
    return json.text();
}

std::string BlackBoxJson::dataFit(const DataFitContext& context, const LearnerDataFitReport& report)
{
    JsonWriter json;
    json.beginObject();
    json.key("target").value(context.target);
    json.key("features").value(context.features);
    json.key("settings").beginObject();
    learnerSettings(json, context.learner);
    json.key("seed").value(static_cast<long long>(context.seed));
    json.key("cv").value(report.folds);
    json.key("permutation_repeats").value(LearnerDataFit::kPermutationRepeats);
    json.key("drop_missing").value(context.dropMissing);
    json.endObject();
    json.key("status").value("ok");
    json.key("messages").beginArray();
    if (report.folds > 0 && !report.crossValidatedR2)
        json.value("cross_validation.r2 is null: the target is constant");
    json.value(caveat());
    json.endArray();
    json.key("rows_used").value(context.rowsUsed);
    json.key("rows_dropped").value(context.rowsDropped);
    json.key("r2").value(report.r2);
    if (report.folds > 0) {
        json.key("cross_validation").beginObject();
        json.key("folds").value(report.folds);
        json.key("r2").value(report.crossValidatedR2);
        json.key("fold_r2").value(report.foldR2);
        json.endObject();
    }
    json.key("mean_abs_shap").keyed(context.features, report.meanAbsShap);
    json.key("shap_bias").value(report.shapBias);
    json.key("shap_additivity_max_error").value(report.shapAdditivityMaxError);
    json.key("permutation_importance").keyed(context.features, report.permutationImportance);
    json.key("permutation_importance_se").keyed(context.features, report.permutationImportanceSe);
    if (report.pdpFeature >= 0) {
        json.key("partial_dependence").beginObject();
        json.key("feature").value(context.features[report.pdpFeature]);
        json.key("grid").value(report.grid);
        json.key("values").value(report.partialDependence);
        json.key("ice").value(report.ice);
        json.key("off_manifold_fraction").value(report.offManifoldFraction);
        json.endObject();
    }
    json.key("caveat").value(caveat());
    json.endObject();
    return json.text();
}

} // namespace lev::core
