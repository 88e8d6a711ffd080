// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#pragma once

#include <optional>
#include <string>
#include <vector>

namespace lev::core {

/// The five teaching generators of docs/math.md §2.
enum class GeneratorKind
{
    Proxy,
    Confounder,
    Latent,
    Chain,
    Collider
};

std::string generatorName(GeneratorKind kind);
std::optional<GeneratorKind> generatorFromName(const std::string& name);
std::vector<GeneratorKind> allGenerators();
/// One sentence: what the generator teaches.
std::string generatorLesson(GeneratorKind kind);

} // namespace lev::core
