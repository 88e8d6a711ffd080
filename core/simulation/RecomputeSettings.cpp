// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#include "simulation/RecomputeSettings.h"

#include <cmath>

namespace lev::core {

namespace {
constexpr int kMaxRows = 1000000;
constexpr double kMaxCells = 5e7; // n x p of the displayed draw
constexpr int kMaxReplications = 100000;
} // namespace

std::vector<double> RecomputeSettings::defaultSweepGrid()
{
    return {0.0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95, 0.98, 0.99, 0.995, 0.999};
}

RecomputeSettings RecomputeSettings::defaultsFor(GeneratorKind kind)
{
    RecomputeSettings settings;
    settings.model = ModelSettings::defaultsFor(kind);
    return settings;
}

std::string RecomputeSettings::validate() const
{
    if (std::string problem = model.validate(); !problem.empty())
        return problem;
    if (std::string problem = estimator.validate(model.features); !problem.empty())
        return problem;
    if (n < 2 || n > kMaxRows)
        return "n must be between 2 and " + std::to_string(kMaxRows);
    if (static_cast<double>(n) * model.features > kMaxCells)
        return "n x p must be at most 5e7";
    if (replications < 1 || replications > kMaxReplications)
        return "reps must be between 1 and " + std::to_string(kMaxReplications);
    if (sweepReplications < 0 || sweepReplications > kMaxReplications)
        return "sweep reps must be between 0 and " + std::to_string(kMaxReplications);
    for (double c : sweep)
        if (!std::isfinite(c) || c < 0.0 || c >= 1.0)
            return "every sweep collinearity must be in [0, 1)";
    if (threads < 0 || threads > 256)
        return "threads must be between 0 and 256";
    return {};
}

RecomputeSettings RecomputeSettings::atCollinearity(double collinearity) const
{
    RecomputeSettings point = *this;
    point.model.collinearity = collinearity;
    point.sweep.clear();
    if (sweepReplications > 0)
        point.replications = sweepReplications;
    point.sweepReplications = 0;
    return point;
}

bool operator==(const RecomputeSettings& a, const RecomputeSettings& b)
{
    return a.model == b.model && a.estimator == b.estimator && a.n == b.n &&
           a.replications == b.replications && a.seed == b.seed && a.sweep == b.sweep &&
           a.sweepReplications == b.sweepReplications && a.sampling == b.sampling &&
           a.threads == b.threads;
}

} // namespace lev::core
