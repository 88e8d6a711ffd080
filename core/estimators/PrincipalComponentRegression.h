// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#pragma once
// Principal component regression: OLS on the top-k principal components of the centered
// features, mapped back to weights: w = V_k Lambda_k^{-1} V_k^T X_c^T y_c.

#include "estimators/LinearFit.h"
#include "estimators/SufficientStatistics.h"

namespace lev::core {

class PrincipalComponentRegression
{
public:
    static LinearFit fit(const SufficientStatistics& stats, int components);
};

} // namespace lev::core
