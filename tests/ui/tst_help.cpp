// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
// The built-in help, offscreen: F1 opens the guide in a non-modal window; every plot of the
// simulation page and of data mode explains itself (What's This and a tooltip); the shortcut
// sheet is read from the window's actions (Undo, Redo, F11, and an action added later); Copy
// Image puts an image of the plot's size on the clipboard.

#include "help/HelpBrowser.h"
#include "help/HelpWindow.h"
#include "help/PlotExplanations.h"
#include "help/ShortcutSheet.h"
#include "modes/data/DataPage.h"
#include "modes/simulation/SimulationPage.h"
#include "modes/simulation/WeightsPlot.h"
#include "plots/PlotContextMenu.h"
#include "shell/MainWindow.h"
#include "simulation/Recompute.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QGuiApplication>
#include <QImage>
#include <QMenu>
#include <QMenuBar>
#include <QStandardPaths>
#include <QTest>
#include <QToolTip>
#include <QWhatsThis>
#include <memory>
#include <qcustomplot.h>

using lev::core::GeneratorKind;
using lev::core::RecomputeSettings;
using lev::ui::HelpWindow;
using lev::ui::MainWindow;
using lev::ui::ShortcutSheet;

namespace {

QAction* actionNamed(const QWidget& window, const QString& name)
{
    return window.findChild<QAction*>(name);
}

/// The sheet's entry for an action text, or a default one (empty keys) if it has none.
ShortcutSheet::Entry entryFor(const QList<ShortcutSheet::Entry>& entries, const QString& action)
{
    for (const ShortcutSheet::Entry& entry : entries)
        if (entry.action == action)
            return entry;
    return {};
}

/// Pixels of the image that are not (near) white: something was drawn.
int inkedPixels(const QImage& image)
{
    int inked = 0;
    for (int y = 0; y < image.height(); y += 2)
        for (int x = 0; x < image.width(); x += 2)
            inked += qGray(image.pixel(x, y)) < 200 ? 1 : 0;
    return inked;
}

} // namespace

