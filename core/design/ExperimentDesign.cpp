// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#include "design/ExperimentDesign.h"

#include "model/ScmFactory.h"

namespace lev::core {

DesignResult ExperimentDesign::compute(const DesignSettings& settings,
                                       const std::atomic<bool>* /*cancel*/)
{
    DesignResult result;
    result.settings = settings;
    if (std::string problem = settings.validate(); !problem.empty()) {
        result.status = RecomputeStatus::InvalidSettings;
        result.message = problem;
        return result;
    }
    const LinearGaussianScm scm = ScmFactory::build(settings.model);
    result.truth = PopulationTruth::of(scm);
    result.features = result.truth.features;
    result.status = RecomputeStatus::Ok;
    return result;
}

} // namespace lev::core
