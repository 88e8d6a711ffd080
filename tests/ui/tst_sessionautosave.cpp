// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
// SessionAutosave: a scheduled state is written once after the quiet delay and recovered; on a
// full disk the save reports saveFailed naming the cause and the previous autosave stays intact.

#include "io/SessionFile.h"
#include "shell/SessionAutosave.h"

#include "FullFileSystem.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using lev::core::GeneratorKind;
using lev::core::RecomputeSettings;
using lev::test::fileContents;
using lev::test::FullFileSystem;
using lev::ui::SessionAutosave;

namespace {

/// The autosave goes below $XDG_DATA_HOME (QStandardPaths reads it on every call).
void useDataFolder(const QString& folder)
{
    qputenv("XDG_DATA_HOME", QFile::encodeName(folder));
}

} // namespace

class TestSessionAutosave : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName("LeverscopeTests");
        QCoreApplication::setApplicationName("tst_sessionautosave");
    }

    void cleanup() { qunsetenv("XDG_DATA_HOME"); }

    void savesAfterTheDelayAndRecovers()
    {
        QTemporaryDir folder;
        useDataFolder(folder.path());
        QVERIFY(SessionAutosave::path().startsWith(folder.path()));
        SessionAutosave autosave;
        QSignalSpy failed(&autosave, &SessionAutosave::saveFailed);
        RecomputeSettings state = RecomputeSettings::defaultsFor(GeneratorKind::Latent);
        state.seed = 9007199254740993ULL;
        state.model.loadingSeed = state.seed;
        autosave.schedule(state);
        QVERIFY(!QFileInfo::exists(SessionAutosave::path()));
        QTRY_VERIFY_WITH_TIMEOUT(QFileInfo::exists(SessionAutosave::path()),
                                 5 * SessionAutosave::kDelayMs);
        QCOMPARE(failed.count(), 0);
        const auto back = SessionAutosave::recover();
        QVERIFY(back.has_value());
        QVERIFY(*back == state);
        autosave.discard();
        QVERIFY(!QFileInfo::exists(SessionAutosave::path()));
    }

    void aFullDiskKeepsThePreviousAutosave()
    {
        FullFileSystem disk;
        LEVERSCOPE_SKIP_WITHOUT_FULL_DISK(disk);
        useDataFolder(disk.path());
        SessionAutosave autosave;
        QSignalSpy failed(&autosave, &SessionAutosave::saveFailed);
        const RecomputeSettings first = RecomputeSettings::defaultsFor(GeneratorKind::Collider);
        autosave.schedule(first);
        autosave.flush();
        QCOMPARE(failed.count(), 0);
        const QString path = SessionAutosave::path();
        const QByteArray previous = fileContents(path);
        QVERIFY(previous.contains("collider"));

        QVERIFY(disk.fill());
        RecomputeSettings second = first;
        second.model.collinearity = 0.3;
        autosave.schedule(second);
        autosave.flush();
        disk.release();

        QCOMPARE(failed.count(), 1);
        const QString message = failed.first().first().toString();
        QVERIFY2(message.startsWith("Autosave failed") && message.contains(path) &&
                     message.contains(disk.expectedCause()),
                 qPrintable(message));
        QCOMPARE(fileContents(path), previous);
        QCOMPARE(FullFileSystem::entries(QFileInfo(path).absolutePath()),
                 QStringList{"autosave.leverscope"});
        const auto back = SessionAutosave::recover();
        QVERIFY(back.has_value());
        QVERIFY(*back == first);
    }
};

QTEST_GUILESS_MAIN(TestSessionAutosave)
#include "tst_sessionautosave.moc"
