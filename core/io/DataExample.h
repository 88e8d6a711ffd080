// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#pragma once
// The example data sets bundled with the application (File ▸ Examples): a CSV compiled in as a
// resource, the column to predict, and the data's story.

#include <optional>
#include <string>
#include <vector>

namespace lev::core {

struct DataExample
{
    std::string id;       ///< for the command line: --example ID
    std::string title;    ///< for the menu
    std::string resource; ///< the CSV, e.g. ":/examples/longley.csv"
    std::string target;   ///< the column to predict; every other column is a feature
    std::string story;    ///< where the data come from and what they are famous for

    static const std::vector<DataExample>& all();
    static std::optional<DataExample> byId(const std::string& id);
};

} // namespace lev::core
