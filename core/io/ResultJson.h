// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#pragma once
// The JSON documents of the command line (docs/math.md §6), keys in the order of docs/math.md §6;
// arrays are in feature order and non-existent numbers are null.

#include "exploration/BootstrapSummary.h"
#include "exploration/CrossValidationScore.h"
#include "exploration/DataFitReport.h"
#include "simulation/RecomputeResult.h"

#include <cstdint>
#include <string>

namespace lev::core {

class ResultJson
{
public:
    /// `leverscope simulate`: generator, settings, status, features, truth, results[, sweep].
    static std::string simulation(const RecomputeResult& result);
    /// `leverscope fit`: coefficients, standard errors and VIF keyed by column name; then, when
    /// given, "bootstrap" and "cross_validation" (of report's estimator), both drawn with `seed`.
    static std::string dataFit(const DataFitReport& report,
                               const BootstrapSummary* bootstrap = nullptr,
                               const CrossValidationScore* crossValidation = nullptr,
                               std::uint64_t seed = 1);
};

} // namespace lev::core
