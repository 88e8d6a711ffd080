// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#include "DiagnosticOptions.h"

#include "CommandLine.h"
#include "Subcommand.h"
#include "diagnostics/BelsleyDiagnostics.h"
#include "diagnostics/ConfounderSensitivity.h"
#include "diagnostics/GeneralizedVif.h"
#include "diagnostics/RobustStandardErrors.h"
#include "exploration/FitLimits.h"
#include "io/CsvTextCells.h"
#include "io/DiagnosticsJson.h"
#include "io/JsonWriter.h"

#include <QFile>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace lev::app {

namespace {

bool contains(const std::vector<std::string>& names, const std::string& name)
{
    return std::find(names.begin(), names.end(), name) != names.end();
}

} // namespace

void DiagnosticOptions::addTo(QCommandLineParser& parser)
{
    parser.addOptions({
        {"categorical",
         "Comma-separated feature columns to treat as categories even when they hold numbers. A "
         "text column named in --features is categorical anyway. Each becomes one 0/1 column per "
         "level but the reference, named COLUMN[LEVEL].",
         "A,B,..."},
        {"reference",
         "The reference level of a categorical feature (may be repeated). Default: the first "
         "level in sorted order (numeric order when every level is a number).",
         "COLUMN=LEVEL"},
        {"diagnostics",
         "Add \"collinearity_diagnostics\": Belsley-Kuh-Welsch condition indices and "
         "variance-decomposition proportions of the design with its intercept, each column "
         "scaled to unit length, and the near-dependencies (an index above 30 with two or more "
         "proportions above 0.5)."},
        {"centred", "With --diagnostics: centre the columns first (the intercept is left out)."},
        {"sensitivity",
         "Add \"sensitivity\": how strong an unmeasured confounder would have to be to explain "
         "away the OLS weight of COLUMN (partial R2, robustness values; Cinelli & Hazlett).",
         "COLUMN"},
        {"q", "With --sensitivity: the fraction of the weight to explain away (> 0). Default: 1.",
         "Q"},
        {"alpha",
         "The significance level of the robustness value (with --sensitivity, 0 < A <= 1) and "
         "of invariant causal prediction (with --icp, 0 < A < 1). Default: 0.05.",
         "A"},
        {"benchmark",
         "With --sensitivity: bound the confounder by an observed feature k times as strong.",
         "COLUMN"},
        {"kd", "With --benchmark: comma-separated multiples k (> 0). Default: 1.", "K,..."},
        {"robust", "Add heteroskedasticity-robust standard errors of OLS: hc3.", "TYPE"},
    });
}

