// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#pragma once
// A table read from a CSV file: named columns, one row per data line. A cell that is not a
// number (missing or text, see CsvColumn) is NaN; CsvSelection takes the numeric part.

#include "io/CsvColumn.h"

#include <Eigen/Dense>
#include <string>
#include <vector>

namespace lev::core {

struct CsvTable
{
    std::string source;               ///< the file name, for messages
    std::vector<std::string> columns; ///< header names, trimmed and unquoted
    Eigen::MatrixXd values;           ///< rows x columns; NaN where a cell is not a number
    std::vector<CsvColumn> content;   ///< per column (empty: every cell is a number)
    long long droppedRows = 0;        ///< rows CsvSelection left out for a missing value

    /// The index of a column, or -1.
    int columnIndex(const std::string& name) const;
    /// Whether column `j` holds only numbers (missing cells allowed).
    bool isNumeric(int j) const;
    /// Whether every cell of the table is a finite number.
    bool isComplete() const;
};

} // namespace lev::core
