// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#include "io/CsvSelection.h"

#include "io/Utf8Text.h"

#include <algorithm>
#include <cassert>
#include <cmath>

namespace lev::core {

namespace {

constexpr std::size_t kNameDisplayLimit = 60;
/// Columns with missing values named in one message; the rest are counted.
constexpr std::size_t kColumnsNamed = 3;

std::string quotedName(const CsvTable& table, int j)
{
    return "'" + Utf8Text::display(table.columns[std::size_t(j)], kNameDisplayLimit) + "'";
}

std::string plural(std::size_t count, const char* one, const char* many)
{
    return std::to_string(count) + ' ' + (count == 1 ? one : many);
}

/// 1 for each row with a number in every one of `columns`.
std::vector<char> completeMask(const CsvTable& table, const std::vector<int>& columns)
{
    std::vector<char> complete(std::size_t(table.values.rows()), 1);
    for (int j : columns) {
        if (table.content.empty() || table.content[std::size_t(j)].missing == 0)
            continue;
        const double* column = table.values.col(j).data();
        for (std::size_t r = 0; r < complete.size(); ++r)
            if (std::isnan(column[r]))
                complete[r] = 0;
    }
    return complete;
}

} // namespace

std::string CsvSelection::textProblem(const CsvTable& table, int j)
{
    const CsvColumn& column = table.content[std::size_t(j)];
    return "column " + quotedName(table, j) + " holds text, e.g. '" + column.text + "' in row " +
           std::to_string(column.textRow);
}

bool CsvSelection::fail(Problem problem, std::string message)
{
    m_table = CsvTable{};
    m_rowsUsed = 0;
    m_rowsDropped = 0;
    m_problem = problem;
    m_error = std::move(message);
    return false;
}

std::string CsvSelection::missingProblem(const CsvTable& table, const std::vector<int>& columns)
{
    std::vector<int> withMissing;
    for (int j : columns)
        if (!table.content.empty() && table.content[std::size_t(j)].missing > 0)
            withMissing.push_back(j);
    if (withMissing.empty())
        return {};
    std::string message = table.source + ": ";
    for (std::size_t k = 0; k < withMissing.size() && k < kColumnsNamed; ++k) {
        const CsvColumn& c = table.content[std::size_t(withMissing[k])];
        message += (k == 0 ? "column " : ", column ") + quotedName(table, withMissing[k]) +
                   " has " + plural(c.missing, "missing value", "missing values") + " (row " +
                   std::to_string(c.firstMissingRow) + ", '" + c.firstMissing +
                   (c.missing > 1 ? "', ...)" : "')");
    }
    if (withMissing.size() > kColumnsNamed)
        message +=
            " and " + plural(withMissing.size() - kColumnsNamed, "more column", "more columns");
    return message;
}

long long CsvSelection::completeRows(const CsvTable& table, const std::vector<int>& columns)
{
    const std::vector<char> complete = completeMask(table, columns);
    return std::count(complete.begin(), complete.end(), char(1));
}

bool CsvSelection::select(const CsvTable& table, const std::vector<int>& columns, bool dropMissing)
{
    for (int j : columns) {
        assert(j >= 0 && std::size_t(j) < table.columns.size());
        if (!table.isNumeric(j))
            return fail(Problem::Text, table.source + ": " + textProblem(table, j) +
                                           ": only numeric columns can be features or the target");
    }
    if (!dropMissing)
        if (std::string problem = missingProblem(table, columns); !problem.empty())
            return fail(Problem::Missing, std::move(problem));

    const Eigen::Index rows = table.values.rows();
    const std::vector<char> complete = completeMask(table, columns);
    const auto used = static_cast<Eigen::Index>(std::count(complete.begin(), complete.end(), 1));
    if (used == 0)
        return fail(Problem::NoRows, table.source + ": every row has a missing value in the "
                                                    "chosen columns; no row is left to fit");

    m_table = CsvTable{};
    m_table.source = table.source;
    m_table.values.resize(used, static_cast<Eigen::Index>(columns.size()));
    for (std::size_t k = 0; k < columns.size(); ++k) {
        m_table.columns.push_back(table.columns[std::size_t(columns[k])]);
        const double* in = table.values.col(columns[k]).data();
        double* out = m_table.values.col(static_cast<Eigen::Index>(k)).data();
        for (Eigen::Index r = 0; r < rows; ++r)
            if (complete[std::size_t(r)])
                *out++ = in[r];
    }
    m_table.content.resize(columns.size());
    m_table.droppedRows = rows - used;
    m_rowsUsed = used;
    m_rowsDropped = rows - used;
    m_problem = Problem::None;
    m_error.clear();
    return true;
}

} // namespace lev::core
