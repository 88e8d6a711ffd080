// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#include "environments/Distributions.h"

#include <boost/math/distributions/chi_squared.hpp>
#include <boost/math/distributions/fisher_f.hpp>
#include <boost/math/distributions/normal.hpp>
#include <boost/math/distributions/students_t.hpp>

#include <algorithm>
#include <cmath>
#include <limits>

namespace lev::core {

namespace {

// Errors become NaN (or an infinity on overflow) instead of exceptions.
using QuietPolicy = boost::math::policies::policy<
    boost::math::policies::domain_error<boost::math::policies::ignore_error>,
    boost::math::policies::pole_error<boost::math::policies::ignore_error>,
    boost::math::policies::overflow_error<boost::math::policies::ignore_error>,
    boost::math::policies::evaluation_error<boost::math::policies::ignore_error>,
    boost::math::policies::rounding_error<boost::math::policies::ignore_error>>;

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

bool validDof(double dof)
{
    return dof > 0.0 && !std::isnan(dof);
}

} // namespace

double Distributions::studentUpperTail(double t, double dof)
{
    if (!validDof(dof) || std::isnan(t))
        return kNaN;
    if (std::isinf(t))
        return t > 0 ? 0.0 : 1.0;
    return boost::math::cdf(
        boost::math::complement(boost::math::students_t_distribution<double, QuietPolicy>(dof), t));
}

double Distributions::studentTwoSided(double t, double dof)
{
    const double tail = studentUpperTail(std::abs(t), dof);
    return std::min(1.0, 2.0 * tail);
}

double Distributions::fisherLowerTail(double f, double dof1, double dof2)
{
    if (!validDof(dof1) || !validDof(dof2) || std::isnan(f))
        return kNaN;
    if (f <= 0.0)
        return 0.0;
    if (std::isinf(f))
        return 1.0;
    return boost::math::cdf(boost::math::fisher_f_distribution<double, QuietPolicy>(dof1, dof2), f);
}

double Distributions::fisherUpperTail(double f, double dof1, double dof2)
{
    if (!validDof(dof1) || !validDof(dof2) || std::isnan(f))
        return kNaN;
    if (f <= 0.0)
        return 1.0;
    if (std::isinf(f))
        return 0.0;
    return boost::math::cdf(boost::math::complement(
        boost::math::fisher_f_distribution<double, QuietPolicy>(dof1, dof2), f));
}

double Distributions::chiSquareUpperTail(double x, double dof)
{
    if (!validDof(dof) || std::isnan(x))
        return kNaN;
    if (x <= 0.0)
        return 1.0;
    if (std::isinf(x))
        return 0.0;
    return boost::math::cdf(boost::math::complement(
        boost::math::chi_squared_distribution<double, QuietPolicy>(dof), x));
}

double Distributions::normalQuantile(double probability)
{
    if (!(probability > 0.0 && probability < 1.0))
        return kNaN;
    return boost::math::quantile(boost::math::normal_distribution<double, QuietPolicy>(0.0, 1.0),
                                 probability);
}

} // namespace lev::core
