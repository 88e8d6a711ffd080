// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#include "blackbox/BlackBox.h"

namespace lev::core {

BlackBoxResult BlackBox::run(const BlackBoxSettings &settings,
                             const std::atomic<bool> *cancel,
                             const Progress &progress) {
  (void)cancel;
  (void)progress;
  BlackBoxResult result;
  result.replicationsRequested = settings.replications;
  if (std::string problem = settings.validate(); !problem.empty()) {
    result.status = BlackBoxStatus::InvalidSettings;
    result.message = problem;
    return result;
  }
  result.status = BlackBoxStatus::LearnerFailed;
  result.message = "the learner is not built yet";
  return result;
}

} // namespace lev::core
