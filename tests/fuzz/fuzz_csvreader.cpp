// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
// libFuzzer target: CsvReader::parse on arbitrary bytes must return true with a consistent
// table or false with a one-line message; never crash, hang or read out of bounds. Small tables
// are fitted as well: a status with a one-line message, never NaN from extreme values.

#include "exploration/DataFit.h"
#include "io/CsvReader.h"

#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <string_view>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    lev::core::CsvReader reader;
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    if (reader.parse(text, "fuzz.csv")) {
        const auto& table = reader.table();
        if (table.values.cols() != static_cast<long>(table.columns.size()) ||
            table.values.rows() < 1 || !table.values.allFinite())
            std::abort();
        // A small table is fitted too: a status with a one-line message, or finite spectra
        // (values whose squares overflow or underflow must be refused, never become NaN).
        if (table.values.cols() >= 2 && table.values.cols() <= 20 && table.values.rows() <= 200) {
            std::vector<int> features;
            for (int j = 1; j < static_cast<int>(table.values.cols()); ++j)
                features.push_back(j);
            const lev::core::DataFitReport fit =
                lev::core::DataFit::run(table, 0, features, lev::core::EstimatorSettings{}, true);
            if (fit.message.find('\n') != std::string::npos)
                std::abort();
            if (fit.status == lev::core::FitStatus::Ok &&
                !fit.correlationSpectrum.eigenvalues.allFinite())
                std::abort();
        }
    } else if (reader.errorString().empty() ||
               reader.errorString().find('\n') != std::string::npos) {
        std::abort();
    }
    return 0;
}
