// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#pragma once
// Ordinary least squares from the centered scatter: X_c^T X_c w = X_c^T y_c solved by a Cholesky
// factorization of the column-scaled (correlation) Gram matrix; NotIdentifiable when n <= p or that
// matrix is numerically singular. The data-level QR with standard errors is PreciseLeastSquares.

#include "estimators/LinearFit.h"
#include "estimators/SufficientStatistics.h"

namespace lev::core {

class OrdinaryLeastSquares
{
public:
    static LinearFit fit(const SufficientStatistics& stats);
};

} // namespace lev::core
