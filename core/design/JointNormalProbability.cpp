// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#include "design/JointNormalProbability.h"

#include "random/RandomStream.h"

#include <Eigen/Cholesky>
#include <algorithm>
#include <boost/math/special_functions/gamma.hpp>
#include <cassert>
#include <cmath>

namespace lev::core {

namespace {

using DoublePrecision = boost::math::policies::policy<boost::math::policies::promote_double<false>>;

constexpr int kShifts = 8;
constexpr int kFirstPoints = 64;
constexpr int kMaxPoints = 256;
constexpr std::uint64_t kShiftSeed = 0x6E6E7A;        ///< fixed: the estimate is deterministic
constexpr double kWilsonHilfertyDof = 10.0;           ///< from here the cube-root approximation
constexpr double kSmallestProbability = 1e-300;       ///< keeps Phi^{-1} finite
constexpr double kLargestProbability = 1.0 - 0x1p-53; ///< likewise at the top

double polynomial(const double* c, int count, double x)
{
    double value = c[count - 1];
    for (int i = count - 2; i >= 0; --i)
        value = value * x + c[i];
    return value;
}

/// The first `count` primes: the Richtmyer generators are their square roots.
std::vector<double> richtmyerGenerators(int count)
{
    std::vector<double> generators;
    for (int candidate = 2; static_cast<int>(generators.size()) < count; ++candidate) {
        bool prime = true;
        for (int d = 2; d * d <= candidate && prime; ++d)
            prime = candidate % d != 0;
        if (prime)
            generators.push_back(std::sqrt(static_cast<double>(candidate)));
    }
    return generators;
}

/// S = sqrt(chi^2_nu / nu) at the probability u: Boost's inverse incomplete gamma (in double
/// precision) below 10 degrees of freedom, the Wilson-Hilferty cube above (relative error of S
/// below 1e-3 at 10 and falling as nu^{-3/2}).
double chiScale(double dof, double u)
{
    u = std::clamp(u, 1e-15, 1.0 - 1e-15);
    if (dof < kWilsonHilfertyDof)
        return std::sqrt(2.0 * boost::math::gamma_p_inv(dof / 2.0, u, DoublePrecision()) / dof);
    const double a = 2.0 / (9.0 * dof);
    const double cube = 1.0 - a + JointNormalProbability::normalQuantile(u) * std::sqrt(a);
    return std::sqrt(std::max(cube, 0.0) * cube * cube);
}

/// One lattice point's integrand: the product of the conditional masses (separation of
/// variables), drawing each coordinate within its set by the inverse normal CDF.
class Integrand
{
public:
    Integrand(const Eigen::VectorXd& mean, const Eigen::MatrixXd& lower,
              const Eigen::VectorXd& bounds, const std::vector<bool>& outside, double dof)
        : m_mean(mean), m_lower(lower), m_bounds(bounds), m_outside(outside), m_dof(dof),
          m_drawn(mean.size())
    {
    }

    /// `u` has mean.size() coordinates, one more when dof > 0 (for S).
    double operator()(const double* u)
    {
        const Eigen::Index p = m_mean.size();
        const double scale = m_dof > 0.0 ? chiScale(m_dof, u[p]) : 1.0;
        double weight = 1.0;
        for (Eigen::Index j = 0; j < p; ++j) {
            const double centre = m_mean[j] + m_lower.row(j).head(j).dot(m_drawn.head(j));
            const double sd = m_lower(j, j);
            const double bound = m_bounds[j] * scale;
            if (!(sd > 0.0)) { // degenerate: N_j is fixed by the coordinates before it
                const bool inside = std::abs(centre) <= bound;
                if (inside == bool(m_outside[std::size_t(j)]))
                    return 0.0;
                m_drawn[j] = 0.0;
                continue;
            }
            const double lo = (-bound - centre) / sd;
            const double hi = (bound - centre) / sd;
            double mass = 0.0;
            double z = 0.0;
            if (!m_outside[std::size_t(j)]) {
                // Inside [lo, hi]; in the upper half use upper tails for their precision.
                if (lo > 0.0) {
                    const double upperLo = JointNormalProbability::normalCdf(-lo);
                    mass = upperLo - JointNormalProbability::normalCdf(-hi);
                    z = -quantile(upperLo - u[j] * mass);
                } else {
                    const double lowerLo = JointNormalProbability::normalCdf(lo);
                    mass = JointNormalProbability::normalCdf(hi) - lowerLo;
                    z = quantile(lowerLo + u[j] * mass);
                }
            } else {
                const double below = JointNormalProbability::normalCdf(lo);
                const double above = JointNormalProbability::normalCdf(-hi);
                mass = below + above;
                const double t = u[j] * mass;
                z = t < below ? quantile(t) : -quantile(mass - t);
            }
            weight *= mass;
            if (!(weight > 0.0))
                return 0.0;
            m_drawn[j] = z;
        }
        return weight;
    }

private:
    static double quantile(double probability)
    {
        return JointNormalProbability::normalQuantile(
            std::clamp(probability, kSmallestProbability, kLargestProbability));
    }

