// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#pragma once
// What a CSV column's cells hold: numbers, missing values (empty, NA, NaN, '.') or text. Only
// a numeric column can be a feature or the target; its missing cells are NaN in CsvTable.

#include <cstddef>
#include <string>

namespace lev::core {

struct CsvColumn
{
    std::size_t missing = 0;         ///< cells that are empty, NA, NaN or '.'
    std::size_t firstMissingRow = 0; ///< the file line where the first of them is
    std::string firstMissing;        ///< that cell as written ("" when empty)
    std::size_t textRow = 0;         ///< the file line of the first text cell; 0: none
    std::string text;                ///< that cell, unquoted (a cell neither number nor missing)

    bool isNumeric() const { return textRow == 0; }
};

} // namespace lev::core
