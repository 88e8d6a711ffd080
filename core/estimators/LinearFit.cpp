// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#include "estimators/LinearFit.h"

namespace lev::core {

std::string fitStatusName(FitStatus status)
{
    switch (status) {
    case FitStatus::Ok:
        return "ok";
    case FitStatus::NotIdentifiable:
        return "not_identifiable";
    case FitStatus::InvalidSettings:
        return "invalid_settings";
    case FitStatus::NotConverged:
        return "not_converged";
    }
    return {};
}

LinearFit LinearFit::failed(FitStatus status, std::string message)
{
    LinearFit fit;
    fit.status = status;
    fit.message = std::move(message);
    return fit;
}

} // namespace lev::core
