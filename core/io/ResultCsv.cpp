// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#include "io/ResultCsv.h"

#include "io/JsonWriter.h"

#include <cmath>
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

/// Column of the 5 % and 95 % quantiles in MonteCarloSummary::weightQuantiles.
Eigen::Index quantileColumn(double level)
{
    for (Eigen::Index q = 0; q < 5; ++q)
        if (std::abs(MonteCarloSummary::kQuantileLevels[q] - level) < 1e-12)
            return q;
    return -1;
}

} // namespace

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
    std::vector<std::string> header;
    for (const std::string& name : result.truth.features)
        header.push_back(text(name));
    header.push_back("Y");
    header.push_back("regime");
    std::string csv;
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

std::string ResultCsv::results(const RecomputeResult& result)
{
    const PopulationTruth& truth = result.truth;
    const MonteCarloSummary& mc = result.monteCarlo;
    const Spectrum& spectrum = result.populationSpectrum;
    const Eigen::Index q5 = quantileColumn(0.05);
    const Eigen::Index q95 = quantileColumn(0.95);

    std::string csv;
    appendRow(csv, {"feature", "causal_weight", "population_weight", "total_effect",
                    "conditional_slope", "weight_mean", "weight_sd", "weight_q5", "weight_q95",
                    "vif", "component", "population_eigenvalue"});
    for (std::size_t j = 0; j < truth.features.size(); ++j) {
        const auto i = static_cast<Eigen::Index>(j);
        appendRow(csv,
                  {text(truth.features[j]), number(entry(truth.causalWeights, i)),
                   number(entry(truth.populationWeights, i)), number(entry(truth.totalEffects, i)),
                   number(entry(truth.conditionalSlopes, i)), number(entry(mc.weightMean, i)),
                   number(entry(mc.weightSd, i)),
                   q5 >= 0 ? number(entry(mc.weightQuantiles, i, q5)) : std::string(),
                   q95 >= 0 ? number(entry(mc.weightQuantiles, i, q95)) : std::string(),
                   number(entry(spectrum.vif, i)), std::to_string(j + 1),
                   number(entry(spectrum.eigenvalues, i))});
    }
    return csv;
}

} // namespace lev::core
