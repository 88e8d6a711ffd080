// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#include "io/AtomicWriter.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSet>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace lev::core {

namespace {

constexpr int kNameAttempts = 100;

QByteArray encoded(const QString& path)
{
    return QFile::encodeName(path);
}

/// A name beside `path` that is free now: ".<name>.<random>.<tag>" in the same folder, so the
/// rename into place stays on one file system.
QString sibling(const QString& path, const char* tag)
{
    const QFileInfo info(path);
    const QString random =
        QString::number(QRandomGenerator::global()->generate(), 36).rightJustified(7, '0');
    return info.dir().filePath(
        QStringLiteral(".%1.%2.%3").arg(info.fileName(), random, QLatin1String(tag)));
}

/// Writes all of `contents` to `fd`; false with errno set if the file system refuses any of it.
bool writeAll(int fd, const QByteArray& contents)
{
    const char* data = contents.constData();
    qint64 left = contents.size();
    while (left > 0) {
        const ssize_t written = ::write(fd, data, static_cast<size_t>(left));
        if (written < 0) {
            if (errno == EINTR)
                continue;
            return false;
        }
        if (written == 0) { // should not happen for a regular file; never loop forever
            errno = EIO;
            return false;
        }
        data += written;
        left -= written;
    }
    return true;
}

/// Best effort: makes the renames in `folder` durable. A folder that cannot be synced changes
/// nothing about the files, which are complete already.
void syncFolder(const QString& folder)
{
    const int fd = ::open(encoded(folder).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0)
        return;
    ::fsync(fd);
    ::close(fd);
}

} // namespace

void AtomicWriter::add(const QString& path, const QByteArray& contents)
{
    Q_ASSERT(!path.isEmpty());
    m_entries.push_back(Entry{path, contents, {}, {}, false, false});
}

bool AtomicWriter::write(const QString& path, const QByteArray& contents, QString* error)
{
    AtomicWriter writer;
    writer.add(path, contents);
    if (writer.commit())
        return true;
    if (error)
        *error = writer.errorString();
    return false;
}

bool AtomicWriter::fail(const QString& path, int errorNumber)
{
    m_error = QStringLiteral("cannot write %1: %2")
                  .arg(QDir::toNativeSeparators(path),
                       QString::fromLocal8Bit(std::strerror(errorNumber)));
    return false;
}

bool AtomicWriter::stage(Entry& entry)
{
    // A link is followed, as a text editor does: the file it points to gets the new contents.
    const QFileInfo info(entry.path);
    if (info.isSymLink() && info.exists())
        entry.path = info.symLinkTarget();
    if (QFileInfo(entry.path).isDir())
        return fail(entry.path, EISDIR);

    struct stat previous;
    entry.existed = ::stat(encoded(entry.path).constData(), &previous) == 0;

    int fd = -1;
    for (int attempt = 0; attempt < kNameAttempts && fd < 0; ++attempt) {
        entry.temporary = sibling(entry.path, "tmp");
        fd = ::open(encoded(entry.temporary).constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC,
                    0666);
        if (fd < 0 && errno != EEXIST)
            break;
    }
    if (fd < 0) {
        const int cause = errno;
        entry.temporary.clear();
        return fail(entry.path, cause);
    }
    // The new file keeps the permissions of the one it replaces.
    bool ok = !entry.existed || ::fchmod(fd, previous.st_mode & 07777) == 0;
    ok = ok && writeAll(fd, entry.contents);
    // The sync is where some file systems (NFS, quotas) report a full disk; one that cannot
    // sync at all says EINVAL, and that is no loss of data.
    ok = ok && (::fsync(fd) == 0 || errno == EINVAL);
    int cause = ok ? 0 : errno;
    if (::close(fd) != 0 && ok) {
        ok = false;
        cause = errno;
    }
    if (!ok)
        return fail(entry.path, cause);
    return true;
}

void AtomicWriter::removeTemporaries()
{
    for (Entry& entry : m_entries) {
        if (!entry.temporary.isEmpty())
            ::unlink(encoded(entry.temporary).constData());
        entry.temporary.clear();
    }
}

bool AtomicWriter::moveIntoPlace()
{
    // One file: rename() replaces it atomically; there is never a moment without it.
    if (m_entries.size() == 1) {
        Entry& entry = m_entries.front();
        if (std::rename(encoded(entry.temporary).constData(), encoded(entry.path).constData()) != 0)
            return fail(entry.path, errno);
        entry.temporary.clear();
        return true;
    }
    // Several: each previous file steps aside to a backup first, so that all of them can be put
    // back if any rename fails; the backups go only once every new file is in place.
    int cause = 0;
    QString failed;
    for (Entry& entry : m_entries) {
        if (entry.existed) {
            entry.backup = sibling(entry.path, "old");
            if (std::rename(encoded(entry.path).constData(), encoded(entry.backup).constData()) !=
                0) {
                cause = errno;
                failed = entry.path;
                entry.backup.clear();
                break;
            }
        }
        if (std::rename(encoded(entry.temporary).constData(), encoded(entry.path).constData()) !=
            0) {
            cause = errno;
            failed = entry.path;
            entry.moved = false;
            if (!entry.backup.isEmpty())
                std::rename(encoded(entry.backup).constData(), encoded(entry.path).constData());
            entry.backup.clear();
            break;
        }
        entry.temporary.clear();
        entry.moved = true;
    }
    if (cause != 0) {
        for (auto it = m_entries.rbegin(); it != m_entries.rend(); ++it) {
            if (!it->moved)
                continue;
            if (!it->backup.isEmpty())
                std::rename(encoded(it->backup).constData(), encoded(it->path).constData());
            else
                ::unlink(encoded(it->path).constData());
        }
        return fail(failed, cause);
    }
    for (const Entry& entry : m_entries)
        if (!entry.backup.isEmpty())
            ::unlink(encoded(entry.backup).constData());
    return true;
}

bool AtomicWriter::commit()
{
    m_error.clear();
    bool ok = true;
    for (Entry& entry : m_entries) {
        if (!stage(entry)) {
            ok = false;
            break;
        }
    }
    ok = ok && moveIntoPlace();
    removeTemporaries();
    if (ok) {
        QSet<QString> folders;
        for (const Entry& entry : m_entries)
            folders.insert(QFileInfo(entry.path).absolutePath());
        for (const QString& folder : std::as_const(folders))
            syncFolder(folder);
    }
    m_entries.clear();
    return ok;
}

} // namespace lev::core
