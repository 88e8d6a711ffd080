#pragma once
// The JSON documents of the command line (SPEC section 6), keys in SPEC's order; arrays are in
// feature order and non-existent numbers are null.

#include "analysis/DataFitReport.h"
#include "analysis/RecomputeResult.h"

#include <string>

namespace lev::core {

class ResultJson
{
public:
    /// `leverscope simulate`: generator, settings, status, features, truth, results[, sweep].
    static std::string simulation(const RecomputeResult& result);
    /// `leverscope fit`: coefficients, standard errors and VIF keyed by column name.
    static std::string dataFit(const DataFitReport& report);
};

} // namespace lev::core
