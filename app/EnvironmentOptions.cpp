// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#include "EnvironmentOptions.h"

#include "CommandLine.h"
#include "Subcommand.h"
#include "environments/AnchorRegression.h"
#include "environments/EnvironmentJson.h"
#include "environments/InvariantCausalPrediction.h"
#include "exploration/DataFit.h"
#include "io/CsvSelection.h"
#include "io/JsonWriter.h"

#include <algorithm>
#include <cmath>

namespace lev::app {

QList<QCommandLineOption> EnvironmentOptions::options()
{
    return {
        {"anchors",
         "Anchor regression: comma-separated exogenous columns that shift the features (they "
         "are not features). Adds \"anchor_regression\": gamma, coefficients keyed by column, "
         "intercept (original units; the fit is on centred data, with or without "
         "--no-intercept).",
         "A1,A2,..."},
        {"gamma",
         "Anchor regression's gamma >= 0, or inf: 0 partials the anchors out, 1 is OLS, inf is "
         "two-stage least squares with the anchors as instruments. With --environment and no "
         "--anchors, the anchors are the environment's indicators. Default: 5.",
         "G"},
        {"environment",
         "The column that labels each row's environment (any numbers; at least 2 environments "
         "of 3 rows or more). Never a feature.",
         "COLUMN"},
        {"icp", "Invariant causal prediction over --environment: adds \"icp\": accepted_sets, "
                "causal_features, p_values and confidence_intervals keyed by column, and every "
                "tested set. At most 12 features (4096 subsets)."},
    };
}

bool EnvironmentOptions::read(const QCommandLineParser& parser, QString* error)
{
    m_icp = parser.isSet("icp");
    if (parser.isSet("anchors")) {
        for (const QString& name : parser.value("anchors").split(',')) {
            const std::string column = name.trimmed().toStdString();
            if (column.empty()) {
                *error = QStringLiteral("--anchors: an empty column name");
                return false;
            }
            if (std::find(m_anchors.begin(), m_anchors.end(), column) != m_anchors.end()) {
                *error = QStringLiteral("--anchors: '%1' is named twice").arg(name.trimmed());
                return false;
            }
            m_anchors.push_back(column);
        }
    }
    if (parser.isSet("environment")) {
        m_environment = parser.value("environment").trimmed().toStdString();
        if (m_environment.empty()) {
            *error = QStringLiteral("--environment: an empty column name");
            return false;
        }
        if (std::find(m_anchors.begin(), m_anchors.end(), m_environment) != m_anchors.end()) {
            *error = QStringLiteral("--environment: '%1' is also an anchor; give it once")
                         .arg(QString::fromStdString(m_environment));
            return false;
        }
    }
    m_anchorRegression = !m_anchors.empty() || (parser.isSet("gamma") && !m_environment.empty());
    if (parser.isSet("gamma")) {
        if (!m_anchorRegression) {
            *error = QStringLiteral("--gamma has no effect without --anchors (or --environment)");
            return false;
        }
        const QString text = parser.value("gamma").trimmed().toLower();
        if (text == "inf" || text == "infinity" || text == "+inf") {
            m_gamma = core::AnchorRegression::kInfiniteGamma;
        } else {
            const auto gamma = CommandLine::number(parser, "gamma", error);
            if (!gamma)
                return false;
            if (*gamma < 0.0) {
                *error = QStringLiteral("--gamma: %1 is negative (gamma >= 0, or inf)")
                             .arg(parser.value("gamma").trimmed());
                return false;
            }
            m_gamma = *gamma;
        }
    }
    if (m_icp && m_environment.empty()) {
        *error = QStringLiteral("--icp needs --environment COLUMN");
        return false;
    }
    if (!m_environment.empty() && !m_icp && !m_anchorRegression) {
        *error = QStringLiteral("--environment has no effect without --icp or --gamma");
        return false;
    }
    // --alpha itself is declared by DiagnosticOptions: it is also the level of --sensitivity.
    if (parser.isSet("alpha") && m_icp) {
        const auto alpha = CommandLine::number(parser, "alpha", error);
        if (!alpha)
            return false;
        if (!(*alpha > 0.0 && *alpha < 1.0)) {
            *error = QStringLiteral("--alpha: %1 is not in (0, 1)").arg(parser.value("alpha"));
            return false;
        }
        m_alpha = *alpha;
    }
    return true;
}

bool EnvironmentOptions::usesColumn(const std::string& column) const
{
    return column == m_environment ||
           std::find(m_anchors.begin(), m_anchors.end(), column) != m_anchors.end();
}

std::optional<std::string> EnvironmentOptions::run(const core::CsvTable& file,
                                                   const std::vector<int>& chosen, bool dropMissing,
                                                   QString* error, int* exitCode) const
{
    const QString source = QString::fromStdString(file.source);
    const auto failure = [&](const QString& message, int code) -> std::optional<std::string> {
        *error = message;
        *exitCode = code;
        return std::nullopt;
    };
    std::vector<int> columns = chosen; // features, target, then anchors and environment
    const int p = static_cast<int>(chosen.size()) - 1;
    const int target = chosen.back();
    const auto columnOf = [&](const std::string& name, const char* option) -> int {
        const int index = file.columnIndex(name);
        if (index < 0) {
            *error = QStringLiteral("%1: no column named '%2'")
                         .arg(source, QString::fromStdString(name));
            *exitCode = Subcommand::kInputError;
        } else if (index == target) {
            *error = QStringLiteral("--%1: '%2' is the target")
                         .arg(QLatin1String(option), QString::fromStdString(name));
            *exitCode = Subcommand::kUsageError;
            return -1;
        } else if (std::find(chosen.begin(), chosen.end() - 1, index) != chosen.end() - 1) {
            *error = QStringLiteral("--%1: '%2' is also a feature; anchors and environments are "
                                    "not features (--features A,B,...)")
                         .arg(QLatin1String(option), QString::fromStdString(name));
            *exitCode = Subcommand::kUsageError;
            return -1;
        }
        return index;
    };
    for (const std::string& anchor : m_anchors) {
        const int index = columnOf(anchor, "anchors");
        if (index < 0)
            return std::nullopt;
        columns.push_back(index);
    }
    if (!m_environment.empty()) {
        const int index = columnOf(m_environment, "environment");
        if (index < 0)
            return std::nullopt;
        columns.push_back(index);
    }

    core::CsvSelection selection;
    if (!selection.select(file, columns, dropMissing)) {
        QString message = QString::fromStdString(selection.errorString());
        if (selection.problem() == core::CsvSelection::Problem::Missing)
            message += QStringLiteral("; use --drop-missing to drop incomplete rows");
        return failure(message, Subcommand::kInputError);
    }
    const core::CsvTable& table = selection.table();
    std::vector<int> featureColumns(static_cast<std::size_t>(p));
    for (int j = 0; j < p; ++j)
        featureColumns[static_cast<std::size_t>(j)] = j;
    const Eigen::MatrixXd x = core::DataFit::columns(table, featureColumns);
    const Eigen::VectorXd y = table.values.col(p);
    std::vector<std::string> features;
    for (int j = 0; j < p; ++j)
        features.push_back(table.columns[static_cast<std::size_t>(j)]);
    const auto anchorCount = static_cast<Eigen::Index>(m_anchors.size());
    const Eigen::Index environmentColumn = p + 1 + anchorCount;

    core::JsonWriter json;
    json.beginObject();
    if (m_anchorRegression) {
        std::vector<std::string> anchorNames = m_anchors;
        Eigen::MatrixXd anchors;
        if (anchorCount > 0) {
            anchors = table.values.middleCols(p + 1, anchorCount);
        } else {
            anchors = core::AnchorRegression::indicators(table.values.col(environmentColumn),
                                                         &anchorNames);
            if (anchors.cols() == 0)
                return failure(QStringLiteral("%1: the environment column '%2' has a single "
                                              "value, so it shifts nothing")
                                   .arg(source, QString::fromStdString(m_environment)),
                               Subcommand::kInputError);
        }
        const core::AnchorRegression regression(x, y, anchors, anchorNames);
        if (!regression.problem().empty())
            return failure(
                QStringLiteral("%1: %2").arg(source, QString::fromStdString(regression.problem())),
                Subcommand::kInputError);
        const core::AnchorRegressionResult result = regression.fit(m_gamma);
        core::EnvironmentJson::writeAnchorRegression(
            json, result, features,
            anchorCount > 0 ? m_anchors : std::vector<std::string>{m_environment});
    }
    if (m_icp) {
        const Eigen::VectorXd environment = table.values.col(environmentColumn);
        if (const std::string problem = core::InvariantCausalPrediction::validate(p, environment);
            !problem.empty())
            return failure(
                QStringLiteral("%1: --icp: %2").arg(source, QString::fromStdString(problem)),
                p > core::InvariantCausalPrediction::kMaxFeatures ? Subcommand::kUsageError
                                                                  : Subcommand::kInputError);
        const core::IcpResult result =
            core::InvariantCausalPrediction::run(x, y, environment, m_alpha);
        core::EnvironmentJson::writeIcp(json, result, features, m_environment);
    }
    json.endObject();
    return json.text();
}

} // namespace lev::app
