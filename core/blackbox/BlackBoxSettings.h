// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#pragma once
// Everything one black-box recompute depends on (docs/math.md §9): the generator, the learner,
// the replications and what the interpretation tools probe. An immutable value.

#include "blackbox/LearnerSettings.h"
#include "estimators/EstimatorSettings.h"
#include "model/ModelSettings.h"

#include <cstdint>
#include <string>
#include <vector>

namespace lev::core {

struct BlackBoxSettings
{
    /// The generator as the simulation uses it. With curvedManifold the curved generator is
    /// used instead and reads collinearity (c), noise (sigma), effect (b), features (p),
    /// latentDimension (k), levers (|S|) and loadingSeed (its projections) from here.
    ModelSettings model;
    bool curvedManifold = false;
    LearnerSettings learner;
    EstimatorSettings linear;   ///< the linear estimator fitted beside the learner (OLS)
    int n = 1000;               ///< training rows per replication (held-out rows: as many again)
    int replications = 10;      ///< R refits
    std::uint64_t seed = 1;     ///< the draws; replication r uses stream r
    int pdpFeature = 0;         ///< the feature of the partial dependence plot
    int gridSize = 21;          ///< grid points of partial dependence and the do-curve
    int iceCurves = 30;         ///< ICE curves kept (held-out rows of the first replication)
    int permutationRepeats = 5; ///< shuffles per feature for permutation importance
    int sliceFirst = 0;         ///< the 2-D slice's horizontal feature
    int sliceSecond = 1;        ///< its vertical feature (the same as sliceFirst when p = 1)
    int sliceGridSize = 25;     ///< prediction grid per axis of the slice
    std::vector<double> sweep;  ///< collinearity grid of the sweep; empty: no sweep
    int sweepReplications = 2;  ///< R per sweep point
    int threads = 0;            ///< worker threads for the sweep points; 0: all cores

    /// The generator's teaching defaults (ModelSettings::defaultsFor) with the learner's.
    static BlackBoxSettings defaultsFor(GeneratorKind kind);
    /// The curved manifold's defaults: c = 0.9, p = 4, k = 2, |S| = 2.
    static BlackBoxSettings curvedDefaults();
    int featureCount() const { return model.features; }
    /// Empty when valid, else one line naming the first bad field.
    std::string validate() const;
    /// The same settings at another collinearity (one sweep point, without the sweep).
    BlackBoxSettings atCollinearity(double collinearity) const;
    /// A cheap first look at these settings, shown (labelled provisional) while the full result
    /// is computed: R = 1, at most kProvisionalTrees trees on kProvisionalRows rows, one
    /// permutation repeat, at most 10 ICE curves, no sweep.
    BlackBoxSettings provisional() const;
    static constexpr int kProvisionalTrees = 25;
    static constexpr int kProvisionalRows = 300;
};

bool operator==(const BlackBoxSettings& a, const BlackBoxSettings& b);
inline bool operator!=(const BlackBoxSettings& a, const BlackBoxSettings& b)
{
    return !(a == b);
}

} // namespace lev::core
