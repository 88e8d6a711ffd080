// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#include "estimators/EstimatorSettings.h"

#include <cmath>

namespace lev::core {

std::string estimatorName(EstimatorKind kind)
{
    switch (kind) {
    case EstimatorKind::Ols:
        return "ols";
    case EstimatorKind::Ridge:
        return "ridge";
    case EstimatorKind::Lasso:
        return "lasso";
    case EstimatorKind::Pcr:
        return "pcr";
    }
    return {};
}

std::optional<EstimatorKind> estimatorFromName(const std::string& name)
{
    for (EstimatorKind kind :
         {EstimatorKind::Ols, EstimatorKind::Ridge, EstimatorKind::Lasso, EstimatorKind::Pcr})
        if (estimatorName(kind) == name)
            return kind;
    return std::nullopt;
}

std::string EstimatorSettings::validate(int featureCount) const
{
    if ((kind == EstimatorKind::Ridge || kind == EstimatorKind::Lasso) &&
        (!std::isfinite(lambda) || lambda < 0.0 || lambda > 1e12))
        return "lambda must be a finite number in [0, 1e12]";
    if (kind == EstimatorKind::Pcr && (components < 1 || components > featureCount))
        return "components must be between 1 and p = " + std::to_string(featureCount);
    if (kind == EstimatorKind::Lasso && maxIterations < 1)
        return "the lasso's iteration limit must be a whole number >= 1";
    if (kind == EstimatorKind::Lasso && !(std::isfinite(tolerance) && tolerance > 0.0))
        return "the lasso's tolerance must be a finite number > 0";
    return {};
}

bool operator==(const EstimatorSettings& a, const EstimatorSettings& b)
{
    return a.kind == b.kind && a.lambda == b.lambda && a.components == b.components &&
           a.standardize == b.standardize && a.maxIterations == b.maxIterations &&
           a.tolerance == b.tolerance;
}

} // namespace lev::core
