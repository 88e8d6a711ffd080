// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#include "GuiCommand.h"

#include "CommandLine.h"
#include "Subcommand.h"
#include "io/SessionFile.h"
#include "jobs/LatestJobRunner.h"
#include "modes/blackbox/BlackBoxController.h"
#include "modes/blackbox/BlackBoxPage.h"
#include "modes/data/DataMode.h"
#include "modes/data/DataPage.h"
#include "modes/simulation/SimulationPage.h"
#include "shell/MainWindow.h"
#include "shell/PresentationMode.h"
#include "shell/SessionState.h"
#include "shell/StartupRestore.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QRegularExpression>
#include <QTimer>
#include <cstdio>
#include <optional>

namespace lev::app {

namespace {

constexpr int kScreenshotTimeoutMs = 120000;

int fail(const QString& message, int code)
{
    std::fprintf(stderr, "leverscope: error: %s\n", qPrintable(CommandLine::shortened(message)));
    return code;
}

} // namespace

namespace {

// QGuiApplication takes -session/--session for X11 session management and removes it, so
// leverscope's own --session FILE is taken out of argv before the application sees it.
std::optional<QString> takeSessionArgument(int* argc, char* argv[], QString* error)
{
    std::optional<QString> session;
    int kept = 1;
    for (int i = 1; i < *argc; ++i) {
        const QString argument = QString::fromLocal8Bit(argv[i]);
        if (argument == "--session" || argument == "-session") {
            if (i + 1 >= *argc) {
                *error = QStringLiteral("Missing value after '--session'.");
                return std::nullopt;
            }
            session = QString::fromLocal8Bit(argv[++i]);
        } else if (argument.startsWith("--session=")) {
            session = argument.mid(int(qstrlen("--session=")));
        } else {
            argv[kept++] = argv[i];
        }
    }
    *argc = kept;
    argv[kept] = nullptr;
    return session;
}

} // namespace

int GuiCommand::run(int argc, char* argv[])
{
    QString argumentError;
    const std::optional<QString> sessionPath = takeSessionArgument(&argc, argv, &argumentError);
    if (!argumentError.isEmpty())
        return fail(argumentError, Subcommand::kUsageError);
    // A session that cannot be used is reported before any window (or display) is needed.
    if (sessionPath) {
        core::RecomputeSettings check;
        QString problem;
        if (!core::SessionFile::read(*sessionPath, &check, &problem))
            return fail(problem, Subcommand::kInputError);
    }
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("leverscope"));
    QApplication::setApplicationDisplayName(QStringLiteral("Leverscope"));
    QApplication::setOrganizationName(QStringLiteral("Leverscope"));
    QApplication::setApplicationVersion(QStringLiteral(LEVERSCOPE_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Leverscope: predicting is not knowing the levers. Without a subcommand "
                       "it starts the GUI; see 'leverscope --help' for the subcommands."));
    CommandLine::addGeneratorOptions(parser);
    parser.addOptions({
        {"screenshot", "Render the main window to a PNG after the first recompute, then exit.",
         "FILE"},
        {"size",
         "Window size for --screenshot, WIDTHxHEIGHT (at least 800x600); with --presentation "
         "the presentation is rendered at exactly this size. Default: 1600x1000.",
         "WxH"},
        {"presentation",
         "Start in presentation mode (full screen, large type; F11 toggles). With --screenshot "
         "the window keeps --size instead of going full screen."},
        {"csv",
         "Open your own data in data mode (File > Import CSV). Without --target the column "
         "dialog opens.",
         "FILE"},
        {"target", "With --csv: the column to predict.", "COLUMN"},
        {"features",
         "With --csv: comma-separated feature columns. Default: every other numeric column.",
         "A,B,..."},
        {"drop-missing",
         "With --csv: drop rows with a missing value (empty, NA, NaN, '.') in a chosen column."},
        {"example", "Open a bundled example in data mode: longley.", "NAME"},
        {"mode", "Start in this mode: simulation (the default), design, blackbox or environments.",
         "NAME"},
    });
    QString error;
    if (!CommandLine::parse(parser, QApplication::arguments(), &error))
        return fail(error, 2);
    auto settings = CommandLine::generatorSettings(parser, &error);
    if (!settings)
        return fail(error, 2);

