// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#include "ReportCommand.h"

#include "CommandLine.h"
#include "DiagnosticOptions.h"
#include "Subcommand.h"
#include "exploration/Bootstrap.h"
#include "export/DataReport.h"
#include "export/ReportDocument.h"
#include "modes/data/DataMode.h"
#include "modes/data/DataPage.h"
#include "shell/SessionState.h"
#include "simulation/RecomputeSettings.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>

#include <optional>

namespace lev::app {

namespace {

/// Why `path` cannot take the report, or empty: its folder must exist and be writable, and no
/// folder may stand where the file goes.
QString unwritable(const QString& path)
{
    const QFileInfo file(path);
    if (file.isDir())
        return QStringLiteral("--out: '%1' is a folder").arg(path);
    const QFileInfo folder(file.absolutePath());
    if (!folder.isDir())
        return QStringLiteral("--out: the folder '%1' does not exist").arg(folder.filePath());
    if (!folder.isWritable())
        return QStringLiteral("--out: the folder '%1' is not writable").arg(folder.filePath());
    if (file.exists() && !file.isWritable())
        return QStringLiteral("--out: '%1' is not writable").arg(path);
    return {};
}

} // namespace

int ReportCommand::run(int argc, char* argv[])
{
    Subcommand command(
        "report",
        "Explores a CSV file as data mode does (the fit with its standard errors, the bootstrap "
        "of the weights, cross-validation, VIF, Belsley's collinearity diagnostics, and on "
        "request the sensitivity to an unmeasured confounder and HC3 standard errors) and "
        "writes one self-contained report without a display: PDF, or HTML with the plots "
        "inline, by the extension of --out. The file is written completely or not at all.",
        "report --csv FILE --target COLUMN [options] --out REPORT.pdf|REPORT.html");
    QCommandLineParser& parser = command.parser();
    parser.addOptions({
        {"csv", "The CSV file to analyse.", "FILE"},
        {"target", "The column to predict.", "COLUMN"},
        {"features",
         "Comma-separated feature columns. Default: every other numeric column. A text column "
         "named here is categorical.",
         "A,B,..."},
        {"drop-missing",
         "Drop the rows with a missing value (empty, NA, NaN, '.') in a chosen column."},
        {"standardize", "Scale the features to unit SD first (weights per SD)."},
        {"bootstrap",
         QStringLiteral("Bootstrap resamples of the weights (0 to %1). Default: 200.")
             .arg(core::Bootstrap::kMaxReplications),
         "R"},
        {"seed", "Random seed of the bootstrap and the folds (>= 0). Default: 1.", "S"},
        {"out", "The report to write: a .pdf or an .html file.", "FILE"},
    });
    DiagnosticOptions diagnostics;
    DiagnosticOptions::addTo(parser);
    int exitCode = 0;
    if (!command.parseBeforeApplication(argc, argv, &exitCode))
        return exitCode;
    for (const char* required : {"csv", "target", "out"})
        if (!parser.isSet(required) || parser.value(required).isEmpty())
            return command.fail(QStringLiteral("--%1 is required").arg(QLatin1String(required)),
                                Subcommand::kUsageError);
    const QString out = parser.value("out");
    if (!ui::ReportDocument::formatOf(out))
        return command.fail(
            QStringLiteral("--out: '%1' is neither .pdf nor .html").arg(QFileInfo(out).fileName()),
            Subcommand::kUsageError);
    if (const QString problem = unwritable(out); !problem.isEmpty())
        return command.fail(problem, Subcommand::kUsageError);
    QString error;
    if (!diagnostics.read(parser, true, &error))
        return command.fail(error, Subcommand::kUsageError);
    ui::DataSettings dataSettings;
    dataSettings.diagnostics = diagnostics.dataModeSettings();
    if (parser.isSet("bootstrap")) {
        const auto resamples = CommandLine::integer(parser, "bootstrap", &error);
        if (!resamples)
            return command.fail(error, Subcommand::kUsageError);
        if (*resamples < 0 || *resamples > core::Bootstrap::kMaxReplications)
            return command.fail(QStringLiteral("--bootstrap: %1 is out of range (0 to %2)")
                                    .arg(*resamples)
                                    .arg(core::Bootstrap::kMaxReplications),
                                Subcommand::kUsageError);
        dataSettings.bootstrapResamples = static_cast<int>(*resamples);
    }
    if (parser.isSet("seed")) {
        const auto seed = CommandLine::seed(parser, &error);
        if (!seed)
            return command.fail(error, Subcommand::kUsageError);
        dataSettings.seed = *seed;
    }
    ui::DataMode::Choice choice{
        parser.value("target"), {}, parser.isSet("standardize"), parser.isSet("drop-missing")};
    if (parser.isSet("features"))
        for (const QString& name : parser.value("features").split(','))
            choice.features << name.trimmed();
    choice.categorical = diagnostics.categorical();
    choice.references = diagnostics.references();

    int applicationArgc = 1;
    char* applicationArgv[] = {argv[0], nullptr};
    QApplication application(applicationArgc, applicationArgv);
    QApplication::setApplicationName(QStringLiteral("leverscope"));
    QApplication::setApplicationVersion(QStringLiteral(LEVERSCOPE_VERSION));
    // The import's progress dialog is the only window: its closing must not end the loop.
    QApplication::setQuitOnLastWindowClosed(false);

    ui::SessionState state(core::RecomputeSettings{});
    state.editData(dataSettings);
    ui::DataPage page(state, nullptr);
    page.resize(1600, 1000);
    ui::DataMode& data = page.dataMode();
    std::optional<QString> failure;
    QObject::connect(&data, &ui::DataMode::problem, &application, [&](const QString& message) {
        failure = message;
        QApplication::exit(Subcommand::kUsageError);
    });
    // The page draws the exploration and its diagnostics (the Belsley table, the contours).
    QObject::connect(&page, &ui::DataPage::analysisShown, &application,
                     []() { QApplication::exit(0); });
    QObject::connect(&page.diagnostics(), &ui::DataDiagnosticsController::diagnoseFailed,
                     &application, [&](const QString& message) {
                         failure = message;
                         QApplication::exit(Subcommand::kInputError);
                     });
    data.importFile(parser.value("csv"), choice);
    const int loop = QApplication::exec();
    if (failure)
        return command.fail(*failure, Subcommand::kUsageError);
    if (loop != 0 || !data.latest())
        return command.fail(QStringLiteral("the data could not be explored"));
    const core::DataExploration& exploration = *data.latest();
    if (exploration.fit.status == core::FitStatus::InvalidSettings)
        return command.fail(QString::fromStdString(exploration.fit.message),
                            Subcommand::kInputError);
    if (!diagnostics.checkColumns(exploration.fit.features, &error))
        return command.fail(error, Subcommand::kUsageError);

    const ui::DataReportContent content = data.reportContent(page);
    if (content.diagnostics.sensitivity && content.diagnostics.sensitivity->impossibleBound)
        return command.fail(QString::fromStdString(content.diagnostics.sensitivity->message),
                            Subcommand::kUsageError);
    if (!ui::DataReport::write(content, out, &error))
        return command.fail(error, Subcommand::kInputError);
    return 0;
}

} // namespace lev::app
