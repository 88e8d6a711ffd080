// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#include "blackbox/LearnerSettings.h"

#include <cmath>

namespace lev::core {

std::string LearnerSettings::validate() const
{
    constexpr int kMaxTrees = 100000;
    constexpr int kMaxDepth = 20;
    if (trees < 1 || trees > kMaxTrees)
        return "trees must be between 1 and " + std::to_string(kMaxTrees);
    if (depth < 1 || depth > kMaxDepth)
        return "depth must be between 1 and " + std::to_string(kMaxDepth);
    if (!std::isfinite(learningRate) || learningRate <= 0.0 || learningRate > 1.0)
        return "learning rate must be in (0, 1]";
    if (threads < 0 || threads > 1024)
        return "threads must be between 0 (all cores) and 1024";
    if (shapThreads < 0 || shapThreads > 1024)
        return "SHAP threads must be between 0 (all cores) and 1024";
    return {};
}

bool operator==(const LearnerSettings& a, const LearnerSettings& b)
{
    return a.trees == b.trees && a.depth == b.depth && a.learningRate == b.learningRate &&
           a.seed == b.seed && a.threads == b.threads && a.shapThreads == b.shapThreads;
}

} // namespace lev::core
