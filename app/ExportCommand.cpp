// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#include "ExportCommand.h"

#include "CommandLine.h"
#include "RunMonitor.h"
#include "Subcommand.h"
#include "export/PlotExporter.h"
#include "export/PlotGallery.h"
#include "io/ResultCsv.h"
#include "io/SessionFile.h"
#include "simulation/Recompute.h"

#include <QApplication>
#include <QSet>

#include <algorithm>
#include <iterator>
#include <optional>

namespace lev::app {

namespace {

constexpr double kMinScale = 0.25;
constexpr double kMaxScale = 8.0;

/// The options of `export` itself; every other option given is a generator option.
const char* const kOwnOptions[] = {"session", "out", "format", "scale", "save-session", "help"};

struct Formats
{
    QList<ui::PlotExporter::Format> plots;
    bool csv = false;
};

std::optional<Formats> parseFormats(const QString& list, QString* error)
{
    Formats formats;
    QSet<QString> seen;
    for (const QString& item : list.split(QLatin1Char(','))) {
        const QString name = item.trimmed().toLower();
        if (name.isEmpty() || seen.contains(name))
            continue;
        seen.insert(name);
        if (name == QLatin1String("csv")) {
            formats.csv = true;
        } else if (const auto format = ui::PlotExporter::formatFromName(name)) {
            formats.plots.append(*format);
        } else {
            *error = QStringLiteral("--format: unknown format '%1' (png, pdf, svg, csv)")
                         .arg(item.trimmed());
            return std::nullopt;
        }
    }
    if (formats.plots.isEmpty() && !formats.csv) {
        *error = QStringLiteral("--format: no format given (png, pdf, svg, csv)");
        return std::nullopt;
    }
    return formats;
}

} // namespace

int ExportCommand::run(int argc, char* argv[])
{
    Subcommand command(
        "export",
        "Computes one state with the collinearity sweep and writes every plot (spectrum, "
        "weights, scoreboard, sweep, scatter, heatmap, effects, causal graph) into a folder "
        "without a "
        "display: PNG at a scale factor (text grows with the image), PDF and SVG as vector "
        "graphics, and with csv one tidy table per kind of row: the displayed draw (draw.csv), "
        "the weights per feature (weights.csv), the population spectrum (spectrum.csv), R\u00b2 "
        "and weight error (scores.csv) and the sweep (sweep.csv), each opening with '#' lines "
        "that say what it holds and the settings that produced it. The state comes "
        "from a session file or from the generator options of 'leverscope simulate'. The same "
        "state always gives byte-identical PNGs.",
        "export (--session FILE | [generator options]) --out DIR [options]");
    QCommandLineParser& parser = command.parser();
    CommandLine::addGeneratorOptions(parser);
    parser.addOptions({
        {"session", "Take the state from a .leverscope session file.", "FILE"},
        {"out", "The folder to write into; created if missing.", "DIR"},
        {"format", "Comma-separated formats: png, pdf, svg, csv. Default: png.", "LIST"},
        {"scale",
         "Pixel scale of the PNGs: 2 gives twice the width and height. Default: 1 "
         "(800 x 600 px for most plots).",
         "S"},
        {"save-session", "Also save the state as a session file.", "FILE"},
    });
    int exitCode = 0;
    if (!command.parseBeforeApplication(argc, argv, &exitCode))
        return exitCode;
    if (!parser.isSet("out") || parser.value("out").isEmpty())
        return command.fail("--out DIR is required", 2);

    QString error;
    const auto formats = parseFormats(
        parser.isSet("format") ? parser.value("format") : QStringLiteral("png"), &error);
    if (!formats)
        return command.fail(error, 2);
    double scale = 1.0;
    if (parser.isSet("scale")) {
        const auto value = CommandLine::number(parser, "scale", &error);
        if (!value)
            return command.fail(error, 2);
        if (*value < kMinScale || *value > kMaxScale)
            return command.fail(
                QStringLiteral("--scale must be between %1 and %2").arg(kMinScale).arg(kMaxScale),
                2);
        scale = *value;
    }

    // A folder that cannot be written is reported before the work (it is checked again when
    // the files are written).
    ui::PlotExporter exporter;
    if (!exporter.checkDirectory(parser.value("out")))
        return command.fail(exporter.errorString());

    core::RecomputeSettings settings;
    if (parser.isSet("session")) {
        for (const QString& name : parser.optionNames()) {
            if (std::find(std::begin(kOwnOptions), std::end(kOwnOptions), name.toStdString()) ==
                std::end(kOwnOptions))
                return command.fail(
                    QStringLiteral("--session cannot be combined with the generator option --%1")
                        .arg(name),
                    2);
        }
        if (!core::SessionFile::read(parser.value("session"), &settings, &error))
            return command.fail(error, Subcommand::kInputError);
    } else {
        const auto fromOptions = CommandLine::generatorSettings(parser, &error);
        if (!fromOptions)
            return command.fail(error, 2);
        // No file has room to say that an option was ignored: such an option is an error.
        const auto ineffective = CommandLine::ineffectiveOptions(parser, *fromOptions, true);
        if (!ineffective.isEmpty())
            return command.fail(ineffective.first().reason, 2);
        settings = *fromOptions;
    }

    // The plots show the sweep, so the export computes it (the GUI's grid unless --sweep).
    core::RecomputeSettings withSweep = settings;
    if (withSweep.sweep.empty())
        withSweep.sweep = core::RecomputeSettings::defaultSweepGrid();
    core::RecomputeResult result;
    {
        RunMonitor monitor(QStringLiteral("export"));
        result = core::Recompute::run(withSweep, monitor.cancelFlag(), [&](int done, int total) {
            monitor.setProgress(static_cast<double>(done) / total);
        });
        monitor.finish();
        if (monitor.interrupted())
            return command.fail(QStringLiteral("interrupted; nothing was written"),
                                RunMonitor::kInterruptedExitCode);
    }
    if (result.status == core::RecomputeStatus::InvalidSettings)
        return command.fail(QString::fromStdString(result.message), 2);

    int applicationArgc = 1;
    char* applicationArgv[] = {argv[0], nullptr};
    QApplication application(applicationArgc, applicationArgv);
    QApplication::setApplicationName(QStringLiteral("leverscope"));
    QApplication::setApplicationVersion(QStringLiteral(LEVERSCOPE_VERSION));

    ui::PlotGallery gallery;
    gallery.showResult(result);
    exporter.setScale(scale);
    QList<ui::PlotExporter::Document> documents;
    if (!exporter.renderAll(gallery.plots(), formats->plots, &documents))
        return command.fail(exporter.errorString());
    if (formats->csv)
        for (const core::ResultCsv::Table& table : core::ResultCsv::tables(result))
            documents.append({QString::fromStdString(table.fileName),
                              QByteArray::fromStdString(table.contents)});
    if (!exporter.writeAll(parser.value("out"), documents))
        return command.fail(exporter.errorString());

    if (parser.isSet("save-session") &&
        !core::SessionFile::write(parser.value("save-session"), settings, &error))
        return command.fail(error);
    return 0;
}

} // namespace lev::app
