// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#include "environments/TwoSampleTest.h"

#include "environments/Distributions.h"

#include <algorithm>
#include <cassert>
#include <cmath>

namespace lev::core {

namespace {

struct Moments
{
    double n;
    double mean;
    double variance; ///< unbiased, n - 1 in the denominator
};

Moments momentsOf(const Eigen::Ref<const Eigen::VectorXd>& v)
{
    const double n = static_cast<double>(v.size());
    const double mean = v.mean();
    return {n, mean, (v.array() - mean).square().sum() / (n - 1.0)};
}

} // namespace

TwoSampleTest::Result TwoSampleTest::welch(const Eigen::Ref<const Eigen::VectorXd>& x,
                                           const Eigen::Ref<const Eigen::VectorXd>& z)
{
    assert(x.size() >= 2 && z.size() >= 2);
    const Moments a = momentsOf(x);
    const Moments b = momentsOf(z);
    const double va = a.variance / a.n;
    const double vb = b.variance / b.n;
    const double se2 = va + vb;
    Result r;
    if (!(se2 > 0.0)) {
        // Both samples constant: equal means are certain or impossible.
        r.statistic = 0.0;
        r.pValue = a.mean == b.mean ? 1.0 : 0.0;
        return r;
    }
    r.statistic = (a.mean - b.mean) / std::sqrt(se2);
    r.dof1 = se2 * se2 / (va * va / (a.n - 1.0) + vb * vb / (b.n - 1.0));
    r.pValue = Distributions::studentTwoSided(r.statistic, r.dof1);
    return r;
}

TwoSampleTest::Result TwoSampleTest::variance(const Eigen::Ref<const Eigen::VectorXd>& x,
                                              const Eigen::Ref<const Eigen::VectorXd>& z)
{
    assert(x.size() >= 2 && z.size() >= 2);
    const Moments a = momentsOf(x);
    const Moments b = momentsOf(z);
    Result r;
    r.dof1 = a.n - 1.0;
    r.dof2 = b.n - 1.0;
    if (!(b.variance > 0.0)) {
        r.statistic = a.variance > 0.0 ? HUGE_VAL : 1.0;
        r.pValue = a.variance > 0.0 ? 0.0 : 1.0;
        return r;
    }
    r.statistic = a.variance / b.variance;
    const double lower = Distributions::fisherLowerTail(r.statistic, r.dof1, r.dof2);
    const double upper = Distributions::fisherUpperTail(r.statistic, r.dof1, r.dof2);
    r.pValue = std::min(1.0, 2.0 * std::min(lower, upper));
    return r;
}

} // namespace lev::core
