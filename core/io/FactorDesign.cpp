// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#include "io/FactorDesign.h"

#include "io/CsvNumber.h"
#include "io/CsvSelection.h"
#include "io/Utf8Text.h"

#include <algorithm>
#include <cassert>
#include <cmath>
#include <limits>
#include <unordered_map>

namespace lev::core {

namespace {

constexpr std::size_t kNameDisplayLimit = 60;
constexpr std::size_t kLevelsShown = 5;

std::string quoted(const std::string& text)
{
    return "'" + Utf8Text::display(text, kNameDisplayLimit) + "'";
}

} // namespace

void FactorDesign::sortLevels(std::vector<std::string>& levels)
{
    std::vector<double> numbers(levels.size());
    bool numeric = true;
    for (std::size_t k = 0; k < levels.size() && numeric; ++k)
        numeric = CsvNumber::parse(levels[k], numbers[k]);
    if (!numeric) {
        std::sort(levels.begin(), levels.end());
        return;
    }
    std::vector<std::size_t> order(levels.size());
    for (std::size_t k = 0; k < order.size(); ++k)
        order[k] = k;
    std::stable_sort(order.begin(), order.end(),
                     [&](std::size_t a, std::size_t b) { return numbers[a] < numbers[b]; });
    std::vector<std::string> sorted;
    sorted.reserve(levels.size());
    for (std::size_t k : order)
        sorted.push_back(std::move(levels[k]));
    levels = std::move(sorted);
}

bool FactorDesign::fail(Problem problem, std::string message)
{
    m_table = CsvTable{};
    m_factors.clear();
    m_problem = problem;
    m_error = std::move(message);
    return false;
}

bool FactorDesign::build(const CsvTable& table, const std::vector<int>& chosen,
                         const std::vector<int>& factors,
                         const std::vector<std::vector<std::string>>& cells,
                         const std::map<std::string, std::string>& references, bool dropMissing)
{
    assert(factors.size() == cells.size());
    const auto rows = static_cast<std::size_t>(table.values.rows());
    const auto factorOf = [&](int j) {
        const auto it = std::find(factors.begin(), factors.end(), j);
        return it == factors.end() ? -1 : static_cast<int>(it - factors.begin());
    };
    for (int j : chosen)
        if (factorOf(j) < 0 && !table.isNumeric(j))
            return fail(Problem::Text, table.source + ": " + CsvSelection::textProblem(table, j) +
                                           ": only numeric or categorical columns can be "
                                           "features, and the target must be numeric");
    if (!dropMissing)
        if (std::string problem = CsvSelection::missingProblem(table, chosen); !problem.empty())
            return fail(Problem::Missing, std::move(problem));

    // The rows that will be used: a number in every numeric column, a level in every factor.
    std::vector<char> complete(rows, 1);
    for (int j : chosen) {
        const int k = factorOf(j);
        for (std::size_t r = 0; r < rows; ++r) {
            if (k >= 0) {
                assert(cells[std::size_t(k)].size() == rows);
                if (CsvNumber::isMissing(cells[std::size_t(k)][r]))
                    complete[r] = 0;
            } else if (std::isnan(table.values(Eigen::Index(r), j))) {
                complete[r] = 0;
            }
        }
    }
    const auto used = static_cast<std::size_t>(std::count(complete.begin(), complete.end(), 1));
    if (used == 0)
        return fail(Problem::NoRows, table.source + ": every row has a missing value in the "
                                                    "chosen columns; no row is left to fit");

    m_factors.clear();
    std::vector<std::vector<int>> codes(factors.size()); // the level of each row, -1 if none
    for (std::size_t k = 0; k < factors.size(); ++k) {
        Factor factor;
        factor.column = table.columns[std::size_t(factors[k])];
        std::unordered_map<std::string, int> seen;
        for (std::size_t r = 0; r < rows; ++r)
            if (complete[r] && seen.emplace(cells[k][r], 0).second)
                factor.levels.push_back(cells[k][r]);
        sortLevels(factor.levels);
        if (factor.levels.size() < 2)
            return fail(Problem::OneLevel,
                        table.source + ": column " + quoted(factor.column) +
                            " has a single level (" + quoted(factor.levels.front()) +
                            ") in the rows used; a categorical feature needs two or more");
        factor.reference = factor.levels.front();
        if (const auto it = references.find(factor.column); it != references.end()) {
            if (std::find(factor.levels.begin(), factor.levels.end(), it->second) ==
                factor.levels.end()) {
                std::string shown;
                for (std::size_t l = 0; l < factor.levels.size() && l < kLevelsShown; ++l)
                    shown += (l ? ", " : "") + quoted(factor.levels[l]);
                if (factor.levels.size() > kLevelsShown)
                    shown += ", ...";
                return fail(Problem::Reference, "--reference: " + quoted(it->second) +
                                                    " is not a level of column " +
                                                    quoted(factor.column) + " (" + shown + ")");
            }
            factor.reference = it->second;
        }
        // The indicators' order: the sorted levels without the reference.
        std::unordered_map<std::string, int> index;
        int next = 0;
        for (const std::string& level : factor.levels)
            index[level] = level == factor.reference ? -1 : next++;
        codes[k].assign(rows, -1);
        for (std::size_t r = 0; r < rows; ++r)
            if (complete[r])
                codes[k][r] = index[cells[k][r]];
        factor.count = static_cast<int>(factor.levels.size()) - 1;
        m_factors.push_back(std::move(factor));
    }

    // The design: numeric columns copied, each factor replaced by its indicators, target last.
    int columns = 0;
    for (std::size_t c = 0; c < chosen.size(); ++c) {
        const int k = c + 1 < chosen.size() ? factorOf(chosen[c]) : -1;
        columns += k >= 0 ? m_factors[std::size_t(k)].count : 1;
    }
    CsvTable design;
    design.source = table.source;
    design.values.resize(Eigen::Index(rows), columns);
    design.content.reserve(std::size_t(columns));
    const double nan = std::numeric_limits<double>::quiet_NaN();
    int out = 0;
    for (std::size_t c = 0; c < chosen.size(); ++c) {
        const int j = chosen[c];
        CsvColumn content = table.content.empty() ? CsvColumn{} : table.content[std::size_t(j)];
        content.textRow = 0; // numeric from here on
        content.text.clear();
        content.missing = rows - used; // the NaN cells, which CsvSelection drops

        const int k = c + 1 < chosen.size() ? factorOf(j) : -1;
        if (k < 0) {
            design.columns.push_back(table.columns[std::size_t(j)]);
            design.values.col(out) = table.values.col(j);
            for (std::size_t r = 0; r < rows; ++r)
                if (!complete[r])
                    design.values(Eigen::Index(r), out) = nan;
            design.content.push_back(content);
            ++out;
            continue;
        }
        Factor& factor = m_factors[std::size_t(k)];
        factor.first = out;
        for (const std::string& level : factor.levels) {
            if (level == factor.reference)
                continue;
            const int code = out - factor.first;
            design.columns.push_back(factor.column + "[" + level + "]");
            for (std::size_t r = 0; r < rows; ++r)
                design.values(Eigen::Index(r), out) =
                    complete[r] ? (codes[std::size_t(k)][r] == code ? 1.0 : 0.0) : nan;
            design.content.push_back(content);
            ++out;
        }
    }
    assert(out == columns);
    m_table = std::move(design);
    m_problem = Problem::None;
    m_error.clear();
    return true;
}

} // namespace lev::core
