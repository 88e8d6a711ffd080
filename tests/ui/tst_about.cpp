// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
// Help > About names the version set by project() in CMakeLists.txt (given to this test by the
// build), without blocking the event loop.

#include "shell/MainWindow.h"

#include <QAction>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QStandardPaths>
#include <QTest>

using lev::core::GeneratorKind;
using lev::core::RecomputeSettings;
using lev::ui::MainWindow;

class TestAbout : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void aboutNamesTheProjectVersion()
    {
        MainWindow window(RecomputeSettings::defaultsFor(GeneratorKind::Proxy));
        window.setAskBeforeClosing(false);
        window.show();
        QAction* about = nullptr;
        for (QAction* menu : window.menuBar()->actions())
            if (menu->menu() != nullptr)
                for (QAction* action : menu->menu()->actions())
                    if (action->text().remove('&') == QLatin1String("About Leverscope"))
                        about = action;
        QVERIFY(about != nullptr);
        about->trigger(); // returns at once: the box is opened, not executed
        auto* box = window.findChild<QMessageBox*>(QStringLiteral("aboutBox"));
        QVERIFY(box != nullptr);
        QTRY_VERIFY(box->isVisible());
        QVERIFY2(box->text().contains(QLatin1String("Leverscope " LEVERSCOPE_PROJECT_VERSION)),
                 qPrintable(box->text()));
        box->close();
    }
};

QTEST_MAIN(TestAbout)
#include "tst_about.moc"
