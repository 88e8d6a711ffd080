// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#pragma once
// A folder whose file system can be made full, for tests of writes on a full disk. As root: a
// 64 KiB tmpfs mounted on a temporary folder, filled by fill() (writes fail with ENOSPC).
// Otherwise: a plain temporary folder, and fill() lowers RLIMIT_FSIZE (writes fail with EFBIG).

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QString>
#include <QTemporaryDir>
#include <QTest>
#include <QtGlobal>

#include <cerrno>
#include <csignal>
#include <cstring>
#include <fcntl.h>
#include <sys/mount.h>
#include <sys/resource.h>
#include <unistd.h>

/// Skips the test function, visibly, when `disk` cannot be made full; logs how it will be.
/// (QSKIP with one argument warns under -Wpedantic in C++17; this is what it expands to.)
#define LEVERSCOPE_SKIP_WITHOUT_FULL_DISK(disk)                                                    \
    do {                                                                                           \
        if (!(disk).isValid()) {                                                                   \
            QTest::qSkip("neither a tmpfs mount nor RLIMIT_FSIZE is available here", __FILE__,     \
                         __LINE__);                                                                \
            return;                                                                                \
        }                                                                                          \
        qInfo("full disk: %s", qPrintable((disk).method()));                                       \
    } while (false)

namespace lev::test {

/// A file's bytes, or "<missing>" when it cannot be read: what a failed write must leave intact.
inline QByteArray fileContents(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("<missing>");
}

class FullFileSystem
{
public:
    /// Bytes any process may still write to a file once the limit fallback is active.
    static constexpr rlim_t kFileSizeLimit = 16;

    FullFileSystem()
    {
        if (!m_folder.isValid())
            return;
        const QByteArray where = QFile::encodeName(m_folder.path());
        m_mounted = ::geteuid() == 0 && ::mount("tmpfs", where.constData(), "tmpfs",
                                                MS_NOSUID | MS_NODEV, "size=64k,mode=0755") == 0;
        if (!m_mounted)
            m_limited = ::getrlimit(RLIMIT_FSIZE, &m_previousLimit) == 0 &&
                        m_previousLimit.rlim_max > kFileSizeLimit;
    }

    ~FullFileSystem()
    {
        release();
        if (m_mounted)
            ::umount2(QFile::encodeName(m_folder.path()).constData(), MNT_DETACH);
    }

    FullFileSystem(const FullFileSystem&) = delete;
    FullFileSystem& operator=(const FullFileSystem&) = delete;

    /// False when neither a tmpfs nor a file-size limit is available (the test must skip).
    bool isValid() const { return m_folder.isValid() && (m_mounted || m_limited); }
    /// How the disk is made full, for the test log.
    QString method() const
    {
        return m_mounted ? QStringLiteral("a full 64 KiB tmpfs (ENOSPC)")
                         : QStringLiteral("not root, so RLIMIT_FSIZE = %1 bytes instead of a "
                                          "full tmpfs (EFBIG)")
                               .arg(kFileSizeLimit);
    }
    QString path() const { return m_folder.path(); }
    QString filePath(const QString& name) const { return m_folder.filePath(name); }
    /// The cause a failed write must name: strerror(ENOSPC) or strerror(EFBIG).
    QString expectedCause() const
    {
        return QString::fromLocal8Bit(std::strerror(m_mounted ? ENOSPC : EFBIG));
    }

    /// From now on no file can grow. Call it once the previous files exist.
    bool fill()
    {
        if (m_mounted) {
            const QByteArray filler = QFile::encodeName(m_folder.filePath(".filler"));
            const int fd = ::open(filler.constData(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
            if (fd < 0)
                return false;
            const QByteArray block(4096, '\0');
            ssize_t written = 0;
            do {
                written = ::write(fd, block.constData(), static_cast<size_t>(block.size()));
            } while (written > 0);
            const bool full = written < 0 && errno == ENOSPC;
            ::close(fd);
            return full;
        }
        if (!m_limited)
            return false;
        std::signal(SIGXFSZ, SIG_IGN);
        rlimit limit = m_previousLimit;
        limit.rlim_cur = kFileSizeLimit;
        m_filled = ::setrlimit(RLIMIT_FSIZE, &limit) == 0;
        return m_filled;
    }

    /// Undoes fill() (so the test can write again, or read what is there in peace).
    void release()
    {
        if (m_filled) {
            ::setrlimit(RLIMIT_FSIZE, &m_previousLimit);
            m_filled = false;
        }
        if (m_mounted)
            QFile::remove(m_folder.filePath(".filler"));
    }

    /// The entries of a folder, hidden ones included (".filler" excepted): temporary files
    /// left behind would show up here.
    static QStringList entries(const QString& folder)
    {
        QStringList names = QDir(folder).entryList(
            QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name);
        names.removeAll(QStringLiteral(".filler"));
        return names;
    }

private:
    QTemporaryDir m_folder;
    bool m_mounted = false;
    bool m_limited = false;
    bool m_filled = false;
    rlimit m_previousLimit{};
};

} // namespace lev::test
