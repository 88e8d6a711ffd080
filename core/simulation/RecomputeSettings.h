// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#pragma once
// Everything one recompute depends on (docs/math.md §4): the model, the sample size, the
// estimator, the Monte-Carlo design and the collinearity grid of the sweep. An immutable value.

#include "estimators/EstimatorSettings.h"
#include "model/ModelSettings.h"
#include "simulation/ReplicationSampler.h"

#include <cstdint>
#include <string>
#include <vector>

namespace lev::core {

struct RecomputeSettings
{
    ModelSettings model;
    EstimatorSettings estimator;
    int n = 200;               ///< training rows per replication (and in the displayed draw)
    int replications = 200;    ///< R
    std::uint64_t seed = 1;    ///< the draws; the latent loadings use model.loadingSeed
    std::vector<double> sweep; ///< collinearity grid; empty: no sweep
    int sweepReplications = 0; ///< R per sweep point; 0: the same as replications
    SamplingMethod sampling = SamplingMethod::Automatic;
    int threads = 0; ///< worker threads for the replications; 0: all cores

    /// The collinearity grid of the sweep chart: dense near 1, where the weights explode.
    static std::vector<double> defaultSweepGrid();
    /// the defaults of docs/math.md §2 for a generator.
    static RecomputeSettings defaultsFor(GeneratorKind kind);
    /// Empty when valid, else one line naming the first bad field.
    std::string validate() const;
    /// The settings of one sweep point: the same but for the collinearity and the sweep itself.
    RecomputeSettings atCollinearity(double collinearity) const;
};

bool operator==(const RecomputeSettings& a, const RecomputeSettings& b);
inline bool operator!=(const RecomputeSettings& a, const RecomputeSettings& b)
{
    return !(a == b);
}

} // namespace lev::core
