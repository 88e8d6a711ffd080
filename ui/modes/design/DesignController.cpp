// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#include "modes/design/DesignController.h"

#include "design/ExperimentDesign.h"

namespace lev::ui {

DesignController::DesignController(QObject* parent) : QObject(parent)
{
    connect(&m_runner, &LatestJobRunner::finished, this, &DesignController::settled);
    connect(&m_runner, &LatestJobRunner::busyChanged, this, &DesignController::busyChanged);
}

void DesignController::request(const core::DesignSettings& settings)
{
    m_runner.start(
        [this, settings](const LatestJobRunner::Context& context) {
            context.reportProgress(
                0.0, tr("exact curves and %1 replications").arg(settings.replications));
            auto result = std::make_shared<const core::DesignResult>(
                core::ExperimentDesign::compute(settings, &context.cancelFlag()));
            if (context.isCancelled())
                return; // superseded: the newest request computes its own
            context.reportProgress(1.0, tr("done"));
            context.deliver([this, result]() {
                m_latestResult = result;
                emit resultReady(m_latestResult);
            });
        },
        tr("Designing: %1 replications of n = %2").arg(settings.replications).arg(settings.n));
}

} // namespace lev::ui
