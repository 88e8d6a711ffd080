// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
// AtomicWriter: a file or a set of files is written completely or not at all. On a full file
// system the previous files stay byte for byte, no temporary file is left, and the message names
// the file and the cause; a successful write replaces the contents and keeps the permissions.

#include "io/AtomicWriter.h"

#include "FullFileSystem.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using lev::core::AtomicWriter;
using lev::test::fileContents;
using lev::test::FullFileSystem;

namespace {

bool writePlain(const QString& path, const QByteArray& contents)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(contents) == contents.size() &&
           file.flush();
}

} // namespace

class TestAtomicWriter : public QObject
{
    Q_OBJECT

private slots:
    void replacesAndKeepsPermissions()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("a.txt");
        QVERIFY(writePlain(path, "old"));
        const QFileDevice::Permissions mode = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
        QVERIFY(QFile::setPermissions(path, mode));
        QString error;
        QVERIFY2(AtomicWriter::write(path, "new contents", &error), qPrintable(error));
        QCOMPARE(fileContents(path), QByteArray("new contents"));
        const auto ownerGroupOther = QFileDevice::Permissions::fromInt(0x7077);
        QCOMPARE(QFile::permissions(path) & ownerGroupOther, mode);
        QCOMPARE(FullFileSystem::entries(dir.path()), QStringList{"a.txt"});
    }

    void writesThroughALink()
    {
        QTemporaryDir dir;
        QVERIFY(writePlain(dir.filePath("target.txt"), "old"));
        QVERIFY(QFile::link(dir.filePath("target.txt"), dir.filePath("link.txt")));
        QString error;
        QVERIFY2(AtomicWriter::write(dir.filePath("link.txt"), "new", &error), qPrintable(error));
        QVERIFY(QFileInfo(dir.filePath("link.txt")).isSymLink());
        QCOMPARE(fileContents(dir.filePath("target.txt")), QByteArray("new"));
    }

    void aFolderInTheWayIsNamed()
    {
        QTemporaryDir dir;
        QVERIFY(QDir(dir.path()).mkdir("sub"));
        QString error;
        QVERIFY(!AtomicWriter::write(dir.filePath("sub"), "x", &error));
        QVERIFY2(error.contains("sub") &&
                     error.contains(QString::fromLocal8Bit(std::strerror(EISDIR))),
                 qPrintable(error));
        QCOMPARE(FullFileSystem::entries(dir.path()), QStringList{"sub"});
    }

    void aSetReplacesEveryFile()
    {
        QTemporaryDir dir;
        QVERIFY(writePlain(dir.filePath("a.csv"), "old a"));
        AtomicWriter writer;
        writer.add(dir.filePath("a.csv"), "new a");
        writer.add(dir.filePath("b.csv"), "new b");
        QVERIFY2(writer.commit(), qPrintable(writer.errorString()));
        QCOMPARE(fileContents(dir.filePath("a.csv")), QByteArray("new a"));
        QCOMPARE(fileContents(dir.filePath("b.csv")), QByteArray("new b"));
        QCOMPARE(FullFileSystem::entries(dir.path()), (QStringList{"a.csv", "b.csv"}));
    }

    void aFullDiskKeepsThePreviousFile_data()
    {
        QTest::addColumn<int>("bytes");
        QTest::newRow("a few bytes") << 100;
        QTest::newRow("larger than the whole disk") << 256 * 1024;
    }

    void aFullDiskKeepsThePreviousFile()
    {
        QFETCH(int, bytes);
        FullFileSystem disk;
        LEVERSCOPE_SKIP_WITHOUT_FULL_DISK(disk);
        const QString path = disk.filePath("keep.txt");
        QVERIFY(writePlain(path, "previous"));
        QVERIFY(disk.fill());
        QString error;
        const bool written = AtomicWriter::write(path, QByteArray(bytes, 'n'), &error);
        disk.release();
        QVERIFY(!written);
        QVERIFY2(error.contains(QDir::toNativeSeparators(path)), qPrintable(error));
        QVERIFY2(error.contains(disk.expectedCause()), qPrintable(error));
        QCOMPARE(fileContents(path), QByteArray("previous"));
        QCOMPARE(FullFileSystem::entries(disk.path()), QStringList{"keep.txt"});
    }

    void aFullDiskKeepsEveryFileOfASet()
    {
        FullFileSystem disk;
        LEVERSCOPE_SKIP_WITHOUT_FULL_DISK(disk);
        QVERIFY(writePlain(disk.filePath("a.csv"), "old a"));
        QVERIFY(writePlain(disk.filePath("c.csv"), "old c"));
        QVERIFY(disk.fill());
        AtomicWriter writer;
        writer.add(disk.filePath("a.csv"), QByteArray(3000, 'a'));
        writer.add(disk.filePath("b.csv"), QByteArray(3000, 'b'));
        writer.add(disk.filePath("c.csv"), QByteArray(3000, 'c'));
        const bool written = writer.commit();
        disk.release();
        QVERIFY(!written);
        QVERIFY2(writer.errorString().contains(disk.expectedCause()),
                 qPrintable(writer.errorString()));
        QCOMPARE(fileContents(disk.filePath("a.csv")), QByteArray("old a"));
        QCOMPARE(fileContents(disk.filePath("c.csv")), QByteArray("old c"));
        QCOMPARE(FullFileSystem::entries(disk.path()), (QStringList{"a.csv", "c.csv"}));
    }
};

QTEST_GUILESS_MAIN(TestAtomicWriter)
#include "tst_atomicwriter.moc"
