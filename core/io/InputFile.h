// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#pragma once
// Reads a user's whole file into memory, refusing what would block, exhaust memory or is not
// text: only a regular file (a FIFO, device or directory is refused before it is opened, and the
// open never blocks), at most maxBytes (counted while reading, so it holds for a file whose size
// is unknown or growing), and text files whose first block has a NUL byte or invalid UTF-8 fail.

#include <cstddef>
#include <functional>
#include <string>

namespace lev::core {

class InputFile
{
public:
    /// The bytes checked for text before the rest is read.
    static constexpr std::size_t kTextCheckBytes = 64 * 1024;

    /// `kind` names the file in the size message ("a CSV file", "a session").
    InputFile(std::string path, std::size_t maxBytes, std::string kind);

    /// Reads the file; false and errorString() (one line starting with the path) on any problem.
    bool read();
    /// Whether read() checks that the first block is UTF-8 text. Default: true.
    void setRequireText(bool requireText) { m_requireText = requireText; }
    /// Called after each block with (bytes read, bytes expected); returning false cancels the
    /// read ("PATH: import cancelled").
    void setProgressHandler(std::function<bool(std::size_t done, std::size_t total)> handler);

    const std::string& path() const { return m_path; }
    const std::string& data() const { return m_data; }
    std::string takeData();
    const std::string& errorString() const { return m_error; }
    bool cancelled() const { return m_cancelled; }

private:
    bool fail(std::string message);
    bool failSystem(const char* what, int error);
    bool readFrom(int descriptor, std::size_t expected);
    std::string tooLarge(std::size_t bytes, bool atLeast) const;

    std::string m_path;
    std::size_t m_maxBytes;
    std::string m_kind;
    bool m_requireText = true;
    std::function<bool(std::size_t, std::size_t)> m_progress;
    std::string m_data;
    std::string m_error;
    bool m_cancelled = false;
};

} // namespace lev::core
