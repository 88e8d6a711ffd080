// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#include "design/DesignResult.h"

namespace lev::core {

std::string designStrategyName(DesignStrategy strategy)
{
    switch (strategy) {
    case DesignStrategy::Observational:
        return "observational";
    case DesignStrategy::Experimental:
        return "experimental";
    case DesignStrategy::Pooled:
        return "pooled";
    case DesignStrategy::Combined:
        return "combined";
    }
    return {};
}

std::array<DesignStrategy, kDesignStrategyCount> allDesignStrategies()
{
    return {DesignStrategy::Observational, DesignStrategy::Experimental, DesignStrategy::Pooled,
            DesignStrategy::Combined};
}

} // namespace lev::core
