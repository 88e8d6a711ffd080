// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
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

/// The 256 layers of equal area v under f(x) = exp(-x^2/2), x >= 0 (Marsaglia and Tsang 2000).
/// Layer 0 is the base: the rectangle [0, r] x [0, f(r)] plus the tail beyond r, drawn as a
/// rectangle of width x_0 = v / f(r). Layer i >= 1 is [0, x_i] x [f(x_i), f(x_{i+1})] with
/// x_1 = r, f(x_{i+1}) = f(x_i) + v / x_i and x_256 = 0 (the top). A draw picks a layer and a
/// point z = u x_i with u uniform in (-1, 1) (its sign is the normal's); |z| < x_{i+1} lies
/// under f for sure, else the wedge or the tail decides.
struct ZigguratTables
{
    static constexpr int kLayers = 256;
    /// r: the start of the tail, for which the layers close at f(0) = 1 (NumPy's constant).
    static constexpr double kTail = 3.6541528853610087963519472518;

    double width[kLayers];       ///< x_i / 2^51: z = u * width for a signed 52-bit u
    std::int64_t inner[kLayers]; ///< 2^51 x_{i+1} / x_i: |u| below it is inside for sure
    double density[kLayers + 1]; ///< f(x_i), f(x_256) = 1

    ZigguratTables()
    {
        const double tailDensity = std::exp(-0.5 * kTail * kTail);
        // v = r f(r) + integral_r^inf f = r f(r) + sqrt(pi/2) erfc(r / sqrt(2)).
        const double area = kTail * tailDensity +
                            std::sqrt(std::acos(-1.0) / 2.0) * std::erfc(kTail / std::sqrt(2.0));
        double x[kLayers + 1];
        x[0] = area / tailDensity;
        x[1] = kTail;
        for (int i = 1; i < kLayers; ++i) {
            const double above = std::exp(-0.5 * x[i] * x[i]) + area / x[i];
            x[i + 1] = above < 1.0 ? std::sqrt(-2.0 * std::log(above)) : 0.0;
        }
        x[kLayers] = 0.0;
        for (int i = 0; i < kLayers; ++i) {
            width[i] = x[i] * 0x1.0p-51;
            inner[i] = static_cast<std::int64_t>(x[i + 1] / x[i] * 0x1.0p51);
            density[i] = std::exp(-0.5 * x[i] * x[i]);
        }
        density[0] = tailDensity; // not used: layer 0 goes to the tail
        density[kLayers] = 1.0;
    }
};

const ZigguratTables kZiggurat;

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

double RandomStream::normalSlowPath(std::uint64_t bits, int layer, double x)
{
    for (;;) {
        if (layer == 0) {
            // The tail beyond r (Marsaglia 1964): r + a with a ~ Exp(r) accepted w.p. exp(-a^2/2).
            for (;;) {
                const double a = -std::log(uniform()) / ZigguratTables::kTail;
                const double b = -std::log(uniform());
                if (b + b > a * a)
                    return x < 0.0 ? -(ZigguratTables::kTail + a) : ZigguratTables::kTail + a;
            }
        }
        const double low = kZiggurat.density[layer];
        const double high = kZiggurat.density[layer + 1];
        if (low + (high - low) * uniform() < std::exp(-0.5 * x * x))
            return x;
        // Rejected: a fresh draw.
        bits = nextBits();
        layer = static_cast<int>(bits & 0xff);
        const std::int64_t u = static_cast<std::int64_t>(bits) >> 12;
        x = static_cast<double>(u) * kZiggurat.width[layer];
        if (std::abs(u) < kZiggurat.inner[layer])
            return x;
    }
}

double RandomStream::normal()
{
    // Bits 0-7 pick the layer, bits 12-63 (signed) the point in the layer and its sign: no
    // branch on the sign, which would be mispredicted half of the time.
    const std::uint64_t bits = nextBits();
    const int layer = static_cast<int>(bits & 0xff);
    const std::int64_t u = static_cast<std::int64_t>(bits) >> 12;
    const double x = static_cast<double>(u) * kZiggurat.width[layer];
    if (std::abs(u) < kZiggurat.inner[layer])
        return x;
    return normalSlowPath(bits, layer, x);
}

void RandomStream::fillNormal(double* out, long count)
{
    // normal()'s fast path, inlined with the generator's state in locals (registers): the rare
    // slow path gets the state back first.
    std::uint64_t s0 = m_state[0], s1 = m_state[1], s2 = m_state[2], s3 = m_state[3];
    for (long i = 0; i < count; ++i) {
        const std::uint64_t bits = rotateLeft(s1 * 5, 7) * 9;
        const std::uint64_t t = s1 << 17;
        s2 ^= s0;
        s3 ^= s1;
        s1 ^= s2;
        s0 ^= s3;
        s2 ^= t;
        s3 = rotateLeft(s3, 45);
        const int layer = static_cast<int>(bits & 0xff);
        const std::int64_t u = static_cast<std::int64_t>(bits) >> 12;
        const double x = static_cast<double>(u) * kZiggurat.width[layer];
        if (std::abs(u) < kZiggurat.inner[layer]) {
            out[i] = x;
            continue;
        }
        m_state[0] = s0, m_state[1] = s1, m_state[2] = s2, m_state[3] = s3;
        out[i] = normalSlowPath(bits, layer, x);
        s0 = m_state[0], s1 = m_state[1], s2 = m_state[2], s3 = m_state[3];
    }
    m_state[0] = s0, m_state[1] = s1, m_state[2] = s2, m_state[3] = s3;
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
