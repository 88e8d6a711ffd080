// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#pragma once
// File ▸ Export Report of data mode: the analysis of a user's data as one ReportDocument — the
// data summary, the settings, the coefficients with their standard errors and intervals, VIF and
// GVIF, Belsley's diagnostics, the sensitivity analysis, cross-validation, the narrative and
// every plot the page shows. Formats the core's results; computes nothing.

#include "diagnostics/DataDiagnostics.h"
#include "diagnostics/GeneralizedVif.h"
#include "exploration/DataExploration.h"
#include "export/ReportDocument.h"
#include "io/FactorDesign.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <vector>

class QCustomPlot;

namespace lev::ui {

/// What the report shows, as the page has it.
struct DataReportContent
{
    QString file;          ///< the CSV file's name
    int columnsInFile = 0; ///< the file's columns
    long long rowsDropped = 0;
    const core::DataExploration* exploration = nullptr; ///< required
    std::vector<core::Factor> factors;
    std::vector<core::GeneralizedVifValue> generalizedVif; ///< one per factor
    core::DataDiagnosticsReport diagnostics;
    QStringList narrative;
    QList<QCustomPlot*> plots;
    QString version; ///< "Leverscope x.y.z"
    QDateTime date;
};

class DataReport
{
    Q_DECLARE_TR_FUNCTIONS(lev::ui::DataReport)

public:
    /// The section headings, in order (every report has each).
    static QStringList sections();
    /// The document of `content`; false and `error` when a plot cannot be rendered.
    static bool build(const DataReportContent& content, ReportDocument* document, QString* error);
    /// Builds the report and writes it to `path` as PDF or HTML by its extension, all or
    /// nothing; false and `error` (one line) when it cannot.
    static bool write(const DataReportContent& content, const QString& path, QString* error);
};

} // namespace lev::ui
