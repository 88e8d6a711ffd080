// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#pragma once
// The two-sample tests invariant causal prediction applies to residuals: Welch's t-test for equal
// means, t = (m1 - m2) / sqrt(v1/n1 + v2/n2) with Welch-Satterthwaite degrees of freedom, and the
// two-sided F-test for equal variances, F = v1 / v2 on (n1 - 1, n2 - 1) degrees of freedom.

#include <Eigen/Core>

namespace lev::core {

class TwoSampleTest
{
public:
    struct Result
    {
        double statistic = 0.0;
        double dof1 = 0.0; ///< t: the Welch degrees of freedom; F: the numerator's
        double dof2 = 0.0; ///< F: the denominator's degrees of freedom; t: unused
        double pValue = 1.0;
    };

    /// Welch's two-sided t-test; each sample needs at least 2 values.
    static Result welch(const Eigen::Ref<const Eigen::VectorXd>& x,
                        const Eigen::Ref<const Eigen::VectorXd>& z);
    /// The two-sided F-test of equal variances (R's var.test); each sample needs 2 values.
    static Result variance(const Eigen::Ref<const Eigen::VectorXd>& x,
                           const Eigen::Ref<const Eigen::VectorXd>& z);
};

} // namespace lev::core
