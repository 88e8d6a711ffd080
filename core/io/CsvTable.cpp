// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
// CsvTable: column lookup by exact name and what the cells hold.

#include "io/CsvTable.h"

#include <algorithm>
#include <cassert>

namespace lev::core {

int CsvTable::columnIndex(const std::string& name) const
{
    const auto it = std::find(columns.begin(), columns.end(), name);
    return it == columns.end() ? -1 : static_cast<int>(it - columns.begin());
}

bool CsvTable::isNumeric(int j) const
{
    assert(j >= 0 && (content.empty() || std::size_t(j) < content.size()));
    return content.empty() || content[std::size_t(j)].isNumeric();
}

bool CsvTable::isComplete() const
{
    return std::all_of(content.begin(), content.end(),
                       [](const CsvColumn& c) { return c.isNumeric() && c.missing == 0; });
}

} // namespace lev::core
