// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#include "model/ModelSettings.h"

#include <cmath>

namespace lev::core {

ModelSettings ModelSettings::defaultsFor(GeneratorKind kind)
{
    ModelSettings settings;
    settings.generator = kind;
    settings.features = kind == GeneratorKind::Latent ? 20 : 2;
    return settings;
}

bool ModelSettings::hasFeatureCount(GeneratorKind kind)
{
    return kind == GeneratorKind::Latent || kind == GeneratorKind::Confounder;
}

bool ModelSettings::hasLatentDimension(GeneratorKind kind)
{
    return kind == GeneratorKind::Latent;
}

std::string ModelSettings::validate() const
{
    constexpr int kMaxFeatures = 1000;
    if (!std::isfinite(collinearity) || collinearity < 0.0 || collinearity >= 1.0)
        return "collinearity must be in [0, 1)";
    if (!std::isfinite(noise) || noise < 0.0)
        return "noise must be a finite number >= 0";
    if (!std::isfinite(effect) || std::abs(effect) > 1e6)
        return "effect must be a finite number of magnitude at most 1e6";
    if (!std::isfinite(confounding) || std::abs(confounding) > 1e6)
        return "confounding must be a finite number of magnitude at most 1e6";
    if (!hasFeatureCount(generator) && features != 2)
        return "the " + generatorName(generator) + " generator has exactly 2 features (p)";
    if (features < 1 || features > kMaxFeatures)
        return "p (features) must be between 1 and " + std::to_string(kMaxFeatures);
    if (generator == GeneratorKind::Latent) {
        if (latentDimension < 1 || latentDimension > features)
            return "k (latent dimension) must be between 1 and p = " + std::to_string(features);
        if (levers < 1 || levers > features)
            return "levers must be between 1 and p = " + std::to_string(features);
    }
    if (loadings) {
        if (generator != GeneratorKind::Latent)
            return "explicit loadings apply to the latent generator only";
        if (loadings->rows() != features || loadings->cols() != latentDimension)
            return "the loadings must be a p x k = " + std::to_string(features) + " x " +
                   std::to_string(latentDimension) + " matrix, not " +
                   std::to_string(loadings->rows()) + " x " + std::to_string(loadings->cols());
        if (!loadings->allFinite())
            return "every loading must be a finite number";
        for (Eigen::Index j = 0; j < loadings->rows(); ++j)
            if (!(loadings->row(j).norm() > 1e-12))
                return "row " + std::to_string(j + 1) + " of the loadings is zero";
    }
    return {};
}

namespace {

bool sameLoadings(const std::shared_ptr<const Eigen::MatrixXd>& a,
                  const std::shared_ptr<const Eigen::MatrixXd>& b)
{
    if (a == b)
        return true;
    if (!a || !b)
        return false;
    return a->rows() == b->rows() && a->cols() == b->cols() && *a == *b;
}

} // namespace

bool operator==(const ModelSettings& a, const ModelSettings& b)
{
    return a.generator == b.generator && a.collinearity == b.collinearity && a.noise == b.noise &&
           a.effect == b.effect && a.confounding == b.confounding && a.features == b.features &&
           a.latentDimension == b.latentDimension && a.levers == b.levers &&
           a.loadingSeed == b.loadingSeed && sameLoadings(a.loadings, b.loadings);
}

} // namespace lev::core
