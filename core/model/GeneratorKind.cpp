// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#include "model/GeneratorKind.h"

namespace lev::core {

std::string generatorName(GeneratorKind kind)
{
    switch (kind) {
    case GeneratorKind::Proxy:
        return "proxy";
    case GeneratorKind::Confounder:
        return "confounder";
    case GeneratorKind::Latent:
        return "latent";
    case GeneratorKind::Chain:
        return "chain";
    case GeneratorKind::Collider:
        return "collider";
    }
    return {};
}

std::optional<GeneratorKind> generatorFromName(const std::string& name)
{
    for (GeneratorKind kind : allGenerators())
        if (generatorName(kind) == name)
            return kind;
    if (name == "manifold")
        return GeneratorKind::Latent;
    return std::nullopt;
}

std::vector<GeneratorKind> allGenerators()
{
    return {GeneratorKind::Proxy, GeneratorKind::Confounder, GeneratorKind::Latent,
            GeneratorKind::Chain, GeneratorKind::Collider};
}

std::string generatorLesson(GeneratorKind kind)
{
    switch (kind) {
    case GeneratorKind::Proxy:
        return "X2 shadows the lever X1: R\u00b2 stays flat in c while Var(weights) grows as "
               "1/(1-c\u00b2).";
    case GeneratorKind::Confounder:
        return "A hidden Z drives the features and Y: the weights are biased even with infinite "
               "data, and the interventional R\u00b2 falls below the observational one.";
    case GeneratorKind::Latent:
        return "k latent factors make k big eigenvalues and p-k small ones: the high-dimensional "
               "biology case.";
    case GeneratorKind::Chain:
        return "X1 \u2192 X2 \u2192 Y: regression gives X1 weight 0, yet do(X1) moves Y.";
    case GeneratorKind::Collider:
        return "X1 \u2192 Y, X1 \u2192 C \u2190 Y: adding the collider C raises R\u00b2 and wrecks "
               "the lever's weight.";
    }
    return {};
}

} // namespace lev::core
