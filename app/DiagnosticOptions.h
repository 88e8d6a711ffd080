// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#pragma once
// The options of `fit` for categorical features, collinearity diagnostics, sensitivity to an
// unmeasured confounder and HC3 standard errors (docs/math.md §11): parsing, the indicator
// design, and the JSON keys they add to the fit's document.

#include "diagnostics/DataDiagnosticsSettings.h"
#include "io/CsvTable.h"
#include "io/FactorDesign.h"

#include <QCommandLineParser>
#include <QString>
#include <QStringList>

#include <map>
#include <string>
#include <vector>

namespace lev::app {

class DiagnosticOptions
{
public:
    /// Adds --categorical, --reference, --diagnostics, --centred, --sensitivity, --q, --alpha,
    /// --benchmark, --kd and --robust.
    static void addTo(QCommandLineParser& parser);

    /// Reads them; false and `error` (one line) on a bad value or an option without effect.
    bool read(const QCommandLineParser& parser, bool olsEstimator, QString* error);

    /// Whether the chosen features (all of `chosen` but the last, the target) hold a column to
    /// encode as a factor: a text column named in `--features` (`named`) or one in --categorical.
    bool needsFactors(const core::CsvTable& file, const std::vector<int>& chosen, bool named) const;
    /// Builds the design with indicator columns into `design` and makes `chosen` its columns
    /// (target last); text columns are factors only when `named`. False, `error` and `exitCode`
    /// on a problem.
    bool encodeFactors(const core::CsvTable& file, const QString& path, std::vector<int>& chosen,
                       bool named, bool dropMissing, core::CsvTable* design, QString* error,
                       int* exitCode);

    /// The same analyses as data mode's diagnostics settings (the report's).
    core::DataDiagnosticsSettings dataModeSettings() const;
    /// --categorical and --reference as given.
    const QStringList& categorical() const { return m_categorical; }
    const std::map<std::string, std::string>& references() const { return m_references; }

    /// Whether anything is to be added to the fit's document.
    bool active() const;
    /// Checks that the columns named by --sensitivity and --benchmark are among `features`.
    bool checkColumns(const std::vector<std::string>& features, QString* error) const;
    /// `document` with the keys of the diagnostics asked for; false and `error` when the
    /// analysis cannot be done with the options given (e.g. --kd too large).
    bool extend(const Eigen::MatrixXd& x, const Eigen::VectorXd& y,
                const std::vector<std::string>& features, bool intercept, std::string* document,
                QString* error) const;

private:
    bool m_diagnostics = false;
    bool m_centred = false;
    std::string m_treatment;
    double m_q = 1.0;
    double m_alpha = 0.05;
    std::string m_benchmark;
    std::vector<double> m_kd{1.0};
    bool m_robust = false;
    QStringList m_categorical;
    std::map<std::string, std::string> m_references;
    std::vector<core::Factor> m_factors;
};

} // namespace lev::app
