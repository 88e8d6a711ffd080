// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#pragma once
// Ridge, as scikit-learn Ridge(alpha = lambda): minimize ||y - Xw - w0||^2 + lambda ||w||^2,
// i.e. (X_c^T X_c + lambda I) w = X_c^T y_c and w0 = y-bar - x-bar^T w.

#include "estimators/LinearFit.h"
#include "estimators/SufficientStatistics.h"

namespace lev::core {

class RidgeRegression
{
public:
    static LinearFit fit(const SufficientStatistics& stats, double lambda);
};

} // namespace lev::core
