// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#include "design/MutilatedScm.h"

#include <cassert>
#include <cmath>

namespace lev::core {

LinearGaussianScm MutilatedScm::of(const LinearGaussianScm& scm,
                                   const std::vector<bool>& randomized,
                                   const Eigen::VectorXd& variances)
{
    const int p = scm.featureCount();
    assert(static_cast<int>(randomized.size()) == p && variances.size() == p);
    const int m = scm.variableCount();
    std::vector<bool> cut(std::size_t(m), false);
    Eigen::VectorXd scales = scm.noiseScales();
    for (int j = 0; j < p; ++j) {
        if (!randomized[std::size_t(j)])
            continue;
        assert(variances[j] >= 0.0);
        const int v = scm.featureIndices()[std::size_t(j)];
        cut[std::size_t(v)] = true;
        scales[v] = std::sqrt(variances[j]);
    }
    const Eigen::MatrixXd edges = scm.edges();
    LinearGaussianScm mutilated;
    for (int v = 0; v < m; ++v) {
        mutilated.addVariable(scm.name(v), scm.role(v), scales[v]);
        if (cut[std::size_t(v)])
            continue;
        for (int from = 0; from < v; ++from)
            if (edges(v, from) != 0.0)
                mutilated.setEdge(v, from, edges(v, from));
    }
    return mutilated;
}

} // namespace lev::core
