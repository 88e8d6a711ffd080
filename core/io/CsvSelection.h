// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#pragma once
// The columns chosen from a CsvTable (features and target) as a table of finite numbers: each
// chosen column must hold numbers; a row with a missing value in one of them is an error or,
// when asked, dropped and counted. The other columns are ignored, whatever they hold.

#include "io/CsvTable.h"

#include <string>
#include <utility>
#include <vector>

namespace lev::core {

class CsvSelection
{
public:
    enum class Problem
    {
        None,
        Text,    ///< a chosen column holds text
        Missing, ///< a chosen column has missing values and dropping was not asked for
        NoRows   ///< every row has a missing value in a chosen column
    };

    /// Selects `columns` (distinct indices of `table`); false and errorString() on a problem.
    bool select(const CsvTable& table, const std::vector<int>& columns, bool dropMissing);

    /// The chosen columns, in the order given, with the complete rows only.
    const CsvTable& table() const { return m_table; }
    CsvTable takeTable() { return std::exchange(m_table, CsvTable{}); }
    long long rowsUsed() const { return m_rowsUsed; }
    long long rowsDropped() const { return m_rowsDropped; }
    Problem problem() const { return m_problem; }
    /// One line naming the column, e.g. "data.csv: column 'y' has 1 missing value (row 7,
    /// 'NA')"; the caller adds how to drop the rows.
    const std::string& errorString() const { return m_error; }

    /// "column 'site' holds text, e.g. 'site 1' in row 3", for column `j` of `table`.
    static std::string textProblem(const CsvTable& table, int j);
    /// "data.csv: column 'y' has 1 missing value (row 7, 'NA')" for the chosen `columns` that
    /// have some, or empty when none has.
    static std::string missingProblem(const CsvTable& table, const std::vector<int>& columns);
    /// The rows with a number in every one of `columns`.
    static long long completeRows(const CsvTable& table, const std::vector<int>& columns);

private:
    bool fail(Problem problem, std::string message);

    CsvTable m_table;
    long long m_rowsUsed = 0;
    long long m_rowsDropped = 0;
    Problem m_problem = Problem::None;
    std::string m_error;
};

} // namespace lev::core
