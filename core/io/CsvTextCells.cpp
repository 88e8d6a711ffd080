// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#include "io/CsvTextCells.h"

#include "io/CsvReader.h"
#include "io/CsvTokenizer.h"
#include "io/InputFile.h"

#include <cassert>

namespace lev::core {

namespace {

constexpr std::string_view kBom = "\xEF\xBB\xBF";

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

} // namespace

bool CsvTextCells::readFile(const std::string& path, const std::vector<int>& columns)
{
    InputFile file(path, CsvReader::kMaxBytes, "a CSV file");
    if (!file.read()) {
        m_cells.clear();
        m_error = file.errorString();
        return false;
    }
    const std::string data = file.takeData();
    return parse(data, path, columns);
}

bool CsvTextCells::parse(std::string_view text, const std::string& source,
                         const std::vector<int>& columns)
{
    m_cells.assign(columns.size(), {});
    m_error.clear();
    if (text.substr(0, kBom.size()) == kBom)
        text.remove_prefix(kBom.size());
    CsvTokenizer tokenizer(text, source, CsvTokenizer::detectSeparator(text));
    tokenizer.setMaxFields(CsvReader::kMaxColumns);
    std::vector<CsvTokenizer::Field> fields;
    bool header = true;
    for (;;) {
        const CsvTokenizer::Result result = tokenizer.next(fields);
        if (result == CsvTokenizer::Result::Error) {
            m_cells.clear();
            m_error = tokenizer.error();
            return false;
        }
        if (result == CsvTokenizer::Result::End)
            break;
        if (result == CsvTokenizer::Result::BlankLine)
            continue;
        if (header) {
            header = false;
            continue;
        }
        for (std::size_t k = 0; k < columns.size(); ++k) {
            const auto j = static_cast<std::size_t>(columns[k]);
            if (j >= fields.size()) {
                m_cells.clear();
                m_error = source + ": a row has fewer fields than the header";
                return false;
            }
            const CsvTokenizer::Field& f = fields[j];
            const std::string_view cell = f.quoted ? CsvTokenizer::trim(f.text) : f.text;
            m_cells[k].push_back(f.doubledQuotes ? unescapeQuotes(cell) : std::string(cell));
        }
    }
    return true;
}

} // namespace lev::core
