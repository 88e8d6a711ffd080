// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#pragma once
// Reads real-world CSV: UTF-8 with or without BOM, LF or CRLF line ends, quoted fields (RFC
// 4180), headers with spaces, ',' or ';' as the separator (detected from the header line; with
// ';' a decimal comma is read as a point). Only regular files within the limits below are read
// (InputFile). Anything else is an error value naming the file, line and column, in one line:
//   "data.csv:3:2: column 'b': 'two' is not a finite number"
// Every cell must be a number unless setKeepNonNumeric(true): then text and missing cells are
// NaN, described per column (CsvColumn), and CsvSelection picks the numeric columns wanted.

#include "io/CsvTable.h"

#include <functional>
#include <string>
#include <string_view>
#include <utility>

namespace lev::core {

class CsvReader
{
public:
    /// What is read at most: the file's size, its columns and its cells (rows x columns). The
    /// text, the row-major values and the table are in memory together: 512 MiB + 2 x 400 MB.
    static constexpr std::size_t kMaxBytes = std::size_t(512) << 20;
    static constexpr std::size_t kMaxColumns = 100000;
    static constexpr std::size_t kMaxCells = 50000000;

    /// Reads and parses a file. False (and errorString()) on any problem.
    bool readFile(const std::string& path);
    /// Parses text; `source` names it in messages.
    bool parse(std::string_view text, const std::string& source);

    /// Keep cells that are not numbers (text, empty, NA, NaN, '.') instead of failing.
    void setKeepNonNumeric(bool keep) { m_keepNonNumeric = keep; }

    /// Called now and then with the fraction done (reading, then parsing), on the reading
    /// thread; returning false cancels: the read fails with "FILE: import cancelled".
    void setProgressHandler(std::function<bool(double fraction)> handler);

    const CsvTable& table() const { return m_table; }
    /// Moves the table out (a large file need not be copied); the reader is left empty.
    CsvTable takeTable() { return std::exchange(m_table, CsvTable{}); }
    const std::string& errorString() const { return m_error; }
    /// Whether the last read stopped because the progress handler asked to.
    bool cancelled() const { return m_cancelled; }

private:
    bool parseFrom(std::string_view text, const std::string& source, double parseStart);
    bool report(double fraction) const;
    bool fail(std::string message);

    CsvTable m_table;
    std::string m_error;
    std::function<bool(double)> m_progress;
    bool m_cancelled = false;
    bool m_keepNonNumeric = false;
};

} // namespace lev::core
