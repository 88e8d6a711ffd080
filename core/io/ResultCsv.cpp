// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#include "io/ResultCsv.h"

#include "io/JsonWriter.h"

#include <algorithm>
#include <cmath>
#include <utility>
#include <vector>

namespace lev::core {

namespace {

/// The i-th entry of a vector, or nothing when the vector is too short (e.g. empty because the
/// quantity does not exist in this state).
std::optional<double> entry(const Eigen::VectorXd& vector, Eigen::Index i)
{
    if (i < vector.size())
        return vector(i);
    return std::nullopt;
}

std::optional<double> entry(const Eigen::MatrixXd& matrix, Eigen::Index row, Eigen::Index column)
{
    if (row < matrix.rows() && column < matrix.cols())
        return matrix(row, column);
    return std::nullopt;
}

void appendRow(std::string& csv, const std::vector<std::string>& cells)
{
    for (std::size_t i = 0; i < cells.size(); ++i) {
        if (i > 0)
            csv += ',';
        csv += cells[i];
    }
    csv += '\n';
}

void appendComments(std::string& csv, const std::vector<std::string>& lines)
{
    for (const std::string& line : lines)
        csv += "# " + line + '\n';
}

void appendDrawRows(std::string& csv, const Eigen::MatrixXd& features, const Eigen::VectorXd& y,
                    const char* regime)
{
    if (y.size() != features.rows())
        return; // no draw in this state (e.g. invalid settings): the header alone
    std::vector<std::string> cells(static_cast<std::size_t>(features.cols()) + 2);
    for (Eigen::Index row = 0; row < features.rows(); ++row) {
        for (Eigen::Index column = 0; column < features.cols(); ++column)
            cells[static_cast<std::size_t>(column)] = ResultCsv::number(features(row, column));
        cells[cells.size() - 2] = ResultCsv::number(y(row));
        cells.back() = regime;
        appendRow(csv, cells);
    }
}

std::string flag(bool value)
{
    return value ? "true" : "false";
}

const char* const kUnits =
    "units: every feature has population variance 1; Y is in its own units; a weight is the "
    "change in Y per unit of its feature";

} // namespace

std::string ResultCsv::settingsLine(const RecomputeSettings& s, bool sweep)
{
    std::vector<std::pair<std::string, std::string>> items = {
        {"generator", generatorName(s.model.generator)},
        {"collinearity", number(s.model.collinearity)},
        {"noise", number(s.model.noise)},
        {"effect", number(s.model.effect)},
    };
    if (s.model.generator == GeneratorKind::Confounder)
        items.emplace_back("confounding", number(s.model.confounding));
    items.emplace_back("n", std::to_string(s.n));
    items.emplace_back("p", std::to_string(s.model.features));
    if (s.model.generator == GeneratorKind::Latent) {
        items.emplace_back("k", std::to_string(s.model.latentDimension));
        items.emplace_back("levers", std::to_string(s.model.levers));
        items.emplace_back("loadings", s.model.loadings ? "given" : "seed");
    }
    items.emplace_back("estimator", estimatorName(s.estimator.kind));
    if (s.estimator.kind == EstimatorKind::Ridge || s.estimator.kind == EstimatorKind::Lasso)
        items.emplace_back("lambda", number(s.estimator.lambda));
    if (s.estimator.kind == EstimatorKind::Pcr)
        items.emplace_back("components", std::to_string(s.estimator.components));
    items.emplace_back("standardize", flag(s.estimator.standardize));
    items.emplace_back("reps", std::to_string(s.replications));
    if (sweep && !s.sweep.empty())
        items.emplace_back(
            "sweep_reps",
            std::to_string(s.sweepReplications > 0 ? s.sweepReplications : s.replications));
    items.emplace_back("seed", std::to_string(s.seed));
    std::string line = "settings: ";
    for (std::size_t i = 0; i < items.size(); ++i)
        line += (i > 0 ? ", " : "") + items[i].first + "=" + items[i].second;
    return line;
}

std::string ResultCsv::number(double value)
{
    return std::isfinite(value) ? JsonWriter::number(value) : std::string();
}

std::string ResultCsv::number(std::optional<double> value)
{
    return value ? number(*value) : std::string();
}

std::string ResultCsv::text(std::string_view value)
{
    if (value.find_first_of(",\"\r\n") == std::string_view::npos)
        return std::string(value);
    std::string quoted = "\"";
    for (const char c : value) {
        if (c == '"')
            quoted += '"';
        quoted += c;
    }
    quoted += '"';
    return quoted;
}

std::string ResultCsv::draw(const RecomputeResult& result)
{
    std::string csv;
    const std::size_t n = static_cast<std::size_t>(std::max(result.settings.n, 0));
    appendComments(
        csv, {"Leverscope draw.csv: the displayed draw, one row per sample (" + std::to_string(n) +
                  " observational rows, then " + std::to_string(n) + " interventional rows).",
              "columns: the features, Y, and regime",
              "regime: observational = drawn from the model as it is (the features keep their "
              "causes and correlations); interventional = drawn under do(X): every feature set "
              "independently, with its observational variance and its incoming arrows cut, and Y "
              "from its own equation",
              kUnits, settingsLine(result.settings)});
    std::vector<std::string> header;
    for (const std::string& name : result.truth.features)
        header.push_back(text(name));
    header.push_back("Y");
    header.push_back("regime");
    appendRow(csv, header);
    const DisplayedDraw& draw = result.draw;
    const auto p = static_cast<Eigen::Index>(result.truth.features.size());
    if (draw.features.cols() == p)
        appendDrawRows(csv, draw.features, draw.outcome, "observational");
    if (draw.interventionalFeatures.cols() == p)
        appendDrawRows(csv, draw.interventionalFeatures, draw.interventionalOutcome,
                       "interventional");
    return csv;
}

std::string ResultCsv::weights(const RecomputeResult& result)
{
    const PopulationTruth& truth = result.truth;
    const MonteCarloSummary& mc = result.monteCarlo;
    std::string csv;
    appendComments(
        csv, {"Leverscope weights.csv: one row per feature.",
              "columns: causal_weight = dE[Y | do(X = x)]/dx_j with every feature set; "
              "population_weight = the regression weight of the whole population (OLS as n grows "
              "without limit); total_effect = "
              "dE[Y | do(X_j = x)]/dx with only X_j set; conditional_slope = dE[Y | X_j = x]/dx; "
              "weight_mean, weight_sd (divisor R - 1) and weight_q5 ... weight_q95 = the "
              "estimator's fitted weight over the " +
                  std::to_string(mc.fitted) +
                  " fitted Monte-Carlo replications; vif = the "
                  "population variance inflation factor",
              kUnits, settingsLine(result.settings)});
    std::vector<std::string> header = {"feature",      "causal_weight",     "population_weight",
                                       "total_effect", "conditional_slope", "weight_mean",
                                       "weight_sd"};
    for (double level : MonteCarloSummary::kQuantileLevels)
        header.push_back("weight_q" + std::to_string(static_cast<int>(level * 100.0 + 0.5)));
    header.push_back("vif");
    appendRow(csv, header);
    for (std::size_t j = 0; j < truth.features.size(); ++j) {
        const auto i = static_cast<Eigen::Index>(j);
        std::vector<std::string> row = {
            text(truth.features[j]),
            number(entry(truth.causalWeights, i)),
            number(entry(truth.populationWeights, i)),
            number(entry(truth.totalEffects, i)),
            number(entry(truth.conditionalSlopes, i)),
            number(entry(mc.weightMean, i)),
            number(entry(mc.weightSd, i)),
        };
        for (Eigen::Index q = 0; q < 5; ++q)
            row.push_back(number(entry(mc.weightQuantiles, i, q)));
        row.push_back(number(entry(result.populationSpectrum.vif, i)));
        appendRow(csv, row);
    }
    return csv;
}

std::string ResultCsv::spectrum(const RecomputeResult& result)
{
    const Spectrum& spectrum = result.populationSpectrum;
    std::string csv;
    appendComments(
        csv, {"Leverscope spectrum.csv: one row per eigenvalue of the feature covariance, "
              "largest first.",
              "columns: component = rank i; population_eigenvalue = lambda_i of the population "
              "covariance (variance along its principal axis); population_inverse_eigenvalue = "
              "1/lambda_i, how much that axis inflates the weights' variance (empty when "
              "singular); sample_eigenvalue_mean = the mean i-th eigenvalue of S/(n - 1) over "
              "the replications",
              kUnits, settingsLine(result.settings)});
    appendRow(csv, {"component", "population_eigenvalue", "population_inverse_eigenvalue",
                    "sample_eigenvalue_mean"});
    for (Eigen::Index i = 0; i < spectrum.eigenvalues.size(); ++i)
        appendRow(csv, {std::to_string(i + 1), number(spectrum.eigenvalues(i)),
                        number(entry(spectrum.inverseEigenvalues, i)),
                        number(entry(result.monteCarlo.sampleEigenvaluesMean, i))});
    return csv;
}

std::string ResultCsv::scores(const RecomputeResult& result)
{
    const PopulationTruth& truth = result.truth;
    const MonteCarloSummary& mc = result.monteCarlo;
    std::optional<double> populationError;
    if (truth.populationWeights.size() == truth.causalWeights.size() &&
        truth.populationWeights.allFinite())
        populationError = (truth.populationWeights - truth.causalWeights).norm();
    std::string csv;
    appendComments(
        csv, {"Leverscope scores.csv: one row per score.",
              "rows: r2_observational = R^2 on new data from the same model (1 - MSE/Var(Y), "
              "an exact expectation, not a test sample); r2_interventional = R^2 on data drawn "
              "under do(X); weight_error = the distance ||w - causal weights|| (Euclidean)",
              "columns: monte_carlo_mean = the mean over the " + std::to_string(mc.fitted) +
                  " fitted replications of n rows; population = the same score of the "
                  "population weights (OLS as n grows without limit); an empty cell does not exist "
                  "(e.g. R^2 "
                  "when Y is constant)",
              kUnits, settingsLine(result.settings)});
    appendRow(csv, {"score", "monte_carlo_mean", "population"});
    appendRow(csv, {"r2_observational", number(mc.r2ObservationalMean), number(truth.r2)});
    appendRow(csv, {"r2_interventional", number(mc.r2InterventionalMean),
                    number(truth.interventionalR2)});
    appendRow(csv, {"weight_error", number(mc.weightErrorMean), number(populationError)});
    return csv;
}

std::string ResultCsv::sweep(const RecomputeResult& result)
{
    std::string csv;
    appendComments(
        csv, {"Leverscope sweep.csv: one row per collinearity c of the sweep, the other "
              "settings as below.",
              "columns: r2_observational_mean, r2_interventional_mean and weight_error_mean as "
              "in scores.csv; condition_number = lambda_max/lambda_min of the population "
              "feature covariance; first_weight_sd = the Monte-Carlo SD of the first feature's "
              "weight",
              kUnits, settingsLine(result.settings, true)});
    appendRow(csv, {"collinearity", "r2_observational_mean", "r2_interventional_mean",
                    "weight_error_mean", "condition_number", "first_weight_sd"});
    for (const SweepPoint& point : result.sweep)
        appendRow(csv, {number(point.collinearity), number(point.r2ObservationalMean),
                        number(point.r2InterventionalMean), number(point.weightErrorMean),
                        number(point.conditionNumber), number(point.firstWeightSd)});
    return csv;
}

std::vector<ResultCsv::Table> ResultCsv::tables(const RecomputeResult& result)
{
    std::vector<Table> tables = {
        {"draw.csv", draw(result)},
        {"weights.csv", weights(result)},
        {"spectrum.csv", spectrum(result)},
        {"scores.csv", scores(result)},
    };
    if (!result.sweep.empty())
        tables.push_back({"sweep.csv", sweep(result)});
    return tables;
}

} // namespace lev::core
