// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
// libFuzzer target: CsvReader::parse on arbitrary bytes must return true with a consistent
// table or false with a one-line message; never crash, hang or read out of bounds.

#include "io/CsvReader.h"

#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    lev::core::CsvReader reader;
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    if (reader.parse(text, "fuzz.csv")) {
        const auto& table = reader.table();
        if (table.values.cols() != static_cast<long>(table.columns.size()) ||
            table.values.rows() < 1 || !table.values.allFinite())
            std::abort();
    } else if (reader.errorString().empty() ||
               reader.errorString().find('\n') != std::string::npos) {
        std::abort();
    }
    return 0;
}
