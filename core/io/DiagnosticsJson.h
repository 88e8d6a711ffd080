// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#pragma once
// The JSON of the collinearity diagnostics, the sensitivity analysis, the HC3 standard errors
// and the categorical features of `fit` (docs/math.md §11), as keys added to an object.

#include "diagnostics/BelsleyDiagnostics.h"
#include "diagnostics/ConfounderSensitivity.h"
#include "diagnostics/GeneralizedVif.h"
#include "diagnostics/RobustStandardErrors.h"
#include "io/FactorDesign.h"
#include "io/JsonWriter.h"

#include <string>
#include <vector>

namespace lev::core {

class DiagnosticsJson
{
public:
    /// "collinearity_diagnostics": condition indices, variance proportions keyed by column (each
    /// a list over the components), near-dependencies.
    static void write(JsonWriter& json, const BelsleyReport& report, bool centred);
    /// "sensitivity": the treatment's estimate, t, partial R^2, robustness values and bounds.
    static void write(JsonWriter& json, const SensitivityReport& report);
    /// "robust_standard_errors": keyed by column, "(intercept)" first when fitted.
    static void write(JsonWriter& json, const RobustStandardErrorsReport& report,
                      const std::vector<std::string>& features);
    /// "factors" and "generalized_vif".
    static void write(JsonWriter& json, const std::vector<Factor>& factors,
                      const std::vector<GeneralizedVifValue>& gvif);

    /// `document` (a JSON object written by JsonWriter) with the keys of `extra` (another)
    /// appended at its end.
    static std::string merged(const std::string& document, const std::string& extra);
};

} // namespace lev::core
