// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#include "diagnostics/DataDiagnostics.h"

#include "exploration/DataExplorer.h"
#include "exploration/DataFit.h"

namespace lev::core {

DataDiagnosticsReport DataDiagnostics::run(const CsvTable& table,
                                           const DataExplorationSettings& exploration,
                                           const DataDiagnosticsSettings& settings)
{
    DataDiagnosticsReport report;
    report.settings = settings;
    const Eigen::MatrixXd raw = DataFit::columns(table, exploration.features);
    const Eigen::VectorXd y = table.values.col(exploration.target);
    const std::vector<std::string> names = DataFit::columnNames(table, exploration.features);

    BelsleySettings belsley;
    belsley.intercept = exploration.intercept;
    belsley.centred = settings.belsley == BelsleyVariant::Centred;
    report.belsley = BelsleyDiagnostics::of(raw, names, belsley);
    report.ties = DependencySpectrumTie::of(raw, report.belsley, belsley);

    if (!settings.hasSensitivity() && settings.standardErrors != StandardErrorKind::Hc3)
        return report;
    Eigen::MatrixXd fitted = raw;
    if (exploration.standardize)
        DataExplorer::standardize(fitted, exploration.intercept);
    if (settings.hasSensitivity())
        report.sensitivity = ConfounderSensitivity::analyse(fitted, y, names, exploration.intercept,
                                                            settings.sensitivity);
    if (settings.standardErrors == StandardErrorKind::Hc3)
        report.robust = RobustStandardErrors::hc3(fitted, y, exploration.intercept);
    return report;
}

} // namespace lev::core
