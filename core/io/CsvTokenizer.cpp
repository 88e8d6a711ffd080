// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#include "io/CsvTokenizer.h"

#include "io/Utf8Text.h"

namespace lev::core {

CsvTokenizer::CsvTokenizer(std::string_view text, const std::string& source, char separator)
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

std::string_view CsvTokenizer::trim(std::string_view s)
{
    while (!s.empty() && isBlank(s.front()))
        s.remove_prefix(1);
    while (!s.empty() && isBlank(s.back()))
        s.remove_suffix(1);
    return s;
}

CsvTokenizer::Result CsvTokenizer::next(std::vector<Field>& fields)
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
        const bool ok = m_pos < m_size && m_bytes[m_pos] == '"' ? readQuoted(field, fields.size())
                                                                : readUnquoted(field);
        if (!ok)
            return Result::Error;
        if (fields.size() == m_maxFields) {
            m_error = m_source + ':' + std::to_string(field.line) + ": more than " +
                      std::to_string(m_maxFields) +
                      " columns: keep the columns you need in a smaller file";
            return Result::Error;
        }
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

std::string_view CsvTokenizer::view(std::size_t from, std::size_t to) const
{
    return {reinterpret_cast<const char*>(m_bytes) + from, to - from};
}

void CsvTokenizer::consumeLineEnd()
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
bool CsvTokenizer::checkText()
{
    const std::size_t length =
        m_bytes[m_pos] == 0 ? 0 : Utf8Text::sequenceLength(m_bytes + m_pos, m_bytes + m_size);
    if (length == 0) {
        m_error = m_source + ':' + std::to_string(m_line) +
                  ": not a text file (binary or invalid UTF-8 content)";
        return false;
    }
    m_pos += length;
    return true;
}

bool CsvTokenizer::readUnquoted(Field& field)
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

bool CsvTokenizer::readQuoted(Field& field, std::size_t index)
{
    field.quoted = true;
    const std::size_t start = ++m_pos;
    for (;;) {
        if (m_pos == m_size) {
            m_error = m_source + ':' + std::to_string(field.line) + ": unterminated quoted field";
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

char CsvTokenizer::detectSeparator(std::string_view text)
{
    bool atFieldStart = true;
    bool lineHasContent = false;
    bool semicolon = false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c == ',')
            return ',';
        if (c == ';') {
            semicolon = true;
            atFieldStart = true;
            lineHasContent = true;
        } else if (c == '\r' || c == '\n') {
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
    return semicolon ? ';' : ',';
}

} // namespace lev::core
