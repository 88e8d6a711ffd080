// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#include "SimulateCommand.h"

#include "CommandLine.h"
#include "LearnerOptions.h"
#include "LearnerSimulation.h"
#include "RunMonitor.h"
#include "ShiftedSimulation.h"
#include "Subcommand.h"
#include "io/ResultJson.h"
#include "simulation/Recompute.h"

#include <vector>

namespace lev::app {

int SimulateCommand::run(const QStringList& arguments)
{
    if (ShiftedSimulation::isRequested(arguments))
        return ShiftedSimulation::run(arguments);
    Subcommand command(
        "simulate",
        "Simulates a generator's structural model: prints one JSON object with the exact truth "
        "(causal and population weights, total effects, conditional slopes, population "
        "covariance and eigenvalues, population R\u00b2 observational and interventional) and "
        "the Monte-Carlo results of the estimator (weight mean/sd/quantiles, mean held-out and "
        "interventional R\u00b2, mean weight error, mean sample eigenvalues, and the population "
        "condition number and VIF). With --sweep, adds one entry per collinearity value. "
        "Every null comes with its reason in \"status\" or \"messages\"; an option that "
        "changes nothing for the chosen generator or estimator (--lambda with ols, --k "
        "without the latent generator, ...) is listed in settings.ignored, with a message.",
        "simulate [options]");
    CommandLine::addGeneratorOptions(command.parser());
    LearnerOptions::addTo(command.parser(),
                          "With --learner xgboost: the feature of the partial dependence curve "
                          "(X1, X2, ...). Default: X1. --generator curved (the curved manifold: "
                          "p = 4, k = 2, 2 levers by default) needs --learner xgboost; the "
                          "learner's defaults are n = 1000 and --reps 10; --estimator (ols by "
                          "default) is fitted beside the learner on the same rows.");
    int exitCode = 0;
    bool curved = false;
    if (!command.parse(LearnerOptions::curvedAsLatent(arguments, &curved), &exitCode))
        return exitCode;
    QString error;
    const auto settings = CommandLine::generatorSettings(command.parser(), &error);
    if (!settings)
        return command.fail(error, 2);
    if (const QString unused =
            LearnerOptions::inapplicable(command.parser(), LearnerSimulation::linearOnlyOptions());
        !unused.isEmpty())
        return command.fail(unused, 2);
    if (curved || LearnerOptions::requested(command.parser()))
        return LearnerSimulation::run(command, command.parser(), *settings, curved);
    // An option that changes nothing is kept in the document: settings.ignored and a message.
    std::vector<core::ResultJson::IgnoredOption> ignored;
    for (const auto& option :
         CommandLine::ineffectiveOptions(command.parser(), *settings, !settings->sweep.empty()))
        ignored.push_back({option.name.toStdString(), option.reason.toStdString()});
    RunMonitor monitor(QStringLiteral("simulate"));
    const core::RecomputeResult result =
        core::Recompute::run(*settings, monitor.cancelFlag(), [&](int done, int total) {
            monitor.setProgress(static_cast<double>(done) / total);
        });
    monitor.finish();
    if (monitor.interrupted())
        return command.fail(QStringLiteral("interrupted; nothing was written"),
                            RunMonitor::kInterruptedExitCode);
    if (result.status == core::RecomputeStatus::InvalidSettings)
        return command.fail(QString::fromStdString(result.message), 2);
    return Subcommand::printDocument(core::ResultJson::simulation(result, ignored));
}

} // namespace lev::app
