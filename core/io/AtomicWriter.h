// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#pragma once
// Writes files completely or not at all: each goes to a temporary file beside its target, every
// write, the sync to disk and the close are checked, and only when all files of the set are
// complete are they renamed into place (a failed rename puts the previous files back).

#include <QByteArray>
#include <QString>

#include <vector>

namespace lev::core {

class AtomicWriter
{
public:
    /// Adds a file to the set: on commit(), `path` gets exactly `contents`.
    void add(const QString& path, const QByteArray& contents);

    /// Writes the whole set. False and errorString() ("cannot write FILE: No space left on
    /// device") if any file cannot be written completely; then every target is as it was before
    /// and no temporary file is left. The set is emptied either way.
    bool commit();
    QString errorString() const { return m_error; }

    /// One file: the same as add() and commit(); `error` is set on failure.
    static bool write(const QString& path, const QByteArray& contents, QString* error);

private:
    struct Entry
    {
        QString path;
        QByteArray contents;
        QString temporary; // the complete new contents, before the rename
        QString backup;    // the previous file while a set of several is moved into place
        bool existed = false;
        bool moved = false;
    };

    bool stage(Entry& entry);
    bool moveIntoPlace();
    void removeTemporaries();
    bool fail(const QString& path, int errorNumber);

    std::vector<Entry> m_entries;
    QString m_error;
};

} // namespace lev::core
