// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#pragma once
// What data mode's diagnostics show (docs/math.md §11): the Belsley variant, the sensitivity of
// one feature's weight to an unmeasured confounder, and which standard errors are shown.

#include "diagnostics/ConfounderSensitivity.h"

#include <string>

namespace lev::core {

enum class BelsleyVariant
{
    ScaledUncentred, ///< Belsley's recommendation: the intercept column kept, unit length
    Centred          ///< the columns centred first, the intercept left out
};

enum class StandardErrorKind
{
    Classical, ///< sigma^2 (X^T X)^{-1}
    Hc3        ///< heteroskedasticity-robust (RobustStandardErrors::hc3)
};

struct DataDiagnosticsSettings
{
    BelsleyVariant belsley = BelsleyVariant::ScaledUncentred;
    /// The sensitivity analysis; an empty `treatment` (column D) means none.
    SensitivitySettings sensitivity{std::string(), 1.0, 0.05, std::string(), {1.0, 2.0, 3.0}, 41};
    StandardErrorKind standardErrors = StandardErrorKind::Classical;

    bool hasSensitivity() const { return !sensitivity.treatment.empty(); }
    /// Empty, or one line naming the first field out of range (q > 0, 0 < alpha <= 1, kd > 0).
    std::string validate() const;
};

bool operator==(const SensitivitySettings& a, const SensitivitySettings& b);
bool operator==(const DataDiagnosticsSettings& a, const DataDiagnosticsSettings& b);

} // namespace lev::core