    std::optional<ui::DataMode::Choice> dataChoice;
    std::optional<core::DataExample> example;
    if (parser.isSet("example")) {
        example = core::DataExample::byId(parser.value("example").toStdString());
        if (!example)
            return fail(QStringLiteral("--example: unknown example '%1' (longley)")
                            .arg(parser.value("example")),
                        2);
        if (parser.isSet("csv"))
            return fail(QStringLiteral("--example and --csv: choose one"), 2);
    }
    if ((parser.isSet("target") || parser.isSet("features") || parser.isSet("drop-missing")) &&
        !parser.isSet("csv"))
        return fail(QStringLiteral("--target, --features and --drop-missing need --csv FILE"), 2);
    if (parser.isSet("csv") && parser.isSet("target")) {
        dataChoice = ui::DataMode::Choice{
            parser.value("target"), {}, parser.isSet("standardize"), parser.isSet("drop-missing")};
        if (parser.isSet("features"))
            for (const QString& name : parser.value("features").split(','))
                dataChoice->features << name.trimmed();
    }
    if (parser.isSet("csv") && !dataChoice && parser.isSet("screenshot"))
        return fail(QStringLiteral("--csv with --screenshot needs --target COLUMN"), 2);

    const QString modeName = parser.value("mode");
    if (parser.isSet("mode") && (example || parser.isSet("csv")))
        return fail(QStringLiteral("--mode and --csv or --example: choose one"), 2);

    QSize size(1600, 1000);
    if (parser.isSet("size")) {
        const auto match = QRegularExpression(QStringLiteral("^(\\d{3,5})x(\\d{3,5})$"))
                               .match(parser.value("size"));
        if (!match.hasMatch())
            return fail(
                QStringLiteral("--size: '%1' is not WIDTHxHEIGHT").arg(parser.value("size")), 2);
        size = QSize(match.captured(1).toInt(), match.captured(2).toInt());
        if (size.width() < 800 || size.height() < 600)
            return fail(QStringLiteral("--size: at least 800x600"), 2);
    }

    // Without a starting state on the command line, continue where the user left off.
    bool stateGiven = sessionPath.has_value();
    for (const QString& name : parser.optionNames())
        stateGiven = stateGiven || (name != "presentation" && name != "size" && name != "mode");
    std::optional<ui::StartupRestore> restore;
    if (!stateGiven)
        restore.emplace();
    if (restore && restore->simulation())
        settings = *restore->simulation();

