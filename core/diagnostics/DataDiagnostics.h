// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#pragma once
// The diagnostics of one fit of a user's data, asked for together (docs/math.md §11): a
// generalized VIF per categorical block, Belsley's collinearity diagnostics, the sensitivity of
// one OLS weight to an unmeasured confounder and HC3 standard errors.

#include "diagnostics/BelsleyDiagnostics.h"
#include "diagnostics/ConfounderSensitivity.h"
#include "diagnostics/GeneralizedVif.h"
#include "diagnostics/RobustStandardErrors.h"

#include <Eigen/Dense>
#include <optional>
#include <string>
#include <vector>

namespace lev::core {

struct DataDiagnosticsSettings
{
    std::vector<ColumnBlock> factors;       ///< a GVIF for each (none: no GVIF)
    std::optional<BelsleySettings> belsley; ///< none: no collinearity diagnostics
    std::optional<SensitivitySettings> sensitivity;
    bool hc3 = false;
};

struct DataDiagnosticsReport
{
    std::vector<GeneralizedVifValue> generalizedVif;
    std::optional<BelsleyReport> belsley;
    std::optional<SensitivityReport> sensitivity;
    std::optional<RobustStandardErrorsReport> hc3;
};

class DataDiagnostics
{
public:
    /// The diagnostics `settings` asks for, of y on the n x p `features` named `names`.
    static DataDiagnosticsReport run(const Eigen::MatrixXd& features, const Eigen::VectorXd& y,
                                     const std::vector<std::string>& names, bool intercept,
                                     const DataDiagnosticsSettings& settings);
};

} // namespace lev::core
