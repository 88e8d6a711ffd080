// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#pragma once
// Categorical features as indicator columns: each factor column becomes one 0/1 column per level
// but the reference (the first level in sorted order unless chosen), named "column[level]". The
// levels are those of the rows that will be used; a factor with a single level is an error.

#include "io/CsvTable.h"

#include <map>
#include <string>
#include <vector>

namespace lev::core {

struct Factor
{
    std::string column;              ///< the CSV column
    std::vector<std::string> levels; ///< sorted (numerically when every level is a number)
    std::string reference;           ///< the level without a column
    int first = 0;                   ///< its first indicator among the design's feature columns
    int count = 0;                   ///< levels - 1 indicators
};

class FactorDesign
{
public:
    enum class Problem
    {
        None,
        Text,      ///< a chosen column that is not a factor holds text
        Missing,   ///< a chosen column has missing values and dropping was not asked for
        OneLevel,  ///< a factor has a single level
        Reference, ///< a chosen reference level does not occur
        NoRows     ///< every row has a missing value
    };

    /// Builds the design from the `chosen` columns of `table` (features, then the target last).
    /// `factors` are the chosen features to encode, `cells[k]` the cells of factors[k] as
    /// written (CsvTextCells), `references` maps a factor column to its reference level.
    bool build(const CsvTable& table, const std::vector<int>& chosen,
               const std::vector<int>& factors, const std::vector<std::vector<std::string>>& cells,
               const std::map<std::string, std::string>& references, bool dropMissing);

    /// The numeric design: the features' columns (indicators in place of each factor), then the
    /// target; every row of the input, NaN in each column of a row with a missing value, so that
    /// CsvSelection drops and counts those rows.
    const CsvTable& table() const { return m_table; }
    const std::vector<Factor>& factors() const { return m_factors; }
    Problem problem() const { return m_problem; }
    /// One line naming the column, e.g. "data.csv: column 'site' has a single level ('a')".
    const std::string& errorString() const { return m_error; }

    /// `levels` sorted: numerically when every one is a number, else byte by byte.
    static void sortLevels(std::vector<std::string>& levels);

private:
    bool fail(Problem problem, std::string message);

    CsvTable m_table;
    std::vector<Factor> m_factors;
    Problem m_problem = Problem::None;
    std::string m_error;
};

} // namespace lev::core
