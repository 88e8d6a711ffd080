// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#include "simulation/RecomputeStatus.h"

namespace lev::core {

std::string recomputeStatusName(RecomputeStatus status)
{
    switch (status) {
    case RecomputeStatus::Ok:
        return "ok";
    case RecomputeStatus::NotIdentifiable:
        return "not_identifiable";
    case RecomputeStatus::Cancelled:
        return "cancelled";
    case RecomputeStatus::InvalidSettings:
        return "invalid_settings";
    }
    return {};
}

} // namespace lev::core
