// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#pragma once
// A deterministic stream of random numbers: xoshiro256** seeded through splitmix64 from a
// (seed, stream) pair, so that replication r of a recompute always gets stream r whatever the
// thread that runs it. Normals by a 256-layer ziggurat (Marsaglia and Tsang 2000; one 64-bit
// draw per normal 98.5 % of the time), chi-square via Marsaglia-Tsang gamma.

#include <cstdint>

namespace lev::core {

class RandomStream
{
public:
    RandomStream(std::uint64_t seed, std::uint64_t stream = 0);

    std::uint64_t nextBits()
    {
        // xoshiro256** (Blackman and Vigna).
        const std::uint64_t result = rotateLeft(m_state[1] * 5, 7) * 9;
        const std::uint64_t t = m_state[1] << 17;
        m_state[2] ^= m_state[0];
        m_state[3] ^= m_state[1];
        m_state[1] ^= m_state[2];
        m_state[0] ^= m_state[3];
        m_state[2] ^= t;
        m_state[3] = rotateLeft(m_state[3], 45);
        return result;
    }
    /// Uniform on the open interval (0, 1).
    double uniform() { return (static_cast<double>(nextBits() >> 11) + 0.5) * 0x1.0p-53; }
    /// Standard normal N(0, 1).
    double normal();
    /// Fills count standard normals.
    void fillNormal(double* out, long count);
    /// Chi-square with dof > 0 degrees of freedom (Gamma(dof/2, scale 2)).
    double chiSquare(double dof);

private:
    static std::uint64_t rotateLeft(std::uint64_t x, int k) { return (x << k) | (x >> (64 - k)); }
    double gamma(double shape);
    /// The rare ziggurat cases: the wedge of layer `layer` or the tail beyond r.
    double normalSlowPath(std::uint64_t bits, int layer, double x);

    std::uint64_t m_state[4];
};

} // namespace lev::core
