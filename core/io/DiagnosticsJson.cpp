// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#include "io/DiagnosticsJson.h"

#include <cassert>

namespace lev::core {

void DiagnosticsJson::write(JsonWriter& json, const BelsleyReport& report, bool centred)
{
    json.key("collinearity_diagnostics").beginObject();
    json.key("scaling").value(centred ? "centred, unit length" : "unit length, not centred");
    json.key("columns").value(report.columns);
    json.key("singular_values").value(report.singularValues);
    json.key("condition_indices").value(report.conditionIndices);
    json.key("variance_proportions").beginObject();
    for (std::size_t j = 0; j < report.columns.size(); ++j)
        json.key(report.columns[j])
            .value(Eigen::VectorXd(report.proportions.row(Eigen::Index(j)).transpose()));
    json.endObject();
    json.key("near_dependencies").beginArray();
    for (const NearDependency& dependency : report.nearDependencies) {
        json.beginObject();
        json.key("component").value(dependency.component);
        json.key("condition_index").value(dependency.conditionIndex);
        json.key("columns").value(dependency.columns);
        json.endObject();
    }
    json.endArray();
    if (report.singular)
        json.key("message").value("a singular value is 0: the design is exactly collinear and "
                                  "the variance proportions are undefined");
    json.endObject();
}

void DiagnosticsJson::write(JsonWriter& json, const SensitivityReport& r)
{
    json.key("sensitivity");
    if (!r.ok) {
        json.null();
        json.key("sensitivity_message").value(r.message);
        return;
    }
    json.beginObject();
    json.key("feature").value(r.treatment);
    json.key("estimate").value(r.estimate);
    json.key("se").value(r.se);
    json.key("t").value(r.t);
    json.key("dof").value(r.dof);
    json.key("q").value(r.q);
    json.key("alpha").value(r.alpha);
    json.key("partial_r2").value(r.partialR2);
    json.key("robustness_value").value(r.robustnessValue);
    json.key("robustness_value_alpha").value(r.robustnessValueAlpha);
    json.key("benchmark");
    if (r.benchmark.empty())
        json.null();
    else
        json.value(r.benchmark);
    if (!r.benchmark.empty()) {
        json.key("benchmark_r2dxj_x").value(r.benchmarkR2dxjX);
        json.key("benchmark_r2yxj_dx").value(r.benchmarkR2yxjDx);
    }
    json.key("bounds").beginArray();
    for (const SensitivityBound& b : r.bounds) {
        json.beginObject();
        json.key("benchmark").value(r.benchmark);
        json.key("kd").value(b.kd);
        json.key("ky").value(b.ky);
        json.key("r2dz_x").value(b.r2dzX);
        json.key("r2yz_dx").value(b.r2yzDx);
        json.key("adjusted_estimate").value(b.adjustedEstimate);
        json.key("adjusted_se").value(b.adjustedSe);
        json.key("adjusted_t").value(b.adjustedT);
        json.endObject();
    }
    json.endArray();
    json.endObject();
}

void DiagnosticsJson::write(JsonWriter& json, const RobustStandardErrorsReport& report,
                            const std::vector<std::string>& features)
{
    json.key("robust_standard_errors");
    if (!report.ok) {
        json.null();
        json.key("robust_standard_errors_message").value(report.message);
        return;
    }
    assert(report.coefficients.size() == static_cast<Eigen::Index>(features.size()));
    json.beginObject();
    if (report.intercept)
        json.key("(intercept)").value(*report.intercept);
    for (std::size_t j = 0; j < features.size(); ++j)
        json.key(features[j]).value(report.coefficients(Eigen::Index(j)));
    json.endObject();
    json.key("robust_standard_errors_type").value("HC3");
}

void DiagnosticsJson::write(JsonWriter& json, const std::vector<Factor>& factors,
                            const std::vector<GeneralizedVifValue>& gvif)
{
    json.key("factors").beginObject();
    for (const Factor& factor : factors) {
        json.key(factor.column).beginObject();
        json.key("reference").value(factor.reference);
        json.key("levels").value(factor.levels);
        json.key("first_column").value(factor.first);
        json.key("columns").value(factor.count);
        json.endObject();
    }
    json.endObject();
    json.key("generalized_vif").beginObject();
    for (const GeneralizedVifValue& value : gvif) {
        json.key(value.name).beginObject();
        json.key("df").value(value.df);
        json.key("gvif").value(value.gvif);
        json.key("gvif_1_2df").value(value.gvifPerDf);
        json.endObject();
    }
    json.endObject();
}

std::string DiagnosticsJson::merged(const std::string& document, const std::string& extra)
{
    // Both are "{\n  ...\n}\n": the first loses its closing brace, the second its opening one.
    const std::size_t close = document.rfind('}');
    const std::size_t open = extra.find('{');
    assert(close != std::string::npos && open != std::string::npos);
    const std::string body = extra.substr(open + 1);
    if (body.find_first_not_of(" \n}") == std::string::npos)
        return document; // nothing to add
    std::string out = document.substr(0, close);
    while (!out.empty() && out.back() == '\n')
        out.pop_back();
    return out + "," + body;
}

} // namespace lev::core
