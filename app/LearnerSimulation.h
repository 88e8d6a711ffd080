// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#pragma once
// `simulate --learner xgboost`: the black box on a generator (docs/math.md §9). Reads the
// generator options already parsed, runs core::BlackBox and prints its JSON document.

#include "simulation/RecomputeSettings.h"

#include <QCommandLineParser>

namespace lev::app {

class Subcommand;

class LearnerSimulation
{
public:
    /// The options that only the linear estimators use (refused with --learner): none, since
    /// --estimator and its tuning choose the linear estimator fitted beside the learner.
    static QStringList linearOnlyOptions();
    /// Runs and prints; returns the exit code. `settings` are the generator options as parsed
    /// (the curved generator arrives as latent, with `curved` set).
    static int run(const Subcommand& command, const QCommandLineParser& parser,
                   const core::RecomputeSettings& settings, bool curved);
};

} // namespace lev::app