bool DiagnosticOptions::read(const QCommandLineParser& parser, bool olsEstimator, QString* error)
{
    m_diagnostics = parser.isSet("diagnostics");
    m_centred = parser.isSet("centred");
    if (m_centred && !m_diagnostics) {
        *error = QStringLiteral("--centred has no effect without --diagnostics");
        return false;
    }
    const bool sensitivity = parser.isSet("sensitivity");
    for (const char* option : {"q", "benchmark"})
        if (parser.isSet(option) && !sensitivity) {
            *error = QStringLiteral("--%1 has no effect without --sensitivity")
                         .arg(QLatin1String(option));
            return false;
        }
    if (parser.isSet("alpha") && !sensitivity &&
        !parser.optionNames().contains(QLatin1String("icp"))) { // report has no --icp
        *error = QStringLiteral("--alpha has no effect without --sensitivity or --icp");
        return false;
    }
    if (parser.isSet("kd") && !parser.isSet("benchmark")) {
        *error = QStringLiteral("--kd has no effect without --benchmark");
        return false;
    }
    if (sensitivity) {
        m_treatment = parser.value("sensitivity").trimmed().toStdString();
        if (!olsEstimator) {
            *error = QStringLiteral("--sensitivity needs --estimator ols (it examines an OLS "
                                    "weight)");
            return false;
        }
    }
    if (parser.isSet("q")) {
        const auto q = CommandLine::number(parser, "q", error);
        if (!q)
            return false;
        if (!(*q > 0.0)) {
            *error = QStringLiteral("--q: %1 is not a number > 0").arg(parser.value("q").trimmed());
            return false;
        }
        m_q = *q;
    }
    if (sensitivity && parser.isSet("alpha")) {
        const auto alpha = CommandLine::number(parser, "alpha", error);
        if (!alpha)
            return false;
        if (!(*alpha > 0.0 && *alpha <= 1.0)) {
            *error = QStringLiteral("--alpha: %1 is out of range (0 < A <= 1)")
                         .arg(parser.value("alpha").trimmed());
            return false;
        }
        m_alpha = *alpha;
    }
    m_benchmark = parser.value("benchmark").trimmed().toStdString();
    if (parser.isSet("kd")) {
        m_kd.clear();
        for (const QString& text : parser.value("kd").split(',')) {
            bool ok = false;
            const double k = text.trimmed().toDouble(&ok);
            if (!ok || !(k > 0.0) || !std::isfinite(k)) {
                *error = QStringLiteral("--kd: '%1' is not a number > 0").arg(text.trimmed());
                return false;
            }
            m_kd.push_back(k);
        }
    }
    if (parser.isSet("robust")) {
        if (parser.value("robust").trimmed().toLower() != QLatin1String("hc3")) {
            *error =
                QStringLiteral("--robust: unknown type '%1' (hc3)").arg(parser.value("robust"));
            return false;
        }
        if (!olsEstimator) {
            *error = QStringLiteral("--robust needs --estimator ols");
            return false;
        }
        m_robust = true;
    }
    m_categorical.clear();
    if (parser.isSet("categorical"))
        for (const QString& name : parser.value("categorical").split(','))
            m_categorical << name.trimmed();
    for (const QString& pair : parser.values("reference")) {
        const int equals = pair.indexOf('=');
        if (equals <= 0) {
            *error = QStringLiteral("--reference: '%1' is not COLUMN=LEVEL").arg(pair);
            return false;
        }
        m_references[pair.left(equals).trimmed().toStdString()] =
            pair.mid(equals + 1).trimmed().toStdString();
    }
    return true;
}

bool DiagnosticOptions::needsFactors(const core::CsvTable& file, const std::vector<int>& chosen,
                                     bool named) const
{
    if (!m_categorical.isEmpty() || !m_references.empty())
        return true;
    return named &&
           std::any_of(chosen.begin(), chosen.end() - 1, [&](int j) { return !file.isNumeric(j); });
}

bool DiagnosticOptions::encodeFactors(const core::CsvTable& file, const QString& path,
                                      std::vector<int>& chosen, bool named, bool dropMissing,
                                      core::CsvTable* design, QString* error, int* exitCode)
{
    *exitCode = Subcommand::kUsageError;
    const std::vector<int> features(chosen.begin(), chosen.end() - 1);
    std::vector<int> factors;
    for (const QString& name : m_categorical) {
        const int j = file.columnIndex(name.toStdString());
        if (j < 0 || std::find(features.begin(), features.end(), j) == features.end()) {
            *error = QStringLiteral("--categorical: '%1' is not a feature column").arg(name);
            return false;
        }
        factors.push_back(j);
    }
    for (int j : features)
        if (named && !file.isNumeric(j) &&
            std::find(factors.begin(), factors.end(), j) == factors.end())
            factors.push_back(j);
    std::sort(factors.begin(), factors.end(), [&](int a, int b) {
        return std::find(features.begin(), features.end(), a) <
               std::find(features.begin(), features.end(), b);
    });
    for (const auto& [column, level] : m_references) {
        const int j = file.columnIndex(column);
        if (j < 0 || std::find(factors.begin(), factors.end(), j) == factors.end()) {
            *error = QStringLiteral("--reference: '%1' is not a categorical feature")
                         .arg(QString::fromStdString(column));
            return false;
        }
    }

    *exitCode = Subcommand::kInputError;
    core::CsvTextCells cells;
    if (!cells.readFile(QFile::encodeName(path).toStdString(), factors)) {
        *error = QString::fromStdString(cells.errorString());
        return false;
    }
    core::FactorDesign factorDesign;
    if (!factorDesign.build(file, chosen, factors, cells.cells(), m_references, dropMissing)) {
        *error = QString::fromStdString(factorDesign.errorString());
        if (factorDesign.problem() == core::FactorDesign::Problem::Missing)
            *error += QStringLiteral("; use --drop-missing to drop incomplete rows");
        if (factorDesign.problem() == core::FactorDesign::Problem::Reference)
            *exitCode = Subcommand::kUsageError;
        if (factorDesign.problem() == core::FactorDesign::Problem::Text && !named)
            *error += QStringLiteral(" (--features A,B,... chooses the features)");
        return false;
    }
    *design = factorDesign.table();
    m_factors = factorDesign.factors();
    const auto columns = static_cast<long long>(design->columns.size());
    if (const std::string problem =
            core::FitLimits::check(static_cast<long long>(design->values.rows()), columns - 1);
        !problem.empty()) {
        *error = QStringLiteral("%1: %2 (with the indicator columns of the categorical features)")
                     .arg(path, QString::fromStdString(problem));
        return false;
    }
    chosen.resize(std::size_t(columns));
    std::iota(chosen.begin(), chosen.end(), 0);
    return true;
}

