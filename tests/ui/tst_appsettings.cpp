// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
// AppSettings: recent sessions, the last state (with a 64-bit seed) and the last folder come back
// as written; preferences of the QSettings era are read once; on a full disk a write fails with
// one line naming the file and the cause, and the previous settings file stays byte for byte.

#include "shell/AppSettings.h"

#include "FullFileSystem.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using lev::core::GeneratorKind;
using lev::core::RecomputeSettings;
using lev::test::fileContents;
using lev::test::FullFileSystem;
using lev::ui::AppSettings;

namespace {

/// Settings go below $XDG_CONFIG_HOME (QStandardPaths reads it on every call).
void useConfigFolder(const QString& folder)
{
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(folder));
}

} // namespace

class TestAppSettings : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_legacyFolder;

private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName("LeverscopeTests");
        QCoreApplication::setApplicationName("tst_appsettings");
        QVERIFY(m_legacyFolder.isValid());
    }

    void cleanup() { qunsetenv("XDG_CONFIG_HOME"); }

    // First, while QSettings still finds its file below this folder (it looks only once).
    void readsTheQSettingsPreferencesOnce()
    {
        useConfigFolder(m_legacyFolder.path());
        {
            QSettings legacy;
            legacy.setValue("sessions/recent", QStringList{"/old/a.leverscope"});
            legacy.setValue("files/lastDirectory", "/old");
            legacy.sync();
            QCOMPARE(legacy.status(), QSettings::NoError);
        }
        QVERIFY(!QFileInfo::exists(AppSettings::path()));
        QCOMPARE(AppSettings::recentSessions(), QStringList{"/old/a.leverscope"});
        QCOMPARE(AppSettings::lastDirectory(), QString("/old"));
        QVERIFY(AppSettings::setLastDirectory("/new"));
        QCOMPARE(AppSettings::recentSessions(), QStringList{"/old/a.leverscope"});
        QCOMPARE(AppSettings::lastDirectory(), QString("/new"));
    }

    void everyPreferenceComesBack()
    {
        QTemporaryDir folder;
        useConfigFolder(folder.path());
        QVERIFY(AppSettings::path().startsWith(folder.path()));
        QString error;
        for (int i = 0; i < AppSettings::kMaxRecentSessions + 2; ++i)
            QVERIFY2(AppSettings::addRecentSession(QString("/s/%1.leverscope").arg(i), &error),
                     qPrintable(error));
        QVERIFY(AppSettings::removeRecentSession("/s/9.leverscope", &error));
        const QStringList recent = AppSettings::recentSessions();
        QCOMPARE(recent.size(), AppSettings::kMaxRecentSessions - 1);
        QCOMPARE(recent.first(), QString("/s/8.leverscope"));
        QCOMPARE(recent.last(), QString("/s/2.leverscope"));

        RecomputeSettings state = RecomputeSettings::defaultsFor(GeneratorKind::Confounder);
        state.model.collinearity = 0.625;
        state.seed = 9223372036854775807ULL;
        state.model.loadingSeed = state.seed;
        QVERIFY2(AppSettings::setLastState(state, &error), qPrintable(error));
        QVERIFY2(AppSettings::setLastDirectory("/data/here", &error), qPrintable(error));
        const auto back = AppSettings::lastState();
        QVERIFY(back.has_value());
        QVERIFY(*back == state);
        QCOMPARE(quint64{back->seed}, quint64{9223372036854775807ULL});
        QCOMPARE(AppSettings::lastDirectory(), QString("/data/here"));
    }

    void aFullDiskKeepsThePreviousSettings()
    {
        FullFileSystem disk;
        LEVERSCOPE_SKIP_WITHOUT_FULL_DISK(disk);
        useConfigFolder(disk.path());
        const RecomputeSettings first = RecomputeSettings::defaultsFor(GeneratorKind::Chain);
        QString error;
        QVERIFY2(AppSettings::addRecentSession("/s/first.leverscope", &error), qPrintable(error));
        QVERIFY2(AppSettings::setLastState(first, &error), qPrintable(error));
        const QString path = AppSettings::path();
        const QByteArray previous = fileContents(path);
        QVERIFY(previous.contains("first.leverscope"));
        const QStringList recent = AppSettings::recentSessions();
        QCOMPARE(recent.first(), QString("/s/first.leverscope"));

        QVERIFY(disk.fill());
        RecomputeSettings second = first;
        second.model.collinearity = 0.5;
        QString stateError;
        QString recentError;
        QString folderError;
        const bool stateSaved = AppSettings::setLastState(second, &stateError);
        const bool recentSaved =
            AppSettings::addRecentSession("/s/second.leverscope", &recentError);
        const bool folderSaved = AppSettings::setLastDirectory("/elsewhere", &folderError);
        disk.release();

        QVERIFY(!stateSaved && !recentSaved && !folderSaved);
        for (const QString& message : {stateError, recentError, folderError}) {
            QVERIFY2(message.contains(path) && message.contains(disk.expectedCause()),
                     qPrintable(message));
            QVERIFY(!message.contains('\n'));
        }
        QCOMPARE(fileContents(path), previous);
        QCOMPARE(FullFileSystem::entries(QFileInfo(path).absolutePath()),
                 QStringList{"settings.json"});
        QVERIFY(AppSettings::lastState() == first);
        QCOMPARE(AppSettings::recentSessions(), recent);
    }
};

QTEST_GUILESS_MAIN(TestAppSettings)
#include "tst_appsettings.moc"
