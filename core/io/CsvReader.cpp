// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
// CsvReader: the file is read by InputFile, split into fields by CsvTokenizer, numbers are read
// by CsvNumber, and values are kept row-major until the table is complete.

#include "io/CsvReader.h"

#include "io/CsvNumber.h"
#include "io/CsvTokenizer.h"
#include "io/InputFile.h"
#include "io/Utf8Text.h"

#include <algorithm>
#include <cstring>
#include <functional>
#include <limits>
#include <new>
#include <unordered_map>
#include <utility>
#include <vector>

namespace lev::core {
namespace {

constexpr std::string_view kBom = "\xEF\xBB\xBF";
constexpr std::size_t kValueDisplayLimit = 30;
constexpr std::size_t kNameDisplayLimit = 60;

/// The content of a quoted field with each doubled quote made single.
std::string unescapeQuotes(std::string_view s)
{
    std::string out;
    out.reserve(s.size());
    for (std::size_t i = 0; i < s.size(); ++i) {
        out += s[i];
        if (s[i] == '"' && i + 1 < s.size() && s[i + 1] == '"')
            ++i;
    }
    return out;
}

/// The number of '\n' bytes in `s` (memchr is vectorised, std::count at -O2 is not).
std::size_t countNewlines(std::string_view s)
{
    std::size_t count = 0;
    const char* const end = s.data() + s.size();
    for (const char* p = s.data();
         (p = static_cast<const char*>(std::memchr(p, '\n', static_cast<std::size_t>(end - p))));
         ++p)
        ++count;
    return count;
}

std::string at(const std::string& source, std::size_t line)
{
    return source + ':' + std::to_string(line) + ": ";
}

std::string at(const std::string& source, std::size_t line, std::size_t column)
{
    return source + ':' + std::to_string(line) + ':' + std::to_string(column) + ": ";
}

/// Parses `text` into `table`; an empty string on success, else the one-line error message.
/// `onRows(bytesParsed)` is called every kProgressRows rows; false stops with kCancelled.
constexpr std::size_t kProgressRows = 2048;
/// The part of the progress bar that reading the bytes takes; parsing takes the rest.
constexpr double kReadShare = 0.1;
constexpr const char* kCancelled = "import cancelled";

/// With `keepNonNumeric`, a cell that is not a number is NaN and noted in table.content.
std::string parseTable(std::string_view text, const std::string& source, CsvTable& table,
                       bool keepNonNumeric, const std::function<bool(std::size_t)>& onRows)
{
    if (text.substr(0, kBom.size()) == kBom)
        text.remove_prefix(kBom.size());
    const char separator = CsvTokenizer::detectSeparator(text);
    const bool decimalComma = separator == ';';
    CsvTokenizer tokenizer(text, source, separator);
    tokenizer.setMaxFields(CsvReader::kMaxColumns);
    std::vector<CsvTokenizer::Field> fields;
    std::vector<double> values;
    std::vector<std::string>& columns = table.columns;
    bool haveHeader = false;
    std::size_t firstBlankLine = 0;
    std::size_t rows = 0;

    for (;;) {
        const std::size_t line = tokenizer.line();
        const CsvTokenizer::Result result = tokenizer.next(fields);
        if (result == CsvTokenizer::Result::Error)
            return tokenizer.error();
        if (result == CsvTokenizer::Result::End)
            break;
        if (result == CsvTokenizer::Result::BlankLine) {
            if (firstBlankLine == 0)
                firstBlankLine = line;
            continue;
        }
        if (firstBlankLine != 0)
            return at(source, firstBlankLine) +
                   "unexpected blank line; blank lines are allowed only at the end";

        if (!haveHeader) {
            haveHeader = true;
            columns.reserve(fields.size());
            std::unordered_map<std::string_view, std::size_t> seen;
            for (std::size_t i = 0; i < fields.size(); ++i) {
                const CsvTokenizer::Field& f = fields[i];
                std::string name = f.doubledQuotes ? unescapeQuotes(f.text) : std::string(f.text);
                if (CsvTokenizer::trim(name).empty())
                    return at(source, f.line, i + 1) + "empty column name";
                columns.push_back(std::move(name));
                if (!seen.emplace(columns.back(), i).second)
                    return at(source, f.line, i + 1) + "duplicate column name '" +
                           Utf8Text::display(columns.back(), kNameDisplayLimit) + "'";
            }
            table.content.resize(columns.size());
            // At most one row per remaining line end: reserve once instead of regrowing.
            const std::size_t lineEnds = countNewlines(text.substr(tokenizer.position()));
            values.reserve(std::min((lineEnds + 1) * columns.size(), CsvReader::kMaxCells));
            continue;
        }

        if (fields.size() != columns.size()) {
            const std::size_t n = columns.size();
            return at(source, line) + "expected " + std::to_string(n) +
                   (n == 1 ? " field" : " fields") + " as in the header, found " +
                   std::to_string(fields.size());
        }
        if ((rows + 1) * columns.size() > CsvReader::kMaxCells)
            return at(source, line) + "more than " + std::to_string(CsvReader::kMaxCells) +
                   " cells (rows x columns): at most " +
                   std::to_string(CsvReader::kMaxCells / columns.size()) + " rows of " +
                   std::to_string(columns.size()) + " columns are read";
        for (std::size_t i = 0; i < fields.size(); ++i) {
            const CsvTokenizer::Field& f = fields[i];
            const std::string_view cell = f.quoted ? CsvTokenizer::trim(f.text) : f.text;
            const auto column = [&] {
                return at(source, f.line, i + 1) + "column '" +
                       Utf8Text::display(columns[i], kNameDisplayLimit) + "': ";
            };
            double value = 0.0;
            if (CsvNumber::parse(cell, value, decimalComma)) {
                values.push_back(value);
                continue;
            }
            const auto shown = [&] {
                return Utf8Text::display(f.doubledQuotes ? unescapeQuotes(cell) : std::string(cell),
                                         kValueDisplayLimit);
            };
            if (!keepNonNumeric)
                return cell.empty() ? column() + "missing value"
                                    : column() + "'" + shown() + "' is not a finite number";
            CsvColumn& content = table.content[i];
            if (CsvNumber::isMissing(cell)) {
                if (content.missing++ == 0) {
                    content.firstMissingRow = f.line;
                    content.firstMissing = shown();
                }
            } else if (content.textRow == 0) {
                content.textRow = f.line;
                content.text = shown();
            }
            values.push_back(std::numeric_limits<double>::quiet_NaN());
        }
        ++rows;
        if (onRows && rows % kProgressRows == 0 && !onRows(tokenizer.position()))
            return source + ": " + kCancelled;
    }

    if (!haveHeader)
        return source + ": the file is empty";
    if (rows == 0)
        return source + ": no data rows below the header";

    // Transposed copy in blocks of rows, so that the row-major source stays in cache.
    const std::size_t columnCount = columns.size();
    table.values.resize(static_cast<Eigen::Index>(rows), static_cast<Eigen::Index>(columnCount));
    constexpr std::size_t kBlockRows = 64;
    for (std::size_t first = 0; first < rows; first += kBlockRows) {
        const std::size_t last = std::min(rows, first + kBlockRows);
        for (std::size_t c = 0; c < columnCount; ++c) {
            double* out = table.values.col(static_cast<Eigen::Index>(c)).data();
            for (std::size_t r = first; r < last; ++r)
                out[r] = values[r * columnCount + c];
        }
    }
    table.source = source;
    return {};
}

} // namespace

bool CsvReader::readFile(const std::string& path)
{
    m_cancelled = false;
    InputFile file(path, kMaxBytes, "a CSV file");
    file.setProgressHandler([this](std::size_t done, std::size_t total) {
        return report(kReadShare * static_cast<double>(done) /
                      static_cast<double>(std::max<std::size_t>(total, 1)));
    });
    if (!file.read()) {
        m_cancelled = file.cancelled();
        return fail(file.errorString());
    }
    const std::string data = file.takeData();
    return parseFrom(data, path, kReadShare);
}

bool CsvReader::parse(std::string_view text, const std::string& source)
{
    m_cancelled = false;
    return parseFrom(text, source, 0.0);
}

bool CsvReader::parseFrom(std::string_view text, const std::string& source, double parseStart)
{
    m_table = CsvTable{};
    const auto onRows = [&](std::size_t parsed) {
        const double share = static_cast<double>(parsed) /
                             static_cast<double>(std::max<std::size_t>(text.size(), 1));
        if (report(parseStart + (1.0 - parseStart) * share))
            return true;
        m_cancelled = true;
        return false;
    };
    std::string error;
    try {
        error = m_progress ? parseTable(text, source, m_table, m_keepNonNumeric, onRows)
                           : parseTable(text, source, m_table, m_keepNonNumeric, {});
    } catch (const std::bad_alloc&) {
        error = source + ": not enough memory to read " + std::to_string(text.size()) + " bytes";
    }
    if (!error.empty())
        return fail(std::move(error));
    m_error.clear();
    report(1.0);
    return true;
}

void CsvReader::setProgressHandler(std::function<bool(double fraction)> handler)
{
    m_progress = std::move(handler);
}

bool CsvReader::report(double fraction) const
{
    return !m_progress || m_progress(std::clamp(fraction, 0.0, 1.0));
}

bool CsvReader::fail(std::string message)
{
    m_table = CsvTable{};
    m_error = std::move(message);
    return false;
}

} // namespace lev::core
