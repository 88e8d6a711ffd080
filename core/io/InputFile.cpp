// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#include "io/InputFile.h"

#include "io/Utf8Text.h"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <new>
#include <sys/stat.h>
#include <unistd.h>
#include <utility>

namespace lev::core {

namespace {

constexpr std::size_t kBlockBytes = 1 << 20;

/// What a file that is not a regular file is, for the message.
const char* typeName(mode_t mode)
{
    if (S_ISDIR(mode))
        return "a directory";
    if (S_ISFIFO(mode))
        return "a FIFO (named pipe)";
    if (S_ISCHR(mode))
        return "a character device";
    if (S_ISBLK(mode))
        return "a block device";
    if (S_ISSOCK(mode))
        return "a socket";
    return "not a regular file";
}

/// Closes a descriptor however the read ends.
struct Descriptor
{
    int fd;
    ~Descriptor()
    {
        if (fd >= 0)
            ::close(fd);
    }
};

std::size_t lineOf(std::string_view text, std::size_t offset)
{
    return 1 + static_cast<std::size_t>(std::count(text.begin(), text.begin() + offset, '\n'));
}

} // namespace

InputFile::InputFile(std::string path, std::size_t maxBytes, std::string kind)
    : m_path(std::move(path)), m_maxBytes(maxBytes), m_kind(std::move(kind))
{
}

void InputFile::setProgressHandler(std::function<bool(std::size_t, std::size_t)> handler)
{
    m_progress = std::move(handler);
}

std::string InputFile::takeData()
{
    return std::exchange(m_data, std::string());
}

bool InputFile::fail(std::string message)
{
    m_data = std::string();
    m_error = std::move(message);
    return false;
}

bool InputFile::failSystem(const char* what, int error)
{
    return fail(m_path + ": " + what + ": " +
                (error != 0 ? std::strerror(error) : "unknown error"));
}

std::string InputFile::tooLarge(std::size_t bytes, bool atLeast) const
{
    return m_path + ": too large for " + m_kind + " (" + (atLeast ? "more than " : "") +
           std::to_string(bytes) + " bytes; at most " + std::to_string(m_maxBytes) + ")";
}

bool InputFile::read()
{
    m_cancelled = false;
    m_data.clear();
    m_error.clear();
    // The type is checked before open(): opening a FIFO for reading would wait for a writer.
    struct stat status = {};
    if (::stat(m_path.c_str(), &status) != 0)
        return failSystem("cannot open", errno);
    if (S_ISDIR(status.st_mode))
        return failSystem("cannot open", EISDIR);
    if (!S_ISREG(status.st_mode))
        return fail(m_path + ": cannot read " + typeName(status.st_mode) +
                    ": only regular files can be opened (copy the data into a file first)");
    // O_NONBLOCK too: the file may have been replaced by a FIFO since stat().
    Descriptor file{::open(m_path.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC)};
    if (file.fd < 0)
        return failSystem("cannot open", errno);
    if (::fstat(file.fd, &status) != 0)
        return failSystem("cannot read", errno);
    if (!S_ISREG(status.st_mode))
        return fail(m_path + ": cannot read " + typeName(status.st_mode) +
                    ": only regular files can be opened (copy the data into a file first)");
    const auto size = static_cast<std::size_t>(std::max<off_t>(status.st_size, 0));
    if (size > m_maxBytes)
        return fail(tooLarge(size, false));
    try {
        return readFrom(file.fd, size);
    } catch (const std::bad_alloc&) {
        return fail(m_path + ": not enough memory to read " + std::to_string(size) + " bytes");
    }
}

bool InputFile::readFrom(int descriptor, std::size_t expected)
{
    m_data.reserve(expected);
    bool textChecked = !m_requireText;
    for (;;) {
        // One byte more than allowed shows that a file of unknown size is too large.
        const std::size_t room = m_maxBytes + 1 - m_data.size();
        const std::size_t block = std::min(kBlockBytes, room);
        const std::size_t start = m_data.size();
        m_data.resize(start + block);
        const ssize_t got = ::read(descriptor, m_data.data() + start, block);
        if (got < 0) {
            const int error = errno;
            m_data.resize(start);
            if (error == EINTR)
                continue;
            return failSystem("cannot read", error);
        }
        m_data.resize(start + static_cast<std::size_t>(got));
        if (m_data.size() > m_maxBytes)
            return fail(tooLarge(m_maxBytes, true));
        const bool atEnd = got == 0;
        if (!textChecked && (atEnd || m_data.size() >= kTextCheckBytes)) {
            const std::string_view first(m_data.data(), std::min(m_data.size(), kTextCheckBytes));
            const std::size_t bad = Utf8Text::firstNonText(first, !atEnd);
            if (bad != std::string_view::npos)
                return fail(m_path + ':' + std::to_string(lineOf(first, bad)) +
                            ": not a text file (binary or invalid UTF-8 content)");
            textChecked = true;
        }
        if (atEnd)
            break;
        if (m_progress && !m_progress(m_data.size(), std::max(expected, m_data.size()))) {
            m_cancelled = true;
            return fail(m_path + ": import cancelled");
        }
    }
    return true;
}

} // namespace lev::core
