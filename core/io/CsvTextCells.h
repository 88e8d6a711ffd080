// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#pragma once
// The cells of some columns of a CSV file as written (trimmed, unquoted), one string per data
// row in the order CsvReader reads the rows: what a categorical feature needs, since CsvTable
// keeps only numbers. Separator and quoting as in CsvReader.

#include <string>
#include <string_view>
#include <vector>

namespace lev::core {

class CsvTextCells
{
public:
    /// Reads `path` and keeps the cells of `columns` (indices into the header). False and
    /// errorString() on a problem.
    bool readFile(const std::string& path, const std::vector<int>& columns);
    /// The same on text; `source` names it in messages.
    bool parse(std::string_view text, const std::string& source, const std::vector<int>& columns);

    /// cells()[k][r]: the cell of columns[k] in data row r.
    const std::vector<std::vector<std::string>>& cells() const { return m_cells; }
    const std::string& errorString() const { return m_error; }

private:
    std::vector<std::vector<std::string>> m_cells;
    std::string m_error;
};

} // namespace lev::core
