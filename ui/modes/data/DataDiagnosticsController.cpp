// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#include "modes/data/DataDiagnosticsController.h"

namespace lev::ui {

DataDiagnosticsController::DataDiagnosticsController(QObject* parent) : QObject(parent)
{
    connect(&m_runner, &LatestJobRunner::failed, this,
            [this](quint64, const QString& message) { emit diagnoseFailed(message); });
}

void DataDiagnosticsController::diagnose(TablePointer table,
                                         const core::DataExplorationSettings& exploration,
                                         const core::DataDiagnosticsSettings& settings)
{
    m_runner.start(
        [this, table, exploration, settings](const LatestJobRunner::Context& context) {
            auto report = std::make_shared<const core::DataDiagnosticsReport>(
                core::DataDiagnostics::run(*table, exploration, settings));
            context.deliver([this, report]() { emit diagnosed(report); });
        },
        tr("Diagnosing the collinearity"));
}

} // namespace lev::ui
