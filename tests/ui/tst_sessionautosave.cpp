// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
// SessionAutosave: a scheduled state is written once after the quiet delay and recovered with
// every mode's settings and the mode shown; an autosave of an older version (the simulation
// only) still recovers; the last state of a clean exit comes back; on a full disk the save
// reports saveFailed naming the cause and the previous autosave stays intact.

#include "io/SessionFile.h"
#include "shell/SessionAutosave.h"

#include "FullFileSystem.h"

#include <QCoreApplication>
#include <QDir>
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
        autosave.schedule({state, {}});
        QVERIFY(!QFileInfo::exists(SessionAutosave::path()));
        QTRY_VERIFY_WITH_TIMEOUT(QFileInfo::exists(SessionAutosave::path()),
                                 5 * SessionAutosave::kDelayMs);
        QCOMPARE(failed.count(), 0);
        const auto back = SessionAutosave::recover();
        QVERIFY(back.has_value());
        QVERIFY(back->simulation == state);
        QVERIFY(!back->modes.design && !back->modes.blackBox && !back->modes.shownMode);
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
        autosave.schedule({first, {}});
        autosave.flush();
        QCOMPARE(failed.count(), 0);
        const QString path = SessionAutosave::path();
        const QByteArray previous = fileContents(path);
        QVERIFY(previous.contains("collider"));

        QVERIFY(disk.fill());
        RecomputeSettings second = first;
        second.model.collinearity = 0.3;
        autosave.schedule({second, {}});
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
        QVERIFY(back->simulation == first);
    }

    // Every mode's settings and the mode shown survive, in the autosave and the last state.
    void keepsEveryModeAndTheModeShown()
    {
        QTemporaryDir folder;
        useDataFolder(folder.path());
        SessionAutosave::State state;
        state.simulation = RecomputeSettings::defaultsFor(GeneratorKind::Proxy);
        lev::core::DesignSettings design =
            lev::core::DesignSettings::defaultsFor(GeneratorKind::Confounder);
        design.fraction = 0.45;
        design.randomized = {0, 1};
        state.modes.design = design;
        lev::core::BlackBoxSettings blackBox;
        blackBox.n = 777;
        state.modes.blackBox = blackBox;
        state.modes.shownMode = "design";
        SessionAutosave autosave;
        autosave.schedule(state);
        autosave.flush();
        const auto back = SessionAutosave::recover();
        QVERIFY(back.has_value());
        QVERIFY(back->simulation == state.simulation);
        QVERIFY(back->modes.design && *back->modes.design == design);
        QVERIFY(back->modes.blackBox && back->modes.blackBox->n == 777);
        QCOMPARE(back->modes.shownMode.value_or(""), std::string("design"));

        QVERIFY(!SessionAutosave::lastState());
        QString error;
        state.modes.shownMode = "blackbox";
        QVERIFY2(SessionAutosave::rememberLastState(state, &error), qPrintable(error));
        const auto last = SessionAutosave::lastState();
        QVERIFY(last.has_value());
        QVERIFY(last->modes.design && *last->modes.design == design);
        QCOMPARE(last->modes.shownMode.value_or(""), std::string("blackbox"));
    }

    // A file written before the modes were kept (the simulation's settings only) still opens.
    void anOldAutosaveStillRecovers()
    {
        QTemporaryDir folder;
        useDataFolder(folder.path());
        QVERIFY(QDir().mkpath(QFileInfo(SessionAutosave::path()).absolutePath()));
        QFile file(SessionAutosave::path());
        QVERIFY(file.open(QIODevice::WriteOnly));
        const RecomputeSettings old = RecomputeSettings::defaultsFor(GeneratorKind::Chain);
        file.write(lev::core::SessionFile::serialize(old));
        file.close();
        const auto back = SessionAutosave::recover();
        QVERIFY(back.has_value());
        QVERIFY(back->simulation == old);
        QVERIFY(!back->modes.design && !back->modes.blackBox && !back->modes.shownMode);
    }
};

QTEST_GUILESS_MAIN(TestSessionAutosave)
#include "tst_sessionautosave.moc"