class TestHelp : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName("LeverscopeTests");
        QCoreApplication::setApplicationName("tst_help");
        qputenv("LEVERSCOPE_NO_CLOSE_PROMPT", "1");
    }

    void f1OpensTheGuide()
    {
        MainWindow window(RecomputeSettings::defaultsFor(GeneratorKind::Proxy));
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QVERIFY(!window.findChild<HelpWindow*>());

        QAction* contents = actionNamed(window, "helpContentsAction");
        QVERIFY(contents);
        QCOMPARE(contents->shortcut(), QKeySequence(QKeySequence::HelpContents));
        QTest::keyClick(&window, Qt::Key_F1);
        auto* help = window.findChild<HelpWindow*>();
        QVERIFY2(help, "F1 made no help window");
        QTRY_VERIFY(help->isVisible());
        QVERIFY(help->isWindow());
        QVERIFY(!help->isModal());
        QCOMPARE(help->browser()->source(), HelpWindow::url(HelpWindow::Page::Guide));
        const QString guide = help->browser()->toPlainText();
        for (const char* topic :
             {"forward problem", "inverse problem", "Proxy", "Confounder", "Latent", "Chain",
              "Collider", "Presentation mode", "Your own data", "Causal graph"})
            QVERIFY2(guide.contains(QLatin1String(topic)), topic);
        // Non-modal: the main window still takes keys and input.
        QVERIFY(!QApplication::activeModalWidget());

        // The links reach the glossary and the shortcut sheet, and back returns.
        help->showPage(HelpWindow::Page::Glossary);
        const QString glossary = help->browser()->toPlainText();
        for (const char* term :
             {"Collinearity", "Eigenvalue", "Precision matrix", "VIF", "do(X)", "Interventional R",
              "Confounder", "Collider", "Proxy", "Causal weight", "Held-out R"})
            QVERIFY2(glossary.contains(QLatin1String(term)), term);
        QVERIFY(glossary.contains(QString::fromUtf8("\u0398 = \u03a3")));
        help->browser()->backward();
        QCOMPARE(help->browser()->source(), HelpWindow::url(HelpWindow::Page::Guide));

        // F1 again reuses the one window.
        help->hide();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QTest::keyClick(&window, Qt::Key_F1);
        QCOMPARE(window.findChildren<HelpWindow*>().size(), 1);
        QTRY_VERIFY(help->isVisible());
    }

    void whatsThisIsInTheHelpMenu()
    {
        MainWindow window(RecomputeSettings::defaultsFor(GeneratorKind::Proxy));
        QAction* whatsThis = actionNamed(window, "whatsThisAction");
        QVERIFY(whatsThis);
        QCOMPARE(whatsThis->shortcut(), QKeySequence(QKeySequence::WhatsThis));
        QVERIFY(whatsThis->shortcut().toString().contains("F1"));
        whatsThis->trigger();
        QVERIFY(QWhatsThis::inWhatsThisMode());
        QWhatsThis::leaveWhatsThisMode();
    }

    void everyPlotExplainsItself()
    {
        MainWindow window(RecomputeSettings::defaultsFor(GeneratorKind::Proxy));
        const QList<QCustomPlot*> simulation = window.page<lev::ui::SimulationPage>().plots();
        const QList<QCustomPlot*> data = window.page<lev::ui::DataPage>().plots();
        QCOMPARE(simulation.size(), 8);
        QCOMPARE(data.size(), 7); // five on the first tab, two on the diagnostics tab
        QStringList names;
        for (QCustomPlot* plot : simulation + data) {
            names << plot->objectName();
            QVERIFY2(!plot->objectName().isEmpty(), "a plot without a name has no help");
            QVERIFY2(plot->whatsThis().size() > 100, qPrintable(plot->objectName()));
            QVERIFY2(!plot->toolTip().isEmpty(), qPrintable(plot->objectName()));
            QVERIFY2(plot->toolTip().size() < 200,
                     qPrintable(plot->objectName() + ": a tooltip is one or two lines"));
            // What is drawn, how to read it, what to notice.
            for (const char* part : {"Drawn:", "Read it:", "Notice:"})
                QVERIFY2(plot->whatsThis().contains(QLatin1String(part)),
                         qPrintable(plot->objectName() + ": no " + part));
            QCOMPARE(plot->toolTip(), lev::ui::PlotExplanations::of(plot->objectName()).toolTip);
        }
        QVERIFY(names.contains("causalGraphPlot"));
        // Every plot anywhere in the window, shown or not.
        for (QCustomPlot* plot : window.findChildren<QCustomPlot*>())
            QVERIFY2(!plot->whatsThis().isEmpty(), qPrintable(plot->objectName()));
        // The table answers nothing for a name it does not know (the check above can fail).
        QVERIFY(lev::ui::PlotExplanations::of("noSuchPlot").isEmpty());
        QCustomPlot stranger;
        stranger.setObjectName("noSuchPlot");
        QCOMPARE(lev::ui::PlotExplanations::apply({&stranger}), QStringList{"noSuchPlot"});
        QVERIFY(stranger.whatsThis().isEmpty());
    }

    void noTooltipsWhilePresenting()
    {
        MainWindow window(RecomputeSettings::defaultsFor(GeneratorKind::Proxy));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCustomPlot* plot = window.findChild<QCustomPlot*>("weightsPlot");
        QVERIFY(plot && plot->isVisible());
        auto hover = [plot]() {
            QToolTip::hideText();
            const QPoint at = plot->rect().center();
            QHelpEvent event(QEvent::ToolTip, at, plot->mapToGlobal(at));
            QApplication::sendEvent(plot, &event);
            return QToolTip::isVisible() ? QToolTip::text() : QString();
        };
        QCOMPARE(hover(), plot->toolTip()); // the check below can fail
        window.setPresentationMode(true);
        QTRY_VERIFY(window.isFullScreen());
        QVERIFY(plot->isVisible());
        QVERIFY2(hover().isEmpty(), "a tooltip covers a plot in presentation mode");
        window.setPresentationMode(false);
        QTRY_VERIFY(!window.isFullScreen());
        QCOMPARE(hover(), plot->toolTip());
        QToolTip::hideText();
    }

    void shortcutSheetIsReadFromTheActions()
    {
        MainWindow window(RecomputeSettings::defaultsFor(GeneratorKind::Proxy));
        QList<ShortcutSheet::Entry> entries = ShortcutSheet::entries(&window);
        const auto native = [](QKeySequence::StandardKey key) {
            return QKeySequence(key).toString(QKeySequence::NativeText);
        };
        const ShortcutSheet::Entry undo = entryFor(entries, "Undo");
        QVERIFY2(undo.keys.contains(native(QKeySequence::Undo)), qPrintable(undo.keys));
        QCOMPARE(undo.section, QStringLiteral("Edit"));
        const ShortcutSheet::Entry redo = entryFor(entries, "Redo");
        QVERIFY2(!redo.keys.isEmpty(), "no Redo in the sheet");
        QVERIFY2(redo.keys.contains(native(QKeySequence::Redo)), qPrintable(redo.keys));
        const ShortcutSheet::Entry presentation = entryFor(entries, "Presentation Mode");
        QCOMPARE(presentation.keys, QStringLiteral("F11"));
        QCOMPARE(entryFor(entries, "Contents").keys, native(QKeySequence::HelpContents));
        // Presets live in a menu of their own.
        QCOMPARE(entryFor(entries, "Proxy: a shadow beside the lever").section,
                 QStringLiteral("Presets"));

        // Read from the actions, so it cannot drift: a new key shows up, a removed one goes.
        QMenu* view = nullptr;
        for (QAction* top : window.menuBar()->actions())
            if (top->menu() && top->menu()->title() == "&View")
                view = top->menu();
        QVERIFY(view);
        QAction* extra = view->addAction("Brand New Thing");
        extra->setShortcut(QKeySequence("Ctrl+Alt+B"));
        entries = ShortcutSheet::entries(&window);
        QCOMPARE(entryFor(entries, "Brand New Thing").section, QStringLiteral("View"));
        extra->setShortcut(QKeySequence());
        QVERIFY(entryFor(ShortcutSheet::entries(&window), "Brand New Thing").keys.isEmpty());

        // The help window's page shows the same sheet.
        window.findChild<QAction*>("helpShortcutsAction")->trigger();
        auto* help = window.findChild<HelpWindow*>();
        QVERIFY(help);
        const QString page = help->browser()->toPlainText();
        for (const char* text : {"Undo", "Redo", "F11", "Presentation Mode", "Keyboard shortcuts"})
            QVERIFY2(page.contains(QLatin1String(text)), text);
        QVERIFY(page.contains(native(QKeySequence::Undo)));
    }

    void copyImagePutsThePlotOnTheClipboard()
    {
        const auto result = lev::core::Recompute::run([] {
            RecomputeSettings s = RecomputeSettings::defaultsFor(GeneratorKind::Proxy);
            s.replications = 20;
            return s;
        }());
        lev::ui::WeightsPlot plot;
        plot.resize(437, 311);
        plot.showResult(result);
        plot.show();
        QVERIFY(QTest::qWaitForWindowExposed(&plot));
        QClipboard* clipboard = QGuiApplication::clipboard();
        clipboard->clear();
        QVERIFY(clipboard->image().isNull());

        lev::ui::PlotContextMenu* menu = lev::ui::installExportMenu(&plot, nullptr);
        std::unique_ptr<QMenu> popup(menu->createMenu());
        auto* copy = popup->findChild<QAction*>("copyImage");
        QVERIFY2(copy, "no Copy Image in the plot's menu");
        QVERIFY(popup->actions().contains(copy));
        copy->trigger();
        const QImage image = clipboard->image();
        QVERIFY(!image.isNull());
        QCOMPARE(image.size(), QSize(437, 311));
        QVERIFY2(inkedPixels(image) > 500, "the copied image is blank");
        // The plot is laid out for the screen again, at its own size.
        QCOMPARE(plot.size(), QSize(437, 311));
    }
};

QTEST_MAIN(TestHelp)
#include "tst_help.moc"
