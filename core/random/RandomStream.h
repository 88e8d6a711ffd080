#pragma once
// A deterministic stream of random numbers: xoshiro256** seeded through splitmix64 from a
// (seed, stream) pair, so that replication r of a recompute always gets stream r whatever the
// thread that runs it. Normals by the Marsaglia polar method, chi-square via Marsaglia–Tsang gamma.

#include <cstdint>

namespace lev::core {

class RandomStream
{
public:
    RandomStream(std::uint64_t seed, std::uint64_t stream = 0);

    std::uint64_t nextBits();
    /// Uniform on the open interval (0, 1).
    double uniform();
    /// Standard normal N(0, 1).
    double normal();
    /// Fills count standard normals.
    void fillNormal(double* out, long count);
    /// Chi-square with dof > 0 degrees of freedom (Gamma(dof/2, scale 2)).
    double chiSquare(double dof);

private:
    double gamma(double shape);

    std::uint64_t m_state[4];
    double m_spareNormal = 0.0;
    bool m_hasSpare = false;
};

} // namespace lev::core