core::DataDiagnosticsSettings DiagnosticOptions::dataModeSettings() const
{
    core::DataDiagnosticsSettings settings;
    settings.belsley =
        m_centred ? core::BelsleyVariant::Centred : core::BelsleyVariant::ScaledUncentred;
    settings.sensitivity.treatment = m_treatment;
    settings.sensitivity.q = m_q;
    settings.sensitivity.alpha = m_alpha;
    settings.sensitivity.benchmark = m_benchmark;
    settings.sensitivity.kd = m_kd;
    settings.standardErrors =
        m_robust ? core::StandardErrorKind::Hc3 : core::StandardErrorKind::Classical;
    return settings;
}

bool DiagnosticOptions::active() const
{
    return m_diagnostics || !m_treatment.empty() || m_robust || !m_factors.empty();
}

bool DiagnosticOptions::checkColumns(const std::vector<std::string>& features, QString* error) const
{
    const auto check = [&](const std::string& name, const char* option) {
        if (name.empty() || contains(features, name))
            return true;
        const auto factor = std::find_if(m_factors.begin(), m_factors.end(),
                                         [&](const core::Factor& f) { return f.column == name; });
        if (factor != m_factors.end())
            *error = QStringLiteral("--%1: '%2' is categorical; name one of its indicator "
                                    "columns, e.g. '%3'")
                         .arg(QLatin1String(option), QString::fromStdString(name),
                              QString::fromStdString(features[std::size_t(factor->first)]));
        else
            *error = QStringLiteral("--%1: '%2' is not a feature")
                         .arg(QLatin1String(option), QString::fromStdString(name));
        return false;
    };
    if (!check(m_treatment, "sensitivity") || !check(m_benchmark, "benchmark"))
        return false;
    if (!m_benchmark.empty() && m_benchmark == m_treatment) {
        *error = QStringLiteral("--benchmark: '%1' is the --sensitivity feature itself")
                     .arg(QString::fromStdString(m_benchmark));
        return false;
    }
    return true;
}

bool DiagnosticOptions::extend(const Eigen::MatrixXd& x, const Eigen::VectorXd& y,
                               const std::vector<std::string>& features, bool intercept,
                               std::string* document, QString* error) const
{
    core::JsonWriter json;
    json.beginObject();
    if (!m_factors.empty()) {
        std::vector<core::ColumnBlock> blocks;
        for (const core::Factor& factor : m_factors)
            blocks.push_back({factor.column, factor.first, factor.count});
        core::DiagnosticsJson::write(json, m_factors, core::GeneralizedVif::of(x, blocks));
    }
    if (m_diagnostics) {
        core::BelsleySettings settings;
        settings.intercept = intercept;
        settings.centred = m_centred;
        core::DiagnosticsJson::write(json, core::BelsleyDiagnostics::of(x, features, settings),
                                     m_centred);
    }
    if (!m_treatment.empty()) {
        core::SensitivitySettings settings;
        settings.treatment = m_treatment;
        settings.q = m_q;
        settings.alpha = m_alpha;
        settings.benchmark = m_benchmark;
        settings.kd = m_kd;
        const core::SensitivityReport report =
            core::ConfounderSensitivity::analyse(x, y, features, intercept, settings);
        if (report.impossibleBound) {
            *error = QString::fromStdString(report.message);
            return false;
        }
        core::DiagnosticsJson::write(json, report);
    }
    if (m_robust)
        core::DiagnosticsJson::write(json, core::RobustStandardErrors::hc3(x, y, intercept),
                                     features);
    json.endObject();
    *document = core::DiagnosticsJson::merged(*document, json.text());
    return true;
}

} // namespace lev::app
