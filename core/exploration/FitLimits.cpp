// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#include "exploration/FitLimits.h"

namespace lev::core {

namespace {

std::string count(double value)
{
    return std::to_string(static_cast<long long>(value));
}

} // namespace

std::string FitLimits::check(long long rows, long long features, long long replications)
{
    if (features > kMaxFeatures)
        return std::to_string(features) + " features: at most " + std::to_string(kMaxFeatures) +
               " can be fitted together (each fit holds p x p matrices); choose fewer features";
    const double cells = static_cast<double>(rows) * static_cast<double>(features);
    if (cells > kMaxCells)
        return std::to_string(rows) + " rows x " + std::to_string(features) +
               " features: at most " + count(kMaxCells) +
               " values can be fitted together; choose fewer features";
    const double weights = static_cast<double>(replications) * static_cast<double>(features);
    if (weights > kMaxBootstrapWeights)
        return std::to_string(replications) + " bootstrap replications x " +
               std::to_string(features) + " features: at most " + count(kMaxBootstrapWeights) +
               " weights are kept; use fewer replications (at most " +
               count(kMaxBootstrapWeights / static_cast<double>(features)) + ") or fewer features";
    return {};
}

} // namespace lev::core
