// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
// libFuzzer target: CsvReader::parse on arbitrary bytes must return true with a consistent
// table or false with a one-line message; never crash, hang or read out of bounds. Small tables
// are fitted as well: a status with a one-line message, never NaN from extreme values. Read
// again keeping text and missing cells, the numeric columns selected with their complete rows
// must be finite and the counts must add up.

#include "exploration/DataFit.h"
#include "io/CsvReader.h"
#include "io/CsvSelection.h"

#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <string_view>
#include <vector>

namespace {

void fitSmall(const lev::core::CsvTable& table)
{
    if (table.values.cols() < 2 || table.values.cols() > 20 || table.values.rows() > 200)
        return;
    std::vector<int> features;
    for (int j = 1; j < static_cast<int>(table.values.cols()); ++j)
        features.push_back(j);
    const lev::core::DataFitReport fit =
        lev::core::DataFit::run(table, 0, features, lev::core::EstimatorSettings{}, true);
    if (fit.message.find('\n') != std::string::npos)
        std::abort();
    if (fit.status == lev::core::FitStatus::Ok && !fit.correlationSpectrum.eigenvalues.allFinite())
        std::abort();
}

void checkKept(std::string_view text)
{
    lev::core::CsvReader reader;
    reader.setKeepNonNumeric(true);
    if (!reader.parse(text, "fuzz.csv")) {
        if (reader.errorString().empty() || reader.errorString().find('\n') != std::string::npos)
            std::abort();
        return;
    }
    const auto& table = reader.table();
    if (table.content.size() != table.columns.size())
        std::abort();
    std::vector<int> numeric;
    for (int j = 0; j < static_cast<int>(table.columns.size()); ++j) {
        const auto nan = static_cast<std::size_t>(table.values.col(j).array().isNaN().count());
        const auto& content = table.content[std::size_t(j)];
        if (content.isNumeric() && nan != content.missing)
            std::abort();
        if (content.isNumeric())
            numeric.push_back(j);
    }
    if (numeric.empty())
        return;
    lev::core::CsvSelection selection;
    if (!selection.select(table, numeric, true)) {
        if (selection.problem() != lev::core::CsvSelection::Problem::NoRows ||
            selection.errorString().find('\n') != std::string::npos)
            std::abort();
        return;
    }
    if (selection.rowsUsed() + selection.rowsDropped() != table.values.rows() ||
        !selection.table().values.allFinite() ||
        selection.rowsUsed() != lev::core::CsvSelection::completeRows(table, numeric))
        std::abort();
    fitSmall(selection.table());
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    lev::core::CsvReader reader;
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    if (reader.parse(text, "fuzz.csv")) {
        const auto& table = reader.table();
        if (table.values.cols() != static_cast<long>(table.columns.size()) ||
            table.values.rows() < 1 || !table.values.allFinite() || !table.isComplete())
            std::abort();
        // A small table is fitted too: a status with a one-line message, or finite spectra
        // (values whose squares overflow or underflow must be refused, never become NaN).
        fitSmall(table);
    } else if (reader.errorString().empty() ||
               reader.errorString().find('\n') != std::string::npos) {
        std::abort();
    }
    checkKept(text);
    return 0;
}
