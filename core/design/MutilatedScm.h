// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#pragma once
// The SCM of the experiment (docs/math.md §8.1): every randomized feature's equation becomes
// X_j := sqrt(v_j) eps_j (all arrows into X_j cut); every other equation is kept, so the
// descendants of X_j respond. Its covariance is A' D'^2 A'^T with A' = (I - B')^{-1}.

#include "model/LinearGaussianScm.h"

#include <Eigen/Core>
#include <vector>

namespace lev::core {

class MutilatedScm
{
public:
    /// `randomized` and `variances` are indexed by feature (0..p-1); v_j >= 0 where randomized
    /// (0: the feature is held at 0).
    static LinearGaussianScm of(const LinearGaussianScm& scm, const std::vector<bool>& randomized,
                                const Eigen::VectorXd& variances);
};

} // namespace lev::core
