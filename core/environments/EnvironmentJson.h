// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#pragma once
// The JSON sections of the environments methods (docs/math.md §6 and §10): "anchor_regression"
// and "icp", keyed by column name, and the merge of such sections into another document.

#include "environments/AnchorRegression.h"
#include "environments/InvariantCausalPrediction.h"
#include "io/JsonWriter.h"

#include <string>
#include <vector>

namespace lev::core {

class EnvironmentJson
{
public:
    /// Writes key "anchor_regression": gamma ("inf" for infinity), anchors, status, message,
    /// coefficients keyed by feature, intercept.
    static void writeAnchorRegression(JsonWriter& json, const AnchorRegressionResult& result,
                                      const std::vector<std::string>& features,
                                      const std::vector<std::string>& anchors);
    /// Writes key "icp": alpha, environments, status, message, accepted_sets, causal_features,
    /// p_values and confidence_intervals keyed by feature, and every tested set with its p-value.
    static void writeIcp(JsonWriter& json, const IcpResult& result,
                         const std::vector<std::string>& features, const std::string& environment);
    /// `document` (a JSON object) with the keys of the object `sections` appended at its end.
    static std::string merged(const std::string& document, const std::string& sections);
};

} // namespace lev::core
