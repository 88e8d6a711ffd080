// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
// The start-up restore, as the GUI command runs it: a last state with the designer shown and
// changed designer and environments settings comes back (the mode shown and every setting); an
// autosave left by an unclean exit comes before it and says so; a damaged file gives one line on
// the status bar and the defaults, never a crash.

#include "io/SessionFile.h"
#include "modes/design/DesignPage.h"
#include "modes/simulation/SimulationPage.h"
#include "shell/MainWindow.h"
#include "shell/SessionAutosave.h"
#include "shell/SessionState.h"
#include "shell/StartupRestore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

using lev::core::DesignSettings;
using lev::core::EnvironmentsSettings;
using lev::core::GeneratorKind;
using lev::core::RecomputeSettings;
using lev::ui::MainWindow;
using lev::ui::SessionAutosave;
using lev::ui::StartupRestore;

namespace {

/// A saved state unlike the defaults in every mode that matters here, the designer shown.
SessionAutosave::State changedState()
{
    SessionAutosave::State state;
    state.simulation = RecomputeSettings::defaultsFor(GeneratorKind::Proxy);
    state.simulation.model.collinearity = 0.75;
    DesignSettings design = DesignSettings::defaultsFor(GeneratorKind::Confounder);
    design.fraction = 0.45;
    design.randomized = {0, 1};
    design.n = 640;
    state.modes.design = design;
    EnvironmentsSettings environments;
    environments.gamma = 12.0;
    environments.model.shift = 1.25;
    environments.model.confounding = 0.0;
    environments.n = 700;
    state.modes.environments = environments;
    state.modes.shownMode = "design";
    return state;
}

void writeFile(const QString& path, const QByteArray& contents)
{
    QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(file.write(contents), qint64(contents.size()));
}

} // namespace