    const Eigen::VectorXd& m_mean;
    const Eigen::MatrixXd& m_lower;
    const Eigen::VectorXd& m_bounds;
    const std::vector<bool>& m_outside;
    double m_dof;
    Eigen::VectorXd m_drawn;
};

} // namespace

double JointNormalProbability::normalCdf(double x)
{
    return 0.5 * std::erfc(-x * M_SQRT1_2);
}

double JointNormalProbability::normalQuantile(double probability)
{
    assert(probability > 0.0 && probability < 1.0);
    static constexpr double a[] = {3.3871328727963666080e0,  1.3314166789178437745e+2,
                                   1.9715909503065514427e+3, 1.3731693765509461125e+4,
                                   4.5921953931549871457e+4, 6.7265770927008700853e+4,
                                   3.3430575583588128105e+4, 2.5090809287301226727e+3};
    static constexpr double b[] = {1.0,
                                   4.2313330701600911252e+1,
                                   6.8718700749205790830e+2,
                                   5.3941960214247511077e+3,
                                   2.1213794301586595867e+4,
                                   3.9307895800092710610e+4,
                                   2.8729085735721942674e+4,
                                   5.2264952788528545610e+3};
    static constexpr double c[] = {1.42343711074968357734e0,  4.63033784615654529590e0,
                                   5.76949722146069140550e0,  3.64784832476320460504e0,
                                   1.27045825245236838258e0,  2.41780725177450611770e-1,
                                   2.27238449892691845833e-2, 7.74545014278341407640e-4};
    static constexpr double d[] = {1.0,
                                   2.05319162663775882187e0,
                                   1.67638483018380384940e0,
                                   6.89767334985100004550e-1,
                                   1.48103976427480074590e-1,
                                   1.51986665636164571966e-2,
                                   5.47593808499534494600e-4,
                                   1.05075007164441684324e-9};
    static constexpr double e[] = {6.65790464350110377720e0,  5.46378491116411436990e0,
                                   1.78482653991729133580e0,  2.96560571828504891230e-1,
                                   2.65321895265761230930e-2, 1.24266094738807843860e-3,
                                   2.71155556874348757815e-5, 2.01033439929228813265e-7};
    static constexpr double f[] = {1.0,
                                   5.99832206555887937690e-1,
                                   1.36929880922735805310e-1,
                                   1.48753612908506148525e-2,
                                   7.86869131145613259100e-4,
                                   1.84631831751005468180e-5,
                                   1.42151175831644588870e-7,
                                   2.04426310338993978564e-15};
    const double q = probability - 0.5;
    if (std::abs(q) <= 0.425) {
        const double r = 0.180625 - q * q;
        return q * polynomial(a, 8, r) / polynomial(b, 8, r);
    }
    double r = std::sqrt(-std::log(q < 0.0 ? probability : 1.0 - probability));
    double value = 0.0;
    if (r <= 5.0) {
        r -= 1.6;
        value = polynomial(c, 8, r) / polynomial(d, 8, r);
    } else {
        r -= 5.0;
        value = polynomial(e, 8, r) / polynomial(f, 8, r);
    }
    return q < 0.0 ? -value : value;
}

ProbabilityEstimate JointNormalProbability::of(const Eigen::VectorXd& mean,
                                               const Eigen::MatrixXd& covariance,
                                               const Eigen::VectorXd& bounds,
                                               const std::vector<bool>& outside, double dof,
                                               double tolerance)
{
    const Eigen::Index p = mean.size();
    assert(covariance.rows() == p && covariance.cols() == p && bounds.size() == p);
    assert(static_cast<Eigen::Index>(outside.size()) == p);
    if (p == 0)
        return {1.0, 0.0};
    // Genz's ordering: the least likely coordinates first, so that a point whose product of
    // masses is already 0 stops early.
    std::vector<Eigen::Index> order(static_cast<std::size_t>(p));
    std::vector<double> marginal(static_cast<std::size_t>(p));
    for (Eigen::Index j = 0; j < p; ++j) {
        order[std::size_t(j)] = j;
        const double sd = std::sqrt(std::max(covariance(j, j), 0.0));
        const double inside = sd > 0.0 ? normalCdf((bounds[j] - mean[j]) / sd) -
                                             normalCdf((-bounds[j] - mean[j]) / sd)
                                       : (std::abs(mean[j]) <= bounds[j] ? 1.0 : 0.0);
        marginal[std::size_t(j)] = outside[std::size_t(j)] ? 1.0 - inside : inside;
    }
    std::stable_sort(order.begin(), order.end(), [&](Eigen::Index a, Eigen::Index b) {
        return marginal[std::size_t(a)] < marginal[std::size_t(b)];
    });
    Eigen::VectorXd orderedMean(p);
    Eigen::VectorXd orderedBounds(p);
    Eigen::MatrixXd orderedCovariance(p, p);
    std::vector<bool> orderedOutside(static_cast<std::size_t>(p), false);
    for (Eigen::Index a = 0; a < p; ++a) {
        const Eigen::Index j = order[std::size_t(a)];
        orderedMean[a] = mean[j];
        orderedBounds[a] = bounds[j];
        orderedOutside[std::size_t(a)] = outside[std::size_t(j)];
        for (Eigen::Index b = 0; b < p; ++b)
            orderedCovariance(a, b) = covariance(j, order[std::size_t(b)]);
    }
    // Cholesky factor; a semi-definite covariance gets a jitter far below the tolerance.
    Eigen::LLT<Eigen::MatrixXd> llt(orderedCovariance);
    if (llt.info() != Eigen::Success) {
        const double jitter = 1e-12 * std::max(1.0, orderedCovariance.diagonal().maxCoeff());
        llt.compute(orderedCovariance + jitter * Eigen::MatrixXd::Identity(p, p));
    }
    const Eigen::MatrixXd lower = llt.matrixL();
    const int dimensions = static_cast<int>(p) + (dof > 0.0 ? 1 : 0);
    const std::vector<double> generators = richtmyerGenerators(dimensions);
    RandomStream random(kShiftSeed);
    std::vector<std::vector<double>> shifts(kShifts, std::vector<double>(std::size_t(dimensions)));
    for (auto& shift : shifts)
        for (double& s : shift)
            s = random.uniform();

    Integrand integrand(orderedMean, lower, orderedBounds, orderedOutside, dof);
    std::vector<double> sums(kShifts, 0.0);
    std::vector<double> u(static_cast<std::size_t>(dimensions), 0.0);
    ProbabilityEstimate estimate;
    int done = 0;
    for (int points = kFirstPoints; points <= kMaxPoints; points *= 2) {
        for (int k = 0; k < kShifts; ++k) {
            for (int i = done + 1; i <= points; ++i) {
                for (int d = 0; d < dimensions; ++d) {
                    double x =
                        i * generators[std::size_t(d)] + shifts[std::size_t(k)][std::size_t(d)];
                    x -= std::floor(x);
                    u[std::size_t(d)] = std::abs(2.0 * x - 1.0); // the baker's transform
                }
                sums[std::size_t(k)] += integrand(u.data());
            }
        }
        done = points;
        double mean = 0.0;
        for (double s : sums)
            mean += s / points;
        mean /= kShifts;
        double spread = 0.0;
        for (double s : sums)
            spread += (s / points - mean) * (s / points - mean);
        estimate.value = std::clamp(mean, 0.0, 1.0);
        estimate.error = 3.0 * std::sqrt(spread / (kShifts - 1) / kShifts);
        if (estimate.error <= tolerance)
            break;
    }
    return estimate;
}

} // namespace lev::core
