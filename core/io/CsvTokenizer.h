// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#pragma once
// Splits CSV text into records of fields (RFC 4180 quoting, LF or CRLF line ends, one separator)
// in one pass with a byte-class table, checking that the bytes are UTF-8 text as it goes. Fields
// are views into the text.

#include <array>
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace lev::core {

class CsvTokenizer
{
public:
    struct Field
    {
        std::string_view text; ///< unquoted: trimmed; quoted: between the quotes, still doubled
        std::size_t line = 0;  ///< where the field starts
        bool quoted = false;
        bool doubledQuotes = false;
    };

    enum class Result
    {
        Record,
        BlankLine,
        End,
        Error
    };

    CsvTokenizer(std::string_view text, const std::string& source, char separator);

    /// The next record's fields, or a blank line, the end, or an error (error()).
    Result next(std::vector<Field>& fields);
    /// A record with more fields than this is an error (default: no limit).
    void setMaxFields(std::size_t maxFields) { m_maxFields = maxFields; }
    /// The 1-based line where the next record starts.
    std::size_t line() const { return m_line; }
    std::size_t position() const { return m_pos; }
    const std::string& error() const { return m_error; }

    /// ';' when the first non-blank line has a ';' and no ',' outside quotes, else ','.
    static char detectSeparator(std::string_view text);
    static bool isBlank(char c) { return c == ' ' || c == '\t'; }
    static std::string_view trim(std::string_view s);

private:
    enum ByteClass : unsigned char
    {
        Plain,
        Separator,
        LineEnd,
        Check
    };

    std::string_view view(std::size_t from, std::size_t to) const;
    void consumeLineEnd();
    bool checkText();
    bool readUnquoted(Field& field);
    bool readQuoted(Field& field, std::size_t index);

    const unsigned char* m_bytes;
    std::size_t m_size;
    const std::string& m_source;
    std::array<unsigned char, 256> m_class{};
    std::size_t m_pos = 0;
    std::size_t m_line = 1;
    std::size_t m_maxFields = static_cast<std::size_t>(-1);
    std::string m_error;
};

} // namespace lev::core
