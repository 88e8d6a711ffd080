// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#pragma once

#include <string>

namespace lev::core {

/// How a recompute ended. Numerical trouble is a status with empty (null) values, never NaN.
enum class RecomputeStatus
{
    Ok,
    NotIdentifiable, ///< the estimator has no unique weights (n <= p, exact collinearity)
    Cancelled,       ///< a newer request superseded it
    InvalidSettings  ///< the settings were rejected; see the message
};

std::string recomputeStatusName(RecomputeStatus status);

} // namespace lev::core
