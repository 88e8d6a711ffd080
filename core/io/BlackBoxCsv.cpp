// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#include "io/BlackBoxCsv.h"

#include <optional>

namespace lev::core {

namespace {

std::optional<double> at(const Eigen::VectorXd& values, Eigen::Index i)
{
    return i < values.size() ? std::optional<double>(values[i]) : std::nullopt;
}

std::string quoted(const std::string& text)
{
    std::string out = "\"";
    for (char ch : text)
        out += ch == '"' ? std::string("\"\"") : std::string(1, ch);
    return out + "\"";
}

std::string header(const BlackBoxResult& result, const std::string& what)
{
    return "# " + what + "\n# refits: " + std::to_string(result.replicationsDone) + " of " +
           std::to_string(result.replicationsRequested) + "\n";
}

} // namespace

std::vector<ResultCsv::Table> BlackBoxCsv::tables(const BlackBoxResult& result,
                                                  const std::vector<BlackBoxSweepPoint>& sweep)
{
    std::vector<ResultCsv::Table> tables = {{"scores.csv", scores(result)},
                                            {"credit.csv", credit(result)},
                                            {"partial_dependence.csv", partialDependence(result)}};
    if (!sweep.empty())
        tables.push_back({"sweep.csv", BlackBoxCsv::sweep(result, sweep)});
    return tables;
}

std::string BlackBoxCsv::scores(const BlackBoxResult& result)
{
    std::string out = header(result, "the learner's R^2 per refit: on held-out rows and on rows "
                                     "with every feature randomized (do(X)); the linear "
                                     "estimator's (" +
                                         result.linear.estimator + ") on the same rows");
    out += "replication,r2_observational,r2_interventional,linear_r2_observational,"
           "linear_r2_interventional\n";
    for (std::size_t r = 0; r < result.replications.size(); ++r) {
        const BlackBoxReplication& fit = result.replications[r];
        const bool linear = fit.linearWeights.size() > 0;
        out += std::to_string(r + 1) + "," + ResultCsv::number(fit.r2Observational) + "," +
               ResultCsv::number(fit.r2Interventional) + "," +
               ResultCsv::number(linear ? std::optional<double>(fit.linearR2Observational)
                                        : std::nullopt) +
               "," +
               ResultCsv::number(linear ? std::optional<double>(fit.linearR2Interventional)
                                        : std::nullopt) +
               "\n";
    }
    return out;
}

std::string BlackBoxCsv::credit(const BlackBoxResult& result)
{
    std::string out = header(result, "per feature: the true average causal effect and what the "
                                     "interpretation tools say about the fitted model");
    out += "feature,causal_effect,mean_abs_shap,permutation_importance,"
           "permutation_importance_se,linear_weight,linear_weight_sd\n";
    for (std::size_t j = 0; j < result.features.size(); ++j) {
        const auto i = Eigen::Index(j);
        out += quoted(result.features[j]) + "," + ResultCsv::number(at(result.causalEffect, i)) +
               "," + ResultCsv::number(at(result.meanAbsShap, i)) + "," +
               ResultCsv::number(at(result.permutationImportance, i)) + "," +
               ResultCsv::number(at(result.permutationImportanceSe, i)) + "," +
               ResultCsv::number(at(result.linear.weights, i)) + "," +
               ResultCsv::number(at(result.linear.weightsSd, i)) + "\n";
    }
    return out;
}

std::string BlackBoxCsv::partialDependence(const BlackBoxResult& result)
{
    const PartialDependence& pd = result.partialDependence;
    const std::string feature = pd.feature >= 0 && pd.feature < int(result.features.size())
                                    ? result.features[std::size_t(pd.feature)]
                                    : std::string("?");
    std::string out = header(result, "partial dependence of the model on " + feature +
                                         " beside the true E[Y | do(" + feature +
                                         " = x)] and the fraction of probes off the data");
    out += "x,partial_dependence,do_curve,off_manifold_fraction,linear\n";
    for (Eigen::Index g = 0; g < pd.grid.size(); ++g)
        out += ResultCsv::number(pd.grid[g]) + "," + ResultCsv::number(at(pd.values, g)) + "," +
               ResultCsv::number(at(pd.doCurve, g)) + "," +
               ResultCsv::number(at(pd.offManifoldFraction, g)) + "," +
               ResultCsv::number(at(pd.linearValues, g)) + "\n";
    return out;
}

std::string BlackBoxCsv::sweep(const BlackBoxResult& result,
                               const std::vector<BlackBoxSweepPoint>& points)
{
    std::string out = header(result, "the sweep over collinearity: scores and credit per feature");
    out += "collinearity,feature,r2_observational,r2_interventional,causal_effect,mean_abs_shap,"
           "permutation_importance\n";
    for (const BlackBoxSweepPoint& point : points) {
        for (Eigen::Index j = 0; j < point.causalEffect.size(); ++j) {
            const std::string name = std::size_t(j) < result.features.size()
                                         ? result.features[std::size_t(j)]
                                         : "X" + std::to_string(j + 1);
            out += ResultCsv::number(point.collinearity) + "," + quoted(name) + "," +
                   ResultCsv::number(point.r2Observational) + "," +
                   ResultCsv::number(point.r2Interventional) + "," +
                   ResultCsv::number(point.causalEffect[j]) + "," +
                   ResultCsv::number(at(point.meanAbsShap, j)) + "," +
                   ResultCsv::number(at(point.permutationImportance, j)) + "\n";
        }
    }
    return out;
}

} // namespace lev::core
