// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#include "LearnerFit.h"

#include "RunMonitor.h"
#include "Subcommand.h"
#include "blackbox/BlackBoxJson.h"
#include "blackbox/LearnerDataFit.h"

#include <algorithm>

namespace lev::app {

QStringList LearnerFit::linearOnlyOptions()
{
    return {"estimator", "lambda",       "components", "standardize",
            "max-iter",  "no-intercept", "tolerance",  "bootstrap"};
}

int LearnerFit::run(const Subcommand& command, const QCommandLineParser& parser,
                    const Eigen::MatrixXd& x, const Eigen::VectorXd& y, const std::string& target,
                    const std::vector<std::string>& features, const core::LearnerSettings& learner,
                    std::optional<long long> folds, std::uint64_t seed, bool dropMissing,
                    long long rowsDropped)
{
    int pdp = 0;
    if (parser.isSet("pdp")) {
        const std::string name = parser.value("pdp").trimmed().toStdString();
        const auto found = std::find(features.begin(), features.end(), name);
        if (found == features.end())
            return command.fail(QStringLiteral("--pdp: '%1' is not one of the features")
                                    .arg(QString::fromStdString(name)),
                                Subcommand::kUsageError);
        pdp = static_cast<int>(found - features.begin());
    }
    const int rows = static_cast<int>(x.rows());
    const int k = folds ? static_cast<int>(*folds) : std::min(kDefaultFolds, rows);
    core::LearnerSettings settings = learner;
    settings.seed = seed;

    RunMonitor monitor(QStringLiteral("fit"));
    const core::LearnerDataFitReport report =
        core::LearnerDataFit::run(x, y, settings, k >= 2 ? k : 0, pdp, seed, monitor.cancelFlag());
    monitor.finish();
    if (monitor.interrupted())
        return command.fail(QStringLiteral("interrupted; nothing was written"),
                            RunMonitor::kInterruptedExitCode);
    if (!report.ok)
        return command.fail(QStringLiteral("%1: %2").arg(parser.value("csv"),
                                                         QString::fromStdString(report.message)),
                            Subcommand::kInputError);
    core::BlackBoxJson::DataFitContext context;
    context.target = target;
    context.features = features;
    context.learner = settings;
    context.rowsUsed = rows;
    context.rowsDropped = rowsDropped;
    context.dropMissing = dropMissing;
    context.seed = seed;
    return Subcommand::printDocument(core::BlackBoxJson::dataFit(context, report));
}

} // namespace lev::app