class TestStartupRestore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName("LeverscopeTests");
        QCoreApplication::setApplicationName("tst_startuprestore");
    }

    void init()
    {
        // Every file below $XDG_DATA_HOME (QStandardPaths reads it on every call) is this
        // case's own.
        m_folder = std::make_unique<QTemporaryDir>();
        QVERIFY(m_folder->isValid());
        qputenv("XDG_DATA_HOME", QFile::encodeName(m_folder->path()));
        qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_folder->path() + "/config"));
        QVERIFY(SessionAutosave::lastStatePath().startsWith(m_folder->path()));
    }

    void cleanup()
    {
        qunsetenv("XDG_DATA_HOME");
        qunsetenv("XDG_CONFIG_HOME");
        m_folder.reset();
    }

    // A clean exit's last state: the designer is shown with its settings, and the environments
    // and simulation settings are the saved ones.
    void restoresTheLastStateAndTheModeShown()
    {
        const SessionAutosave::State saved = changedState();
        QString error;
        QVERIFY2(SessionAutosave::rememberLastState(saved, &error), qPrintable(error));

        const StartupRestore restore;
        QVERIFY(!restore.recovered());
        QVERIFY2(restore.problem().isEmpty(), qPrintable(restore.problem()));
        QVERIFY(restore.simulation().has_value());
        MainWindow window(*restore.simulation());
        restore.restoreModes(window);
        restore.report(window);

        QCOMPARE(window.currentPage().objectName(), QStringLiteral("designPage"));
        QCOMPARE(&window.currentPage(), &window.page<lev::ui::DesignPage>());
        QVERIFY(window.state().simulation() == saved.simulation);
        QVERIFY(window.state().design() == *saved.modes.design);
        QVERIFY(window.state().environments() == *saved.modes.environments);
        QCOMPARE(window.state().design().fraction, 0.45);
        QCOMPARE(window.state().environments().gamma, 12.0);
        QVERIFY(window.statusBar()->currentMessage().isEmpty());
        // The starting state is not an edit to undo.
        QCOMPARE(window.state().undoStack().count(), 0);
    }

    // An autosave left by a run that did not exit cleanly wins over the last state, and the
    // status bar says so.
    void anAutosaveComesFirst()
    {
        SessionAutosave::State last = changedState();
        QString error;
        QVERIFY2(SessionAutosave::rememberLastState(last, &error), qPrintable(error));
        SessionAutosave::State crashed = changedState();
        crashed.modes.design->fraction = 0.8;
        crashed.modes.shownMode = "environments";
        SessionAutosave autosave;
        autosave.schedule(crashed);
        autosave.flush();

        const StartupRestore restore;
        QVERIFY(restore.recovered());
        MainWindow window(*restore.simulation());
        restore.restoreModes(window);
        restore.report(window);
        QCOMPARE(window.currentPage().objectName(), QStringLiteral("environmentsPage"));
        QCOMPARE(window.state().design().fraction, 0.8);
        QVERIFY2(window.statusBar()->currentMessage().contains("did not exit cleanly"),
                 qPrintable(window.statusBar()->currentMessage()));
    }

    // Damaged files: one line naming the file on the status bar, the defaults, no crash.
    void aDamagedFileGivesOneLineAndTheDefaults_data()
    {
        QTest::addColumn<QByteArray>("contents");
        QTest::addColumn<QString>("cause");
        QTest::newRow("truncated JSON")
            << QByteArray("{\"format\": \"leverscope-session\", \"version\": 1, \"sett") << "JSON";
        QTest::newRow("binary garbage")
            << QByteArray("\x00\xff\x13 not a session\n\n", 20) << "text file";
        QTest::newRow("bad design")
            << QByteArray("{\"format\": \"leverscope-session\", \"version\": 1, \"settings\": {}, "
                          "\"design\": {\"fraction\": 7}, \"mode\": \"design\"}")
            << "fraction";
        QTest::newRow("empty file") << QByteArray() << "JSON";
    }

    void aDamagedFileGivesOneLineAndTheDefaults()
    {
        QFETCH(QByteArray, contents);
        QFETCH(QString, cause);
        writeFile(SessionAutosave::lastStatePath(), contents);

        const StartupRestore restore;
        QVERIFY(!restore.recovered());
        QVERIFY(!restore.simulation().has_value());
        const QString line = restore.problem();
        QVERIFY2(!line.isEmpty() && !line.contains('\n'), qPrintable(line));
        QVERIFY2(line.contains(QFileInfo(SessionAutosave::lastStatePath()).fileName()),
                 qPrintable(line));
        QVERIFY2(line.contains(cause, Qt::CaseInsensitive), qPrintable(line));

        const RecomputeSettings defaults;
        MainWindow window(defaults);
        restore.restoreModes(window);
        restore.report(window);
        QCOMPARE(&window.currentPage(), &window.page<lev::ui::SimulationPage>());
        QVERIFY(window.state().simulation() == defaults);
        // The defaults: what a window built with nothing to restore has.
        MainWindow fresh(defaults);
        QVERIFY(window.state().design() == fresh.state().design());
        QVERIFY(window.state().environments() == fresh.state().environments());
        QCOMPARE(window.statusBar()->currentMessage(), line);
    }

    // A damaged autosave does not hide a good last state: that is shown, and the line says why.
    void aDamagedAutosaveFallsBackToTheLastState()
    {
        const SessionAutosave::State last = changedState();
        QString error;
        QVERIFY2(SessionAutosave::rememberLastState(last, &error), qPrintable(error));
        writeFile(SessionAutosave::path(), "{ not json");

        const StartupRestore restore;
        QVERIFY(!restore.recovered());
        QVERIFY(restore.simulation().has_value());
        QVERIFY2(restore.problem().contains("autosave") && !restore.problem().contains('\n'),
                 qPrintable(restore.problem()));
        MainWindow window(*restore.simulation());
        restore.restoreModes(window);
        QCOMPARE(window.currentPage().objectName(), QStringLiteral("designPage"));
        QVERIFY(window.state().design() == *last.modes.design);
    }

    // Nothing saved: nothing restored, nothing said.
    void nothingSavedStartsFromTheDefaults()
    {
        const StartupRestore restore;
        QVERIFY(!restore.recovered());
        QVERIFY(restore.problem().isEmpty());
        MainWindow window(RecomputeSettings{});
        restore.restoreModes(window);
        restore.report(window);
        QCOMPARE(&window.currentPage(), &window.page<lev::ui::SimulationPage>());
        QVERIFY(window.statusBar()->currentMessage().isEmpty());
    }

private:
    std::unique_ptr<QTemporaryDir> m_folder;
};

QTEST_MAIN(TestStartupRestore)
#include "tst_startuprestore.moc"
