// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#pragma once
// A numeric table read from a CSV file: named columns, one row per data line.

#include <Eigen/Dense>
#include <string>
#include <vector>

namespace lev::core {

struct CsvTable
{
    std::string source;               ///< the file name, for messages
    std::vector<std::string> columns; ///< header names, trimmed and unquoted
    Eigen::MatrixXd values;           ///< rows x columns, every value finite

    /// The index of a column, or -1.
    int columnIndex(const std::string& name) const;
};

} // namespace lev::core
