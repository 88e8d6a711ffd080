// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#pragma once
// Tail probabilities and quantiles of the Student t, F, chi-square and normal distributions,
// from Boost.Math (regularized incomplete beta and gamma functions). Never throws: an argument
// outside the domain (a degree of freedom <= 0, a NaN) gives NaN, which callers treat as an
// assert-worthy programmer mistake.

namespace lev::core {

class Distributions
{
public:
    /// P(T > t) for Student's t with `dof` > 0 degrees of freedom (dof may be fractional).
    static double studentUpperTail(double t, double dof);
    /// P(|T| >= |t|): the two-sided p-value of a t statistic.
    static double studentTwoSided(double t, double dof);
    /// P(F <= f) and P(F > f) for Fisher's F with (dof1, dof2) degrees of freedom.
    static double fisherLowerTail(double f, double dof1, double dof2);
    static double fisherUpperTail(double f, double dof1, double dof2);
    /// P(X > x) for chi-square with `dof` degrees of freedom.
    static double chiSquareUpperTail(double x, double dof);
    /// The standard normal quantile: Phi^{-1}(probability), probability in (0, 1).
    static double normalQuantile(double probability);
};

} // namespace lev::core
