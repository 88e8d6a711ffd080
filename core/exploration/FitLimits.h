// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#pragma once
// The largest fit of a user's data that is taken on, from what the computation holds: each fit
// keeps p x p matrices and takes O(p^3) steps (spectrum, inverse), as does every bootstrap
// resample; the design is copied (16 n p bytes in long double); the bootstrap keeps R x p weights.

#include <string>

namespace lev::core {

class FitLimits
{
public:
    /// Features fitted together: as in simulation mode (8 MB per p x p matrix, about 1e9 steps).
    static constexpr long long kMaxFeatures = 1000;
    /// Rows x features of the design (400 MB per copy in double).
    static constexpr double kMaxCells = 5e7;
    /// Bootstrap replications x features (80 MB of weights, copied once for the quantiles).
    static constexpr double kMaxBootstrapWeights = 1e7;

    /// Empty when a fit of `rows` x `features` with `replications` bootstrap resamples is within
    /// the limits, else one line giving the limit and how to stay within it.
    static std::string check(long long rows, long long features, long long replications = 0);
};

} // namespace lev::core
