#pragma once
// Reads real-world numeric CSV: UTF-8 with or without BOM, LF or CRLF line ends, quoted fields
// (RFC 4180), headers with spaces, ',' or ';' as the separator (detected from the header line).
// Anything else is an error value naming the file, line and column, in one line:
//   "data.csv:3:2: column 'b': 'two' is not a finite number"

#include "io/CsvTable.h"

#include <string>
#include <string_view>

namespace lev::core {

class CsvReader
{
public:
    /// Reads and parses a file. False (and errorString()) on any problem.
    bool readFile(const std::string& path);
    /// Parses text; `source` names it in messages.
    bool parse(std::string_view text, const std::string& source);

    const CsvTable& table() const { return m_table; }
    const std::string& errorString() const { return m_error; }

private:
    bool fail(std::string message);

    CsvTable m_table;
    std::string m_error;
};

} // namespace lev::core
