// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#include "modes/data/DataController.h"

#include "io/CsvReader.h"

#include <QFile>
#include <QFileInfo>

namespace lev::ui {

DataController::DataController(QObject* parent) : QObject(parent)
{
    connect(&m_runner, &LatestJobRunner::progressed, this, &DataController::progress);
    connect(&m_runner, &LatestJobRunner::busyChanged, this, &DataController::busyChanged);
    connect(&m_runner, &LatestJobRunner::cancelled, this, &DataController::cancelled);
    connect(&m_runner, &LatestJobRunner::failed, this, [this](quint64, const QString& message) {
        if (m_loading)
            emit loadFailed(message);
        else
            emit exploreFailed(message);
    });
}

void DataController::load(const QString& path)
{
    m_loading = true;
    const QString name = QFileInfo(path).fileName();
    m_runner.start(
        [this, path, name](const LatestJobRunner::Context& context) {
            core::CsvReader reader;
            reader.setKeepNonNumeric(true); // the import dialog marks the text columns
            reader.setProgressHandler([&](double fraction) {
                context.reportProgress(fraction, tr("Reading %1").arg(name));
                return !context.isCancelled();
            });
            bool ok = false;
            if (path.startsWith(QLatin1String(":/"))) { // a bundled example
                QFile file(path);
                if (!file.open(QIODevice::ReadOnly)) {
                    const QString message = tr("%1: cannot open: %2").arg(path, file.errorString());
                    context.deliver([this, message]() { emit loadFailed(message); });
                    return;
                }
                const QByteArray bytes = file.readAll();
                ok = reader.parse(std::string_view(bytes.constData(), std::size_t(bytes.size())),
                                  name.toStdString());
            } else {
                ok = reader.readFile(QFile::encodeName(path).toStdString());
            }
            if (reader.cancelled())
                return;
            if (!ok) {
                const QString message = QString::fromStdString(reader.errorString());
                context.deliver([this, message]() { emit loadFailed(message); });
                return;
            }
            auto table = std::make_shared<const core::CsvTable>(reader.takeTable());
            context.deliver([this, table, path]() { emit loaded(table, path); });
        },
        tr("Reading %1").arg(name));
}

void DataController::explore(TablePointer table, const core::DataExplorationSettings& settings)
{
    m_loading = false;
    m_runner.start(
        [this, table, settings](const LatestJobRunner::Context& context) {
            auto exploration = std::make_shared<const core::DataExploration>(
                core::DataExplorer::run(*table, settings, &context.cancelFlag(),
                                        [&](double fraction, const std::string& phase) {
                                            context.reportProgress(fraction,
                                                                   QString::fromStdString(phase));
                                        }));
            // A cancelled job's outcome is dropped by the runner; nothing to check here.
            context.deliver([this, exploration]() { emit explored(exploration); });
        },
        tr("Exploring %1").arg(QFileInfo(QString::fromStdString(table->source)).fileName()));
}

} // namespace lev::ui
