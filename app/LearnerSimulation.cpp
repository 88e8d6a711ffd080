// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#include "LearnerSimulation.h"

#include "CommandLine.h"
#include "LearnerOptions.h"
#include "RunMonitor.h"
#include "Subcommand.h"
#include "blackbox/BlackBox.h"
#include "blackbox/BlackBoxJson.h"

namespace lev::app {

QStringList LearnerSimulation::linearOnlyOptions()
{
    return {}; // --estimator and its tuning choose the linear estimator beside the learner
}

int LearnerSimulation::run(const Subcommand& command, const QCommandLineParser& parser,
                           const core::RecomputeSettings& settings, bool curved)
{
    if (!LearnerOptions::requested(parser))
        return command.fail(QStringLiteral("--generator curved needs --learner xgboost (its "
                                           "truth is not linear)"),
                            Subcommand::kUsageError);
    QString error;
    const auto learner = LearnerOptions::read(parser, &error);
    if (!learner)
        return command.fail(error, Subcommand::kUsageError);

    core::BlackBoxSettings box =
        curved ? core::BlackBoxSettings::curvedDefaults()
               : core::BlackBoxSettings::defaultsFor(settings.model.generator);
    const core::ModelSettings curvedModel = box.model;
    box.model = settings.model;
    if (curved) {
        // The latent generator's defaults stand in for the options not given.
        if (!parser.isSet("p"))
            box.model.features = curvedModel.features;
        if (!parser.isSet("k"))
            box.model.latentDimension = curvedModel.latentDimension;
        if (!parser.isSet("levers"))
            box.model.levers = curvedModel.levers;
        if (!parser.isSet("collinearity"))
            box.model.collinearity = curvedModel.collinearity;
    }
    box.learner = *learner;
    box.linear = settings.estimator;
    box.learner.seed = settings.seed;
    if (parser.isSet("threads"))
        box.learner.threads = settings.threads;
    box.seed = settings.seed;
    if (parser.isSet("n"))
        box.n = settings.n;
    if (parser.isSet("reps"))
        box.replications = settings.replications;
    box.sweep = settings.sweep;
    if (parser.isSet("sweep-reps"))
        box.sweepReplications = settings.sweepReplications;
    if (parser.isSet("pdp")) {
        const QString name = parser.value("pdp").trimmed();
        bool found = false;
        for (int j = 0; j < box.model.features && !found; ++j)
            if (name == QStringLiteral("X%1").arg(j + 1)) {
                box.pdpFeature = j;
                found = true;
            }
        if (!found)
            return command.fail(QStringLiteral("--pdp: '%1' is not a feature (X1 to X%2)")
                                    .arg(name)
                                    .arg(box.model.features),
                                Subcommand::kUsageError);
    }
    if (box.model.features < 2)
        box.sliceSecond = 0;
    if (const std::string problem = box.validate(); !problem.empty())
        return command.fail(QString::fromStdString(problem), Subcommand::kUsageError);

    RunMonitor monitor(QStringLiteral("simulate"));
    const core::BlackBoxResult result =
        core::BlackBox::run(box, monitor.cancelFlag(), [&](const core::BlackBoxResult& partial) {
            monitor.setProgress(partial.progress);
        });
    monitor.finish();
    if (monitor.interrupted())
        return command.fail(QStringLiteral("interrupted; nothing was written"),
                            RunMonitor::kInterruptedExitCode);
    if (result.status == core::BlackBoxStatus::InvalidSettings)
        return command.fail(QString::fromStdString(result.message), Subcommand::kUsageError);
    if (result.status != core::BlackBoxStatus::Ok)
        return command.fail(QString::fromStdString(result.message), Subcommand::kInputError);
    return Subcommand::printDocument(core::BlackBoxJson::simulation(box, result));
}

} // namespace lev::app
