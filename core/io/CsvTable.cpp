// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
// CsvTable: column lookup by exact name.

#include "io/CsvTable.h"

#include <algorithm>

namespace lev::core {

int CsvTable::columnIndex(const std::string& name) const
{
    const auto it = std::find(columns.begin(), columns.end(), name);
    return it == columns.end() ? -1 : static_cast<int>(it - columns.begin());
}

} // namespace lev::core
