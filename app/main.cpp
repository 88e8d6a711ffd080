// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
// leverscope: the GUI, or a headless subcommand (docs/math.md §6).

#include "BenchCommand.h"
#include "DesignCommand.h"
#include "ExportCommand.h"
#include "FitCommand.h"
#include "GuiCommand.h"
#include "PresetsCommand.h"
#include "ReportCommand.h"
#include "SimulateCommand.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QString>
#include <QStringList>
#include <QtGlobal>
#include <cstdio>
#include <cstring>
#include <vector>

namespace {

const char* const kUsage =
    "Usage: leverscope [generator options | --session FILE] [--mode NAME] [--presentation]\n"
    "                  [--screenshot FILE [--size WxH]]\n"
    "       leverscope --csv FILE [--target COLUMN [--features A,B,...]] [--screenshot FILE]\n"
    "       leverscope --example NAME [--screenshot FILE]\n"
    "       leverscope FILE.leverscope [--presentation]\n"
    "       leverscope SUBCOMMAND [options]\n"
    "\n"
    "Leverscope shows why predicting well is not knowing the levers: held-out R\u00b2 stays flat\n"
    "while the fitted weights explode, and with a confounder only an experiment finds the levers.\n"
    "\n"
    "Subcommands (each has --help describing every option):\n"
    "  simulate   simulate a generator's structural model and print the truth and the\n"
    "             Monte-Carlo results as JSON (--learner xgboost: the black box and its\n"
    "             interpretation tools; --generator shifted: environments)\n"
    "  fit        fit ols, ridge, lasso, pcr or gradient-boosted trees to a CSV file and\n"
    "             print JSON; also collinearity diagnostics, sensitivity to a hidden\n"
    "             confounder, anchor regression and invariant causal prediction\n"
    "  presets    print the bundled presets (teaching defaults and parables) as JSON\n"
    "  export     write every plot as PNG, PDF or SVG (and the data as CSV) without a display\n"
    "  bench      time the core recompute of the benchmark workload and print JSON\n"
    "  design     compare observational, randomized, pooled and combined rows on one\n"
    "             budget: exact limits, Monte Carlo, power curve, allocation, as JSON\n"
    "  report     write a data set's report (summary, fit, collinearity diagnostics,\n"
    "             sensitivity, every plot) as one PDF or HTML file\n"
    "\n"
    "Without a subcommand, the desktop GUI starts. It takes the generator options of\n"
    "'leverscope simulate --help' as its starting state (without them and without --session,\n"
    "the last state is restored), and:\n"
    "  --session FILE      open a saved .leverscope session\n"
    "  --csv FILE          open your own data in data mode; without --target the column\n"
    "                      dialog opens\n"
    "  --target COLUMN     with --csv: the column to predict\n"
    "  --features A,B,...  with --csv: the feature columns (default: every other column)\n"
    "  --example NAME      open a bundled data set in data mode: longley\n"
    "  --mode NAME         start in this mode: simulation (the default), design (the\n"
    "                      experiment designer: what randomized rows buy), blackbox\n"
    "                      (gradient-boosted trees with SHAP, permutation importance and\n"
    "                      partial dependence beside the causal truth) or environments\n"
    "                      (anchor regression and invariant causal prediction)\n"
    "  --presentation      start in presentation mode: full screen, large type. Keys: F11\n"
    "                      or Esc leave it, 1-9 and 0 apply the first ten presets (0 the\n"
    "                      tenth), Space animates the collinearity (again: pause), the left\n"
    "                      and right arrows move it\n"
    "  --screenshot FILE   render the window (with --presentation, the presentation) to a\n"
    "                      PNG after the first recompute, then exit; needs no display\n"
    "  --size WxH          window size, and so the screenshot's size, also in presentation\n"
    "                      mode (default 1600x1000, at least 800x600)\n"
    "Without a display (DISPLAY or WAYLAND_DISPLAY unset), only --screenshot and the\n"
    "subcommands run; they render offscreen.\n"
    "\n"
    "Options:\n"
    "  -h, --help     show this help\n"
    "  -v, --version  show the version\n";

int printUsage(std::FILE* stream)
{
    std::fputs(kUsage, stream);
    return 0;
}

QtMessageHandler g_defaultHandler = nullptr;

/// Qt warns about a missing XDG_RUNTIME_DIR (and falls back to a folder of its own) whenever
/// something asks for the runtime location; that second line would follow every error line.
/// The offscreen platform's note on size hints is dropped too.
void dropRuntimeDirectoryWarnings(QtMsgType type, const QMessageLogContext& context,
                                  const QString& message)
{
    if (message.startsWith(QLatin1String("QStandardPaths: ")) &&
        (message.contains(QLatin1String("XDG_RUNTIME_DIR")) ||
         message.contains(QLatin1String("runtime directory"))))
        return;
    // The offscreen platform of a --screenshot says this of every window; it tells the user
    // nothing.
    if (message == QLatin1String("This plugin does not support propagateSizeHints()"))
        return;
    if (g_defaultHandler != nullptr)
        g_defaultHandler(type, context, message);
}

/// Whether the GUI's arguments ask for a screenshot (--screenshot FILE or --screenshot=FILE).
bool asksForScreenshot(int argc, char* argv[])
{
    for (int i = 1; i < argc; ++i)
        if (std::strcmp(argv[i], "--screenshot") == 0 ||
            std::strncmp(argv[i], "--screenshot=", 13) == 0)
            return true;
    return false;
}

/// Prepares the GUI's platform before QApplication exists: a screenshot without a display
/// configured renders offscreen; a window without one is one line and exit code 1, never the
/// abort of a platform plugin that cannot connect. Returns false when the GUI cannot start.
bool prepareDisplay(int argc, char* argv[])
{
#if defined(Q_OS_LINUX)
    const QByteArray platform = qgetenv("QT_QPA_PLATFORM");
    const bool hasX11 = !qEnvironmentVariableIsEmpty("DISPLAY");
    const bool hasWayland = !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY");
    // An explicit platform other than these two needs no display server.
    const bool needsX11 = platform.startsWith("xcb");
    const bool needsWayland = platform.startsWith("wayland");
    const bool needsAny = platform.isEmpty();
    const bool missing = (needsX11 && !hasX11) || (needsWayland && !hasWayland) ||
                         (needsAny && !hasX11 && !hasWayland);
    if (!missing)
        return true;
    const char* variable = needsWayland ? "WAYLAND_DISPLAY" : "DISPLAY";
    if (asksForScreenshot(argc, argv)) {
        if (needsAny) {
            qputenv("QT_QPA_PLATFORM", "offscreen");
            return true;
        }
        std::fprintf(stderr,
                     "leverscope: error: no display (%s is not set) for QT_QPA_PLATFORM=%s; set "
                     "QT_QPA_PLATFORM=offscreen to render the screenshot offscreen\n",
                     variable, platform.constData());
        return false;
    }
    std::fprintf(stderr,
                 "leverscope: error: no display (%s is not set); use --screenshot FILE to render "
                 "offscreen, or a subcommand\n",
                 variable);
    return false;
#else
    Q_UNUSED(argc);
    Q_UNUSED(argv);
    return true;
#endif
}

/// A file manager opens a session as `leverscope FILE` (the desktop entry's %f): a first
/// argument that is a file, or names a .leverscope file, means `--session FILE`.
bool isSessionArgument(const char* argument)
{
    const QString path = QString::fromLocal8Bit(argument);
    return path.endsWith(QLatin1String(".leverscope"), Qt::CaseInsensitive) ||
           QFileInfo(path).isFile();
}

} // namespace

