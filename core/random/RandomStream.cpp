#include "random/RandomStream.h"

#include <cassert>
#include <cmath>

namespace lev::core {

namespace {

std::uint64_t splitMix64(std::uint64_t& x)
{
    std::uint64_t z = (x += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

std::uint64_t rotateLeft(std::uint64_t x, int k)
{
    return (x << k) | (x >> (64 - k));
}

} // namespace

RandomStream::RandomStream(std::uint64_t seed, std::uint64_t stream)
{
    // Mix seed and stream so that neighbouring (seed, stream) pairs give unrelated states.
    std::uint64_t x = seed;
    std::uint64_t mixedSeed = splitMix64(x);
    x = stream ^ 0x6a09e667f3bcc909ULL;
    std::uint64_t mixedStream = splitMix64(x);
    x = mixedSeed ^ rotateLeft(mixedStream, 17);
    for (auto& word : m_state)
        word = splitMix64(x);
}

std::uint64_t RandomStream::nextBits()
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

double RandomStream::uniform()
{
    // 53 random bits, shifted by half a step so that 0 is never returned.
    return (static_cast<double>(nextBits() >> 11) + 0.5) * 0x1.0p-53;
}

double RandomStream::normal()
{
    if (m_hasSpare) {
        m_hasSpare = false;
        return m_spareNormal;
    }
    double u, v, s;
    do {
        u = 2.0 * uniform() - 1.0;
        v = 2.0 * uniform() - 1.0;
        s = u * u + v * v;
    } while (s >= 1.0 || s == 0.0);
    const double factor = std::sqrt(-2.0 * std::log(s) / s);
    m_spareNormal = v * factor;
    m_hasSpare = true;
    return u * factor;
}

void RandomStream::fillNormal(double* out, long count)
{
    for (long i = 0; i < count; ++i)
        out[i] = normal();
}

double RandomStream::gamma(double shape)
{
    assert(shape > 0.0);
    if (shape < 1.0) {
        // Gamma(a) = Gamma(a + 1) * U^(1/a).
        return gamma(shape + 1.0) * std::pow(uniform(), 1.0 / shape);
    }
    // Marsaglia and Tsang (2000).
    const double d = shape - 1.0 / 3.0;
    const double c = 1.0 / std::sqrt(9.0 * d);
    for (;;) {
        double x, v;
        do {
            x = normal();
            v = 1.0 + c * x;
        } while (v <= 0.0);
        v = v * v * v;
        const double u = uniform();
        if (u < 1.0 - 0.0331 * (x * x) * (x * x))
            return d * v;
        if (std::log(u) < 0.5 * x * x + d * (1.0 - v + std::log(v)))
            return d * v;
    }
}

double RandomStream::chiSquare(double dof)
{
    return 2.0 * gamma(0.5 * dof);
}

} // namespace lev::core
