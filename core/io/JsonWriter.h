// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#pragma once
// A small streaming JSON writer that keeps keys in the order written (QJsonObject sorts them)
// and writes every non-finite number as null, so no NaN or inf can reach a JSON file.
// Objects are indented one key per line; arrays of numbers stay on one line.

#include <Eigen/Dense>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace lev::core {

class JsonWriter
{
public:
    JsonWriter& beginObject();
    JsonWriter& endObject();
    JsonWriter& beginArray();
    JsonWriter& endArray();
    JsonWriter& key(std::string_view name);

    JsonWriter& value(double number);
    JsonWriter& value(std::optional<double> number);
    JsonWriter& value(int number);
    JsonWriter& value(long long number);
    JsonWriter& value(bool flag);
    JsonWriter& value(std::string_view text);
    JsonWriter& value(const char* text) { return value(std::string_view(text)); }
    JsonWriter& value(const std::string& text) { return value(std::string_view(text)); }
    JsonWriter& null();
    /// An array of numbers; empty vectors are written as null (no value exists).
    JsonWriter& value(const Eigen::VectorXd& numbers);
    /// An array of rows; empty matrices are written as null.
    JsonWriter& value(const Eigen::MatrixXd& rows);
    JsonWriter& value(const std::vector<std::string>& texts);
    JsonWriter& value(const std::vector<double>& numbers);
    /// An object mapping names[i] to numbers[i]; null when numbers is empty.
    JsonWriter& keyed(const std::vector<std::string>& names, const Eigen::VectorXd& numbers);

    /// The text written so far, with a final newline once the top-level value is closed.
    const std::string& text() const { return m_text; }

    static std::string number(double value);
    static std::string quoted(std::string_view text);

private:
    struct Level
    {
        bool isObject;
        bool empty = true;
    };
    void beforeValue();
    void newline();

    std::string m_text;
    std::vector<Level> m_levels;
    bool m_afterKey = false;
};

} // namespace lev::core
