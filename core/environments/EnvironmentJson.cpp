// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#include "environments/EnvironmentJson.h"

#include <cassert>
#include <cmath>

namespace lev::core {

namespace {

std::vector<std::string> namesOf(const std::vector<int>& indices,
                                 const std::vector<std::string>& features)
{
    std::vector<std::string> names;
    for (int j : indices)
        names.push_back(features[static_cast<std::size_t>(j)]);
    return names;
}

} // namespace

void EnvironmentJson::writeAnchorRegression(JsonWriter& json, const AnchorRegressionResult& result,
                                            const std::vector<std::string>& features,
                                            const std::vector<std::string>& anchors)
{
    json.key("anchor_regression").beginObject();
    if (std::isinf(result.gamma))
        json.key("gamma").value("inf");
    else
        json.key("gamma").value(result.gamma);
    json.key("anchors").value(anchors);
    json.key("status").value(result.identifiable ? "ok" : "not_identifiable");
    if (!result.message.empty())
        json.key("message").value(result.message);
    if (result.identifiable) {
        json.key("coefficients").keyed(features, result.coefficients);
        json.key("intercept").value(result.intercept);
    } else {
        json.key("coefficients").null();
        json.key("intercept").null();
    }
    json.endObject();
}

void EnvironmentJson::writeIcp(JsonWriter& json, const IcpResult& result,
                               const std::vector<std::string>& features,
                               const std::string& environment)
{
    json.key("icp").beginObject();
    json.key("alpha").value(result.alpha);
    json.key("environment").value(environment);
    json.key("environments").value(result.environments);
    json.key("status").value(result.modelRejected ? "no_set_accepted" : "ok");
    json.key("message").value(result.message);
    json.key("accepted_sets").beginArray();
    for (const IcpSubset& subset : result.subsets)
        if (subset.accepted)
            json.value(namesOf(subset.features, features));
    json.endArray();
    json.key("causal_features").value(namesOf(result.causalFeatures, features));
    if (result.modelRejected) {
        json.key("p_values").null();
        json.key("confidence_intervals").null();
    } else {
        json.key("p_values").keyed(features, result.featurePValues);
        json.key("confidence_intervals").beginObject();
        for (std::size_t j = 0; j < features.size(); ++j) {
            const auto row = static_cast<Eigen::Index>(j);
            json.key(features[j])
                .value(std::vector<double>{result.confidenceIntervals(row, 0),
                                           result.confidenceIntervals(row, 1)});
        }
        json.endObject();
    }
    json.key("tested_sets").beginArray();
    for (const IcpSubset& subset : result.subsets) {
        json.beginObject();
        json.key("features").value(namesOf(subset.features, features));
        json.key("p_value").value(subset.pValue);
        json.key("accepted").value(subset.accepted);
        json.endObject();
    }
    json.endArray();
    json.endObject();
}

std::string EnvironmentJson::merged(const std::string& document, const std::string& sections)
{
    const std::size_t documentEnd = document.rfind('}');
    const std::size_t sectionsBegin = sections.find('{');
    const std::size_t sectionsEnd = sections.rfind('}');
    assert(documentEnd != std::string::npos && sectionsBegin != std::string::npos);
    std::string inner = sections.substr(sectionsBegin + 1, sectionsEnd - sectionsBegin - 1);
    while (!inner.empty() && (inner.back() == '\n' || inner.back() == ' '))
        inner.pop_back();
    if (inner.find_first_not_of(" \n") == std::string::npos)
        return document;
    std::string head = document.substr(0, documentEnd);
    while (!head.empty() && (head.back() == '\n' || head.back() == ' '))
        head.pop_back();
    const bool empty = !head.empty() && head.back() == '{';
    return head + (empty ? "" : ",") + inner + "\n}\n";
}

} // namespace lev::core
