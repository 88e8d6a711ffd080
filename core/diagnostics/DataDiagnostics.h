// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#pragma once
// Data mode's diagnostics of a table in one call, for a worker thread (docs/math.md §11): the
// Belsley table of the raw columns tied to R's spectrum, the sensitivity of one weight to an
// unmeasured confounder and the HC3 standard errors, both of the features as fitted.

#include "diagnostics/BelsleyDiagnostics.h"
#include "diagnostics/ConfounderSensitivity.h"
#include "diagnostics/DataDiagnosticsSettings.h"
#include "diagnostics/DependencySpectrumTie.h"
#include "diagnostics/RobustStandardErrors.h"
#include "exploration/DataExplorationSettings.h"
#include "io/CsvTable.h"

#include <optional>
#include <vector>

namespace lev::core {

struct DataDiagnosticsReport
{
    DataDiagnosticsSettings settings;
    BelsleyReport belsley; ///< of the raw columns (Belsley scales them himself)
    std::vector<SpectrumTie> ties;
    /// When settings.hasSensitivity(); ok false with a message when it cannot be computed.
    std::optional<SensitivityReport> sensitivity;
    /// When settings.standardErrors is Hc3.
    std::optional<RobustStandardErrorsReport> robust;
};

class DataDiagnostics
{
public:
    /// The diagnostics of the columns `exploration` names in `table` (DataExplorer::validate
    /// must accept them); sensitivity and HC3 of the features z-scored as the fit has them.
    static DataDiagnosticsReport run(const CsvTable& table,
                                     const DataExplorationSettings& exploration,
                                     const DataDiagnosticsSettings& settings);
};

} // namespace lev::core
