// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
// CsvReader: one pass over the bytes with a byte-class table; fields are views into the text,
// numbers are read with std::from_chars (locale-independent), values are kept row-major.

#include "io/CsvReader.h"

#include <algorithm>
#include <array>
#include <cerrno>
#include <charconv>
#include <cmath>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <functional>
#include <limits>
#include <system_error>
#include <unordered_map>
#include <utility>
#include <vector>

namespace lev::core {
namespace {

constexpr std::string_view kBom = "\xEF\xBB\xBF";
constexpr std::size_t kValueDisplayLimit = 30;
constexpr std::size_t kNameDisplayLimit = 60;

bool isBlank(char c)
{
    return c == ' ' || c == '\t';
}

std::string_view trim(std::string_view s)
{
    while (!s.empty() && isBlank(s.front()))
        s.remove_prefix(1);
    while (!s.empty() && isBlank(s.back()))
        s.remove_suffix(1);
    return s;
}

/// Length of the valid UTF-8 sequence starting at `p` (a byte >= 0x80), or 0 if it is invalid.
std::size_t utf8SequenceLength(const unsigned char* p, const unsigned char* end)
{
    const unsigned lead = p[0];
    std::size_t length = 0;
    unsigned low = 0x80;
    unsigned high = 0xBF;
    if (lead >= 0xC2 && lead <= 0xDF) {
        length = 2;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
        length = 3;
        if (lead == 0xE0)
            low = 0xA0; // overlong
        else if (lead == 0xED)
            high = 0x9F; // surrogates
    } else if (lead >= 0xF0 && lead <= 0xF4) {
        length = 4;
        if (lead == 0xF0)
            low = 0x90; // overlong
        else if (lead == 0xF4)
            high = 0x8F; // above U+10FFFF
    } else {
        return 0;
    }
    if (static_cast<std::size_t>(end - p) < length || p[1] < low || p[1] > high)
        return 0;
    for (std::size_t i = 2; i < length; ++i) {
        if ((p[i] & 0xC0) != 0x80)
            return 0;
    }
    return length;
}

void appendHexEscape(std::string& out, unsigned char c)
{
    static constexpr char kHex[] = "0123456789abcdef";
    out += "\\x";
    out += kHex[c >> 4];
    out += kHex[c & 0xF];
}

/// `s` for a one-line message: at most `limit` characters, control and invalid bytes escaped.
std::string displayText(std::string_view s, std::size_t limit)
{
    const auto* bytes = reinterpret_cast<const unsigned char*>(s.data());
    const auto* end = bytes + s.size();
    std::string out;
    std::size_t characters = 0;
    for (std::size_t i = 0; i < s.size(); ++characters) {
        if (characters == limit) {
            out += "...";
            break;
        }
        const unsigned char c = bytes[i];
        if (c >= 0x80) {
            const std::size_t length = utf8SequenceLength(bytes + i, end);
            const bool c1Control = length == 2 && c == 0xC2 && bytes[i + 1] < 0xA0;
            const bool lineSeparator = length == 3 && c == 0xE2 && bytes[i + 1] == 0x80 &&
                                       (bytes[i + 2] == 0xA8 || bytes[i + 2] == 0xA9);
            if (length == 0 || c1Control || lineSeparator) {
                const std::size_t n = length == 0 ? 1 : length;
                for (std::size_t k = 0; k < n; ++k)
                    appendHexEscape(out, bytes[i + k]);
                i += n;
            } else {
                out.append(s.substr(i, length));
                i += length;
            }
            continue;
        }
        if (c == '\\')
            out += "\\\\";
        else if (c == '\n')
            out += "\\n";
        else if (c == '\r')
            out += "\\r";
        else if (c == '\t')
            out += "\\t";
        else if (c < 0x20 || c == 0x7F)
            appendHexEscape(out, c);
        else
            out += static_cast<char>(c);
        ++i;
    }
    return out;
}

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

/// For text std::from_chars found out of range: true if the value is too small, not too large.
bool isUnderflow(std::string_view s)
{
    std::size_t i = 0;
    if (i < s.size() && (s[i] == '+' || s[i] == '-'))
        ++i;
    long long integerDigits = 0;
    long long leadingFractionZeros = 0;
    bool afterPoint = false;
    bool significant = false;
    for (; i < s.size() && s[i] != 'e' && s[i] != 'E'; ++i) {
        if (s[i] == '.') {
            afterPoint = true;
            continue;
        }
        if (!significant && s[i] == '0') {
            leadingFractionZeros += afterPoint ? 1 : 0;
            continue;
        }
        significant = true;
        integerDigits += afterPoint ? 0 : 1;
    }
    long long exponent = 0;
    bool negativeExponent = false;
    if (i < s.size()) {
        ++i;
        if (i < s.size() && (s[i] == '+' || s[i] == '-'))
            negativeExponent = s[i++] == '-';
        for (; i < s.size() && exponent < 1'000'000'000; ++i)
            exponent = exponent * 10 + (s[i] - '0');
    }
    const long long leadingDigit =
        integerDigits > 0 ? integerDigits - 1 : -(leadingFractionZeros + 1);
    return leadingDigit + (negativeExponent ? -exponent : exponent) < 0;
}

/// Reads a whole, already trimmed field as a finite double; accepts one leading '+'.
bool parseFiniteNumber(std::string_view s, double& value)
{
    const char* first = s.data();
    const char* last = first + s.size();
    if (first != last && *first == '+') {
        ++first;
        if (first == last || *first == '-' || *first == '+')
            return false;
    }
    const auto [end, ec] = std::from_chars(first, last, value, std::chars_format::general);
    if (end != last || ec == std::errc::invalid_argument)
        return false;
    if (ec == std::errc::result_out_of_range) {
        if (!isUnderflow(s))
            return false;
        value = s.front() == '-' ? -0.0 : 0.0;
    }
    return std::isfinite(value);
}

struct Field
{
    std::string_view text; ///< unquoted: trimmed; quoted: between the quotes, quotes still doubled
    std::size_t line = 0;  ///< where the field starts
    bool quoted = false;
    bool doubledQuotes = false;
};

/// Splits the text into records of fields, checking that it is text as it goes.
class Tokenizer
{
public:
    enum class Result
    {
        Record,
        BlankLine,
        End,
        Error
    };

    Tokenizer(std::string_view text, const std::string& source, char separator)
        : m_bytes(reinterpret_cast<const unsigned char*>(text.data())), m_size(text.size()),
          m_source(source)
    {
        m_class.fill(Plain);
        m_class[0] = Check;
        for (std::size_t c = 0x80; c < 0x100; ++c)
            m_class[c] = Check;
        m_class['\r'] = LineEnd;
        m_class['\n'] = LineEnd;
        m_class[static_cast<unsigned char>(separator)] = Separator;
    }

    /// The 1-based line where the next record starts.
    std::size_t line() const { return m_line; }
    std::size_t position() const { return m_pos; }
    const std::string& error() const { return m_error; }

    Result next(std::vector<Field>& fields)
    {
        fields.clear();
        if (m_pos == m_size)
            return Result::End;
        std::size_t p = m_pos;
        while (p < m_size && isBlank(static_cast<char>(m_bytes[p])))
            ++p;
        if (p == m_size || m_bytes[p] == '\r' || m_bytes[p] == '\n') {
            m_pos = p;
            consumeLineEnd();
            return Result::BlankLine;
        }
        for (;;) {
            while (m_pos < m_size && isBlank(static_cast<char>(m_bytes[m_pos])))
                ++m_pos;
            Field field;
            field.line = m_line;
            const bool ok = m_pos < m_size && m_bytes[m_pos] == '"'
                                ? readQuoted(field, fields.size())
                                : readUnquoted(field);
            if (!ok)
                return Result::Error;
            fields.push_back(field);
            if (m_pos == m_size)
                return Result::Record;
            if (m_class[m_bytes[m_pos]] == Separator) {
                ++m_pos;
                continue;
            }
            consumeLineEnd();
            return Result::Record;
        }
    }

private:
    enum ByteClass : unsigned char
    {
        Plain,
        Separator,
        LineEnd,
        Check
    };

    std::string_view view(std::size_t from, std::size_t to) const
    {
        return {reinterpret_cast<const char*>(m_bytes) + from, to - from};
    }

    void consumeLineEnd()
    {
        if (m_pos < m_size && m_bytes[m_pos] == '\r') {
            ++m_pos;
            if (m_pos < m_size && m_bytes[m_pos] == '\n')
                ++m_pos;
            ++m_line;
        } else if (m_pos < m_size && m_bytes[m_pos] == '\n') {
            ++m_pos;
            ++m_line;
        }
    }

    /// Steps over a NUL or non-ASCII byte sequence at m_pos if it is valid UTF-8 text.
    bool checkText()
    {
        const std::size_t length =
            m_bytes[m_pos] == 0 ? 0 : utf8SequenceLength(m_bytes + m_pos, m_bytes + m_size);
        if (length == 0) {
            m_error = m_source + ':' + std::to_string(m_line) +
                      ": not a text file (binary or invalid UTF-8 content)";
            return false;
        }
        m_pos += length;
        return true;
    }

    bool readUnquoted(Field& field)
    {
        const std::size_t start = m_pos;
        for (;;) {
            std::size_t p = m_pos; // a local index keeps the hot loop in registers
            while (p < m_size && m_class[m_bytes[p]] == Plain)
                ++p;
            m_pos = p;
            if (p == m_size || m_class[m_bytes[p]] != Check)
                break;
            if (!checkText())
                return false;
        }
        field.text = trim(view(start, m_pos));
        return true;
    }

    bool readQuoted(Field& field, std::size_t index)
    {
        field.quoted = true;
        const std::size_t start = ++m_pos;
        for (;;) {
            if (m_pos == m_size) {
                m_error =
                    m_source + ':' + std::to_string(field.line) + ": unterminated quoted field";
                return false;
            }
            const unsigned char c = m_bytes[m_pos];
            if (c == '"') {
                if (m_pos + 1 < m_size && m_bytes[m_pos + 1] == '"') {
                    field.doubledQuotes = true;
                    m_pos += 2;
                    continue;
                }
                break;
            }
            if (c == '\r' || c == '\n') {
                consumeLineEnd();
            } else if (c == 0 || c >= 0x80) {
                if (!checkText())
                    return false;
            } else {
                ++m_pos;
            }
        }
        field.text = view(start, m_pos++);
        while (m_pos < m_size && isBlank(static_cast<char>(m_bytes[m_pos])))
            ++m_pos;
        if (m_pos < m_size && m_class[m_bytes[m_pos]] != Separator &&
            m_class[m_bytes[m_pos]] != LineEnd) {
            m_error = m_source + ':' + std::to_string(m_line) + ':' + std::to_string(index + 1) +
                      ": text after the closing quote of a quoted field";
            return false;
        }
        return true;
    }

    const unsigned char* m_bytes;
    std::size_t m_size;
    const std::string& m_source;
    std::array<unsigned char, 256> m_class{};
    std::size_t m_pos = 0;
    std::size_t m_line = 1;
    std::string m_error;
};

/// The first ',' or ';' outside quotes on the first non-blank line; ',' if there is none.
char detectSeparator(std::string_view text)
{
    bool atFieldStart = true;
    bool lineHasContent = false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c == ',' || c == ';')
            return c;
        if (c == '\r' || c == '\n') {
            if (lineHasContent)
                break;
            atFieldStart = true;
        } else if (c == '"' && atFieldStart) {
            std::size_t j = i + 1; // to the closing quote; a doubled quote does not close
            while (j < text.size() &&
                   !(text[j] == '"' && (j + 1 == text.size() || text[j + 1] != '"')))
                j += text[j] == '"' ? 2 : 1;
            i = j; // the loop's ++i steps past the closing quote
            atFieldStart = false;
            lineHasContent = true;
        } else if (!isBlank(c)) {
            atFieldStart = false;
            lineHasContent = true;
        }
    }
    return ',';
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

std::string parseTable(std::string_view text, const std::string& source, CsvTable& table,
                       const std::function<bool(std::size_t)>& onRows)
{
    if (text.substr(0, kBom.size()) == kBom)
        text.remove_prefix(kBom.size());
    Tokenizer tokenizer(text, source, detectSeparator(text));
    std::vector<Field> fields;
    std::vector<double> values;
    std::vector<std::string>& columns = table.columns;
    bool haveHeader = false;
    std::size_t firstBlankLine = 0;
    std::size_t rows = 0;

    for (;;) {
        const std::size_t line = tokenizer.line();
        const Tokenizer::Result result = tokenizer.next(fields);
        if (result == Tokenizer::Result::Error)
            return tokenizer.error();
        if (result == Tokenizer::Result::End)
            break;
        if (result == Tokenizer::Result::BlankLine) {
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
                const Field& f = fields[i];
                std::string name = f.doubledQuotes ? unescapeQuotes(f.text) : std::string(f.text);
                if (trim(name).empty())
                    return at(source, f.line, i + 1) + "empty column name";
                columns.push_back(std::move(name));
                if (!seen.emplace(columns.back(), i).second)
                    return at(source, f.line, i + 1) + "duplicate column name '" +
                           displayText(columns.back(), kNameDisplayLimit) + "'";
            }
            // At most one row per remaining line end: reserve once instead of regrowing.
            const std::size_t lineEnds = countNewlines(text.substr(tokenizer.position()));
            values.reserve((lineEnds + 1) * columns.size());
            continue;
        }

        if (fields.size() != columns.size()) {
            const std::size_t n = columns.size();
            return at(source, line) + "expected " + std::to_string(n) +
                   (n == 1 ? " field" : " fields") + " as in the header, found " +
                   std::to_string(fields.size());
        }
        for (std::size_t i = 0; i < fields.size(); ++i) {
            const Field& f = fields[i];
            const std::string_view cell = f.quoted ? trim(f.text) : f.text;
            const auto column = [&] {
                return at(source, f.line, i + 1) + "column '" +
                       displayText(columns[i], kNameDisplayLimit) + "': ";
            };
            if (cell.empty())
                return column() + "missing value";
            double value = 0.0;
            if (!parseFiniteNumber(cell, value)) {
                const std::string shown =
                    f.doubledQuotes ? unescapeQuotes(cell) : std::string(cell);
                return column() + "'" + displayText(shown, kValueDisplayLimit) +
                       "' is not a finite number";
            }
            values.push_back(value);
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
    std::error_code ec;
    if (std::filesystem::is_directory(path, ec))
        return fail(path + ": cannot open: " + std::strerror(EISDIR));
    errno = 0;
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        const int error = errno;
        return fail(path +
                    ": cannot open: " + (error != 0 ? std::strerror(error) : "unknown error"));
    }
    std::string data;
    in.seekg(0, std::ios::end);
    const std::streamoff size = in.tellg();
    if (size > 0)
        data.reserve(static_cast<std::size_t>(size));
    in.clear();
    in.seekg(0, std::ios::beg);
    std::array<char, 1 << 20> buffer;
    while (in.read(buffer.data(), buffer.size()) || in.gcount() > 0) {
        data.append(buffer.data(), static_cast<std::size_t>(in.gcount()));
        if (!report(kReadShare * static_cast<double>(data.size()) /
                    static_cast<double>(std::max<std::streamoff>(size, 1)))) {
            m_cancelled = true;
            return fail(path + ": " + kCancelled);
        }
    }
    if (in.bad()) {
        const int error = errno;
        return fail(path + ": cannot read: " + (error != 0 ? std::strerror(error) : "read error"));
    }
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
    std::string error = m_progress ? parseTable(text, source, m_table, onRows)
                                   : parseTable(text, source, m_table, {});
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
