// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#include "environments/EnvironmentsCsv.h"

#include "environments/EnvironmentsResult.h"

#include <algorithm>
#include <cmath>
#include <optional>
#include <string>

namespace lev::core {

namespace {

std::string gammaCell(double gamma)
{
    return std::isinf(gamma) ? "inf" : ResultCsv::number(gamma);
}

std::string weightCell(const std::optional<Eigen::VectorXd>& weights, Eigen::Index j)
{
    return weights && j < weights->size() ? ResultCsv::number((*weights)[j]) : std::string();
}

void addRow(std::string& text, const std::vector<std::string>& cells)
{
    for (std::size_t i = 0; i < cells.size(); ++i)
        text += (i ? "," : "") + cells[i];
    text += '\n';
}

} // namespace

std::vector<ResultCsv::Table> EnvironmentsCsv::tables(const EnvironmentsResult& result)
{
    std::vector<ResultCsv::Table> tables;
    if (!result.ok())
        return tables;
    const auto p = static_cast<Eigen::Index>(result.features.size());

    std::string path;
    std::vector<std::string> header{"gamma"};
    for (const std::string& f : result.features)
        header.push_back("population_" + f);
    for (const std::string& f : result.features)
        header.push_back("sample_" + f);
    addRow(path, header);
    for (std::size_t i = 0; i < result.pathGammas.size(); ++i) {
        std::vector<std::string> row{gammaCell(result.pathGammas[i])};
        for (Eigen::Index j = 0; j < p; ++j)
            row.push_back(weightCell(result.populationPath[i], j));
        for (Eigen::Index j = 0; j < p; ++j)
            row.push_back(weightCell(result.samplePath[i], j));
        addRow(path, row);
    }
    tables.push_back({"anchor_path.csv", path});

    std::string risk;
    header = {"strength"};
    for (const RiskCurve& curve : result.risks)
        header.push_back(ResultCsv::text(curve.weights.name));
    addRow(risk, header);
    for (std::size_t k = 0; k < result.strengths.size(); ++k) {
        std::vector<std::string> row{ResultCsv::number(result.strengths[k])};
        for (const RiskCurve& curve : result.risks)
            row.push_back(ResultCsv::number(curve.risks[k]));
        addRow(risk, row);
    }
    tables.push_back({"shift_risk.csv", risk});

    if (result.icpState != IcpState::Done)
        return tables;
    std::string subsets;
    addRow(subsets, {"subset", "p_value", "accepted"});
    for (const IcpSubset& subset : result.icp.subsets) {
        std::string names;
        for (int j : subset.features)
            names += (names.empty() ? "" : " ") + result.features[std::size_t(j)];
        addRow(subsets, {ResultCsv::text(names), ResultCsv::number(subset.pValue),
                         subset.accepted ? "true" : "false"});
    }
    tables.push_back({"icp.csv", subsets});
    std::string features;
    addRow(features, {"feature", "causal_weight", "in_icp_set", "interval_low", "interval_high"});
    for (Eigen::Index j = 0; j < p; ++j) {
        const bool named =
            std::find(result.icp.causalFeatures.begin(), result.icp.causalFeatures.end(), int(j)) !=
            result.icp.causalFeatures.end();
        const bool intervals = result.icp.confidenceIntervals.rows() == p;
        addRow(features,
               {result.features[std::size_t(j)], ResultCsv::number(result.causal[j]),
                named ? "true" : "false",
                intervals ? ResultCsv::number(result.icp.confidenceIntervals(j, 0)) : "",
                intervals ? ResultCsv::number(result.icp.confidenceIntervals(j, 1)) : ""});
    }
    tables.push_back({"icp_features.csv", features});
    return tables;
}

} // namespace lev::core