int main(int argc, char* argv[])
{
    g_defaultHandler = qInstallMessageHandler(dropRuntimeDirectoryWarnings);
    const QString subcommand = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QString();
    if (subcommand == "simulate" || subcommand == "fit" || subcommand == "presets" ||
        subcommand == "bench" || subcommand == "design") {
        QCoreApplication app(argc, argv);
        QCoreApplication::setApplicationName("leverscope");
        const QStringList arguments = QCoreApplication::arguments();
        if (subcommand == "simulate")
            return lev::app::SimulateCommand::run(arguments);
        if (subcommand == "presets")
            return lev::app::PresetsCommand::run(arguments);
        if (subcommand == "bench")
            return lev::app::BenchCommand::run(arguments);
        if (subcommand == "design")
            return lev::app::DesignCommand::run(arguments);
        return lev::app::FitCommand::run(arguments);
    }
    if (subcommand == "export")
        return lev::app::ExportCommand::run(argc, argv);
    if (subcommand == "report")
        return lev::app::ReportCommand::run(argc, argv);
    if (subcommand == "--version" || subcommand == "-v") {
        std::printf("leverscope %s\n", LEVERSCOPE_VERSION);
        return 0;
    }
    if (subcommand == "--help" || subcommand == "-h")
        return printUsage(stdout);
    std::vector<char*> arguments(argv, argv + argc);
    char sessionOption[] = "--session";
    if (!subcommand.isEmpty() && !subcommand.startsWith('-')) {
        if (!isSessionArgument(argv[1])) {
            std::fprintf(stderr,
                         "leverscope: error: unknown subcommand '%s' (see leverscope --help)\n",
                         argv[1]);
            return 2;
        }
        arguments.insert(arguments.begin() + 1, sessionOption);
    }
    const int count = static_cast<int>(arguments.size());
    arguments.push_back(nullptr);
    if (!prepareDisplay(count, arguments.data()))
        return 1;
    return lev::app::GuiCommand::run(count, arguments.data());
}
