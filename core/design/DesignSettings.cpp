// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#include "design/DesignSettings.h"

#include <algorithm>
#include <cmath>

namespace lev::core {

namespace {
constexpr int kMaxRows = 1000000;
constexpr int kMaxReplications = 100000;
constexpr double kMaxBudget = 1e12;
} // namespace

DesignSettings DesignSettings::defaultsFor(GeneratorKind kind)
{
    DesignSettings settings;
    settings.model = ModelSettings::defaultsFor(kind);
    return settings;
}

std::string DesignSettings::validate() const
{
    if (std::string problem = model.validate(); !problem.empty())
        return problem;
    const int p = model.features;
    if (n < 2 || n > kMaxRows)
        return "n must be between 2 and " + std::to_string(kMaxRows);
    if (!std::isfinite(fraction) || fraction < 0.0 || fraction > 1.0)
        return "the randomized fraction must be in [0, 1]";
    for (std::size_t i = 0; i < randomized.size(); ++i) {
        if (randomized[i] < 0 || randomized[i] >= p)
            return "randomized feature " + std::to_string(randomized[i] + 1) +
                   " does not exist (p = " + std::to_string(p) + ")";
        if (i > 0 && randomized[i] <= randomized[i - 1])
            return "randomized features must be listed once each, in ascending order";
    }
    if (!variances.empty()) {
        if (static_cast<int>(variances.size()) != p)
            return "give one randomization variance per feature (" + std::to_string(p) + ")";
        for (int j : randomized)
            if (!std::isfinite(variances[std::size_t(j)]) || variances[std::size_t(j)] <= 0.0)
                return "the randomization variance of X" + std::to_string(j + 1) +
                       " must be positive";
    }
    if (budget && (!std::isfinite(*budget) || *budget <= 0.0 || *budget > kMaxBudget))
        return "the randomization budget must be positive (at most 1e12)";
    if (replications < 1 || replications > kMaxReplications)
        return "reps must be between 1 and " + std::to_string(kMaxReplications);
    if (threads < 0 || threads > 256)
        return "threads must be between 0 and 256";
    return {};
}

bool DesignSettings::isRandomized(int feature) const
{
    return allocate || std::binary_search(randomized.begin(), randomized.end(), feature);
}

int DesignSettings::randomizedRows() const
{
    return static_cast<int>(std::lround(fraction * static_cast<double>(n)));
}

bool operator==(const DesignSettings& a, const DesignSettings& b)
{
    return a.model == b.model && a.n == b.n && a.fraction == b.fraction &&
           a.randomized == b.randomized && a.variances == b.variances && a.allocate == b.allocate &&
           a.budget == b.budget && a.replications == b.replications && a.seed == b.seed &&
           a.threads == b.threads;
}

} // namespace lev::core
