// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#include "diagnostics/DataDiagnostics.h"

namespace lev::core {

DataDiagnosticsReport DataDiagnostics::run(const Eigen::MatrixXd& features,
                                           const Eigen::VectorXd& y,
                                           const std::vector<std::string>& names, bool intercept,
                                           const DataDiagnosticsSettings& settings)
{
    DataDiagnosticsReport report;
    if (!settings.factors.empty())
        report.generalizedVif = GeneralizedVif::of(features, settings.factors);
    if (settings.belsley) {
        BelsleySettings belsley = *settings.belsley;
        belsley.intercept = intercept;
        report.belsley = BelsleyDiagnostics::of(features, names, belsley);
    }
    if (settings.sensitivity)
        report.sensitivity =
            ConfounderSensitivity::analyse(features, y, names, intercept, *settings.sensitivity);
    if (settings.hc3)
        report.hc3 = RobustStandardErrors::hc3(features, y, intercept);
    return report;
}

} // namespace lev::core
