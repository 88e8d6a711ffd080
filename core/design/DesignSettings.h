// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#pragma once
// Everything one experiment-design computation depends on (docs/math.md §8): the structural
// model, a budget of n rows of which a fraction pi are randomized (the chosen features drawn
// independently, N(0, v_j), arrows into them cut), the Monte-Carlo design. An immutable value.

#include "model/ModelSettings.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace lev::core {

struct DesignSettings
{
    ModelSettings model;
    int n = 1000;          ///< the budget: rows in the whole study
    double fraction = 0.3; ///< pi in [0, 1]: the share of randomized rows, round(pi n) of them
    std::vector<int> randomized = {0}; ///< feature indices (0-based, ascending, distinct)
    /// Randomization variances v_j, one per feature (entries of features that are not
    /// randomized are ignored); empty: every randomized feature keeps its observational variance.
    std::vector<double> variances;
    /// "Allocate for me": every feature randomized, with the A-optimal variances of total budget.
    bool allocate = false;
    /// B = sum_j v_j for the allocation; none: the trace of the observational S_XX.
    std::optional<double> budget;
    int replications = 200; ///< R
    std::uint64_t seed = 1;
    int threads = 0; ///< worker threads for the replications; 0: all cores

    /// The defaults of a generator: its model defaults, X1 randomized, pi = 0.3, n = 1000.
    static DesignSettings defaultsFor(GeneratorKind kind);
    /// Empty when valid, else one line naming the first bad field.
    std::string validate() const;
    /// Whether feature j is randomized in the experiment (every feature when allocating).
    bool isRandomized(int feature) const;
    /// Randomized rows round(pi n) and observational rows n - round(pi n).
    int randomizedRows() const;
    int observationalRows() const { return n - randomizedRows(); }
};

bool operator==(const DesignSettings& a, const DesignSettings& b);
inline bool operator!=(const DesignSettings& a, const DesignSettings& b)
{
    return !(a == b);
}

} // namespace lev::core
