// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#pragma once
// The knobs that define a structural model (docs/math.md §2). An immutable value: a recompute
// reads it, never changes it.

#include "model/GeneratorKind.h"

#include <Eigen/Core>
#include <cstdint>
#include <memory>
#include <string>

namespace lev::core {

struct ModelSettings
{
    GeneratorKind generator = GeneratorKind::Proxy;
    double collinearity = 0.9;     ///< c in [0, 1)
    double noise = 1.0;            ///< sigma >= 0, the outcome's own noise scale
    double effect = 1.0;           ///< b, the causal effect of each lever
    double confounding = 1.0;      ///< g, the latent confounder's effect on Y
    int features = 2;              ///< p; fixed at 2 for proxy, chain and collider
    int latentDimension = 3;       ///< k, latent generator only
    int levers = 2;                ///< |S|, latent generator only: the first features with weight b
    std::uint64_t loadingSeed = 1; ///< the latent generator's loadings L are drawn from it
    /// Latent generator only: explicit loadings L (p x k, rows scaled to unit length when the
    /// model is built) instead of drawing them from loadingSeed; null: drawn. Shared, never
    /// changed: copies of the settings stay cheap. Compared by value.
    std::shared_ptr<const Eigen::MatrixXd> loadings;

    /// the teaching defaults of docs/math.md §2 for a generator (p = 20, k = 3 for latent; p = 2
    /// otherwise).
    static ModelSettings defaultsFor(GeneratorKind kind);
    /// Whether the generator lets the user choose p (latent, confounder) or k (latent).
    static bool hasFeatureCount(GeneratorKind kind);
    static bool hasLatentDimension(GeneratorKind kind);

    /// Empty when the settings are valid, else one line naming the first bad field.
    std::string validate() const;
};

bool operator==(const ModelSettings& a, const ModelSettings& b);
inline bool operator!=(const ModelSettings& a, const ModelSettings& b)
{
    return !(a == b);
}

} // namespace lev::core
