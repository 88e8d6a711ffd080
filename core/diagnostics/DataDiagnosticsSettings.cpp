// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#include "diagnostics/DataDiagnosticsSettings.h"

#include <cmath>

namespace lev::core {

std::string DataDiagnosticsSettings::validate() const
{
    if (!(sensitivity.q > 0.0) || !std::isfinite(sensitivity.q))
        return "q must be a number > 0";
    if (!(sensitivity.alpha > 0.0 && sensitivity.alpha <= 1.0))
        return "alpha must be in (0, 1]";
    if (sensitivity.kd.empty())
        return "kd must list at least one multiple";
    for (double k : sensitivity.kd)
        if (!(k > 0.0) || !std::isfinite(k))
            return "kd must list numbers > 0";
    return {};
}

bool operator==(const SensitivitySettings& a, const SensitivitySettings& b)
{
    return a.treatment == b.treatment && a.q == b.q && a.alpha == b.alpha &&
           a.benchmark == b.benchmark && a.kd == b.kd && a.gridSize == b.gridSize;
}

bool operator==(const DataDiagnosticsSettings& a, const DataDiagnosticsSettings& b)
{
    return a.belsley == b.belsley && a.sensitivity == b.sensitivity &&
           a.standardErrors == b.standardErrors;
}

} // namespace lev::core
