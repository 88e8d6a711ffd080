// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#include "io/JsonWriter.h"

#include <cassert>
#include <charconv>
#include <cmath>

namespace lev::core {

std::string JsonWriter::number(double value)
{
    if (!std::isfinite(value))
        return "null";
    if (value == 0.0)
        return "0"; // also for -0
    char buffer[32];
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
    return std::string(buffer, result.ptr);
}

std::string JsonWriter::quoted(std::string_view text)
{
    std::string out = "\"";
    for (const char c : text) {
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        default:
            if (static_cast<unsigned char>(c) < 0x20) {
                char escape[8];
                std::snprintf(escape, sizeof escape, "\\u%04x", c);
                out += escape;
            } else {
                out += c;
            }
        }
    }
    return out + "\"";
}

void JsonWriter::newline()
{
    m_text += '\n';
    m_text.append(2 * m_levels.size(), ' ');
}

void JsonWriter::beforeValue()
{
    if (m_afterKey) {
        m_afterKey = false;
        return;
    }
    if (m_levels.empty())
        return;
    Level& level = m_levels.back();
    assert(!level.isObject && "a value in an object needs a key");
    if (!level.empty)
        m_text += ", ";
    level.empty = false;
}

JsonWriter& JsonWriter::key(std::string_view name)
{
    assert(!m_levels.empty() && m_levels.back().isObject && !m_afterKey);
    Level& level = m_levels.back();
    if (!level.empty)
        m_text += ',';
    level.empty = false;
    newline();
    m_text += quoted(name);
    m_text += ": ";
    m_afterKey = true;
    return *this;
}

JsonWriter& JsonWriter::beginObject()
{
    beforeValue();
    m_text += '{';
    m_levels.push_back({true});
    return *this;
}

JsonWriter& JsonWriter::endObject()
{
    assert(!m_levels.empty() && m_levels.back().isObject);
    const bool empty = m_levels.back().empty;
    m_levels.pop_back();
    if (!empty)
        newline();
    m_text += '}';
    if (m_levels.empty())
        m_text += '\n';
    return *this;
}

JsonWriter& JsonWriter::beginArray()
{
    beforeValue();
    m_text += '[';
    m_levels.push_back({false});
    return *this;
}

JsonWriter& JsonWriter::endArray()
{
    assert(!m_levels.empty() && !m_levels.back().isObject);
    m_levels.pop_back();
    m_text += ']';
    if (m_levels.empty())
        m_text += '\n';
    return *this;
}

JsonWriter& JsonWriter::value(double value)
{
    beforeValue();
    m_text += number(value);
    return *this;
}

JsonWriter& JsonWriter::value(std::optional<double> value)
{
    return value ? this->value(*value) : null();
}

JsonWriter& JsonWriter::value(int value)
{
    return this->value(static_cast<long long>(value));
}

JsonWriter& JsonWriter::value(long long value)
{
    beforeValue();
    m_text += std::to_string(value);
    return *this;
}

JsonWriter& JsonWriter::value(bool flag)
{
    beforeValue();
    m_text += flag ? "true" : "false";
    return *this;
}

JsonWriter& JsonWriter::value(std::string_view text)
{
    beforeValue();
    m_text += quoted(text);
    return *this;
}

JsonWriter& JsonWriter::null()
{
    beforeValue();
    m_text += "null";
    return *this;
}

JsonWriter& JsonWriter::value(const Eigen::VectorXd& numbers)
{
    if (numbers.size() == 0)
        return null();
    beginArray();
    for (Eigen::Index i = 0; i < numbers.size(); ++i)
        value(numbers[i]);
    return endArray();
}

JsonWriter& JsonWriter::value(const Eigen::MatrixXd& rows)
{
    if (rows.size() == 0)
        return null();
    beginArray();
    for (Eigen::Index i = 0; i < rows.rows(); ++i)
        value(Eigen::VectorXd(rows.row(i).transpose()));
    return endArray();
}

JsonWriter& JsonWriter::value(const std::vector<std::string>& texts)
{
    beginArray();
    for (const std::string& text : texts)
        value(text);
    return endArray();
}

JsonWriter& JsonWriter::value(const std::vector<double>& numbers)
{
    beginArray();
    for (double number : numbers)
        value(number);
    return endArray();
}

JsonWriter& JsonWriter::keyed(const std::vector<std::string>& names, const Eigen::VectorXd& numbers)
{
    if (numbers.size() == 0)
        return null();
    assert(static_cast<Eigen::Index>(names.size()) == numbers.size());
    beginObject();
    for (std::size_t i = 0; i < names.size(); ++i)
        key(names[i]).value(numbers[static_cast<Eigen::Index>(i)]);
    return endObject();
}

} // namespace lev::core
