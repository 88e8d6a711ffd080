// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#pragma once
// The JSON documents of the command line (docs/math.md §6), keys in the order of docs/math.md §6;
// arrays are in feature order and non-existent numbers are null, each null named with its reason
// in the document's status or "messages".

#include "exploration/BootstrapSummary.h"
#include "exploration/CrossValidationScore.h"
#include "exploration/DataFitReport.h"
#include "simulation/RecomputeResult.h"

#include <cstdint>
#include <string>
#include <vector>

namespace lev::core {

class ResultJson
{
public:
    /// `leverscope simulate`: generator, settings, status[, message], messages, features, truth,
    /// results[, sweep]. "messages" lists, for every key that is null, why (one sentence each).
    /// An option given on the command line that changed nothing: its name and why.
    struct IgnoredOption
    {
        std::string name;
        std::string reason;
    };
    /// Options in `ignored` are listed in settings.ignored and their reasons in messages.
    static std::string simulation(const RecomputeResult& result,
                                  const std::vector<IgnoredOption>& ignored = {});
    /// `leverscope fit`: coefficients, standard errors and VIF keyed by column name; then, when
    /// given, "bootstrap" and "cross_validation" (of report's estimator), both drawn with `seed`.
    static std::string dataFit(const DataFitReport& report,
                               const BootstrapSummary* bootstrap = nullptr,
                               const CrossValidationScore* crossValidation = nullptr,
                               std::uint64_t seed = 1);
};

} // namespace lev::core