    ui::MainWindow window(*settings);
    if (restore) // every mode's settings and the mode that was shown
        restore->restoreModes(window);
    if (sessionPath && !window.openSession(*sessionPath, &error))
        return fail(error, Subcommand::kInputError);
    ui::ModePage* startPage = nullptr;
    if (parser.isSet("mode")) {
        QStringList known;
        for (ui::ModePage* page : window.pages()) {
            // A page is named "<mode>Page"; data mode starts with --csv or --example instead.
            const QString name = page->objectName().chopped(int(qstrlen("Page")));
            if (name == QLatin1String("data"))
                continue;
            known << name;
            if (name == modeName)
                startPage = page;
        }
        if (!startPage)
            return fail(QStringLiteral("--mode: unknown mode '%1' (%2)")
                            .arg(modeName, known.join(QStringLiteral(", "))),
                        2);
        window.showPage(startPage); // before presentation mode, which a page change ends
    }
    // Generator options on the command line start the designer and the black box too (each
    // keeps its own settings); a session brings its own.
    bool modelGiven = false;
    for (const char* name : {"generator", "collinearity", "noise", "n", "p", "k", "levers",
                             "effect", "confounding", "reps", "seed"})
        modelGiven = modelGiven || parser.isSet(QLatin1String(name));
    if (modelGiven && !sessionPath && !example && !parser.isSet("csv")) {
        const auto adopt = [&](auto modeSettings) {
            modeSettings.model = settings->model;
            modeSettings.seed = settings->seed;
            if (parser.isSet("n"))
                modeSettings.n = settings->n;
            if (parser.isSet("reps"))
                modeSettings.replications = settings->replications;
            return modeSettings;
        };
        const core::DesignSettings design = adopt(window.state().design());
        const core::BlackBoxSettings blackBox = adopt(window.state().blackBox());
        const std::string problem = modeName == QLatin1String("design")     ? design.validate()
                                    : modeName == QLatin1String("blackbox") ? blackBox.validate()
                                                                            : std::string();
        if (!problem.empty())
            return fail(
                QStringLiteral("--mode %1: %2").arg(modeName, QString::fromStdString(problem)), 2);
        if (design.validate().empty())
            window.state().replaceDesign(design, QString());
        if (blackBox.validate().empty())
            window.state().replaceBlackBox(blackBox, QString());
        window.state().undoStack().clear(); // the starting state, not an edit
    }
    // A screenshot has a known size; otherwise the last run's geometry comes back if saved.
    const bool restored =
        !parser.isSet("screenshot") && !parser.isSet("size") && window.restoreLayout();
    if (!restored)
        window.resize(size);
    if (parser.isSet("screenshot")) {
        window.setAskBeforeClosing(false); // nothing to ask: it exits by itself
        // The picture has the size asked for: presentation mode does not go full screen.
        if (auto* presentation = window.findChild<ui::PresentationMode*>())
            presentation->setFullScreen(false);
    }
    window.show();
    if (parser.isSet("presentation"))
        window.setPresentationMode(true);
    if (parser.isSet("screenshot"))
        window.resize(size); // again: without the dock the window may be smaller
    const bool dataMode = example || parser.isSet("csv");
    // A session saved in the black box opens there (the page showed itself).
    ui::BlackBoxPage& blackBox = window.page<ui::BlackBoxPage>();
    ui::DataMode& data = window.page<ui::DataPage>().dataMode();
    if (example)
        data.openExample(*example);
    else if (parser.isSet("csv")) {
        data.setDropMissing(parser.isSet("drop-missing"));
        data.importFile(parser.value("csv"), dataChoice);
    }
    if (restore)
        restore->report(window);
    if (!parser.isSet("screenshot"))
        return QApplication::exec();

    const QString path = parser.value("screenshot");
    int exitCode = 1;
    const auto grabWindow = [&]() {
        // Let the queued replots of the last result run before grabbing.
        QTimer::singleShot(50, &app, [&]() {
            QString problem;
            if (window.saveScreenshot(path, &problem))
                exitCode = 0;
            else
                std::fprintf(stderr, "leverscope: error: %s\n", qPrintable(problem));
            QApplication::quit();
        });
    };
    if (dataMode) {
        // The exploration and the diagnostics (the second tab) come from two runners.
        ui::DataPage& dataPage = window.page<ui::DataPage>();
        QObject::connect(&dataPage, &ui::DataPage::analysisShown, &app, grabWindow);
        QObject::connect(&dataPage, &ui::DataPage::problemReported, &app,
                         [&](const QString& message) {
                             std::fprintf(stderr, "leverscope: error: %s\n", qPrintable(message));
                             QApplication::exit(2);
                         });
    } else if (&window.currentPage() == &blackBox) {
        // The black box shows a provisional fit first: wait for the last refit.
        QObject::connect(&blackBox.controller(), &ui::BlackBoxController::settled, &app,
                         grabWindow);
    } else if (&window.currentPage() != window.pages().front()) {
        QObject::connect(&window.currentPage().jobs(), &ui::LatestJobRunner::finished, &app,
                         grabWindow);
    } else {
        QObject::connect(&window.page<ui::SimulationPage>().controller(),
                         &ui::RecomputeController::settled, &app, grabWindow);
    }
    QTimer::singleShot(kScreenshotTimeoutMs, &app, [&]() {
        std::fprintf(stderr, "leverscope: error: the recompute did not finish within %d s\n",
                     kScreenshotTimeoutMs / 1000);
        QApplication::exit(1);
    });
    const int loop = QApplication::exec();
    return loop != 0 ? loop : exitCode;
}

} // namespace lev::app
